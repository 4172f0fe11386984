/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import io.github.inferenceecon.core.UnknownNameException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Case- and punctuation-insensitive look-up of catalog entries by id or alias, with nearest-name
 * suggestions for unknown names.
 *
 * <p>Names are normalised by lower-casing and dropping everything but letters and digits, so
 * "H100 SXM5", "h100-sxm5" and "h100_sxm5" are one key. Registering two entries under one
 * normalised key is an error, so no name can ever match two entries.
 *
 * <p>Not part of the public API. Instances are immutable and thread-safe once built.
 *
 * @param <T> the entry type
 */
public final class NameMatcher<T> {

  private final String kind;
  private final Map<String, T> byKey;
  private final Map<String, String> displayByKey;
  private final List<String> canonicalIds;

  private NameMatcher(String kind, Map<String, T> byKey, Map<String, String> displayByKey,
      List<String> canonicalIds) {
    this.kind = kind;
    this.byKey = byKey;
    this.displayByKey = displayByKey;
    this.canonicalIds = canonicalIds;
  }

  /** The longest name for which suggestions are looked for. */
  public static final int MAX_SUGGESTED_LENGTH = 200;

  /**
   * Returns a builder.
   *
   * @param kind what the entries are, such as "accelerator", for messages
   * @param <T> the entry type
   * @return a new builder, not null
   */
  public static <T> Builder<T> builder(String kind) {
    return new Builder<>(kind);
  }

  /**
   * Normalises a name: lower case, letters and digits only.
   *
   * @param name the name, not null
   * @return the key, not null
   */
  public static String normalise(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Finds an entry by id or alias.
   *
   * @param name the name, not null
   * @return the entry, or empty
   */
  public Optional<T> find(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byKey.get(normalise(name)));
  }

  /**
   * Gets an entry by id or alias.
   *
   * @param name the name, not null
   * @return the entry, not null
   * @throws UnknownNameException if no entry has that name, with the nearest names
   */
  public T get(String name) {
    Objects.requireNonNull(name, "name");
    T found = byKey.get(normalise(name));
    if (found == null) {
      throw new UnknownNameException(kind, name, suggest(name, 3));
    }
    return found;
  }

  /**
   * Returns the canonical ids nearest to a name, best first.
   *
   * @param name the name, not null
   * @param limit the most suggestions to return
   * @return the suggestions, empty for a name longer than {@value #MAX_SUGGESTED_LENGTH}
   *     characters, not null
   */
  public List<String> suggest(String name, int limit) {
    if (name.length() > MAX_SUGGESTED_LENGTH) {
      // the edit distance costs the product of the lengths: nothing that long is a near miss
      return List.of();
    }
    String key = normalise(name);
    Map<String, Integer> bestById = new HashMap<>();
    for (Map.Entry<String, String> e : displayByKey.entrySet()) {
      int score = distance(key, e.getKey());
      if (!key.isEmpty() && (e.getKey().contains(key) || key.contains(e.getKey()))) {
        score = Math.min(score, Math.abs(e.getKey().length() - key.length()) / 2);
      }
      bestById.merge(e.getValue(), score, Math::min);
    }
    int threshold = Math.max(3, key.length() / 2);
    List<String> result = new ArrayList<>();
    bestById.entrySet().stream()
        .filter(e -> e.getValue() <= threshold)
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .forEach(e -> result.add(e.getKey()));
    return result;
  }

  /**
   * Returns the canonical ids in registration order.
   *
   * @return the ids, not null
   */
  public List<String> ids() {
    return canonicalIds;
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Builds a {@link NameMatcher}.
   *
   * @param <T> the entry type
   */
  public static final class Builder<T> {
    private final String kind;
    private final Map<String, T> byKey = new LinkedHashMap<>();
    private final Map<String, String> displayByKey = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();

    private Builder(String kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Registers an entry under its id and aliases.
     *
     * @param id the canonical id, not null
     * @param aliases other names, not null
     * @param entry the entry, not null
     * @return this builder
     * @throws IllegalArgumentException if a name is blank, or already names another entry
     */
    public Builder<T> add(String id, Iterable<String> aliases, T entry) {
      Objects.requireNonNull(entry, "entry");
      register(id, id, entry);
      for (String alias : aliases) {
        register(alias, id, entry);
      }
      ids.add(id);
      return this;
    }

    /**
     * Registers an entry under its id and those of its aliases that name no other entry, for
     * secondary data that must never break the entries already registered.
     *
     * @param id the canonical id, not null
     * @param aliases other names, not null
     * @param entry the entry, not null
     * @return true if the entry was registered, false if its id names another entry already
     *     (or has no letter or digit)
     */
    public boolean addFree(String id, Iterable<String> aliases, T entry) {
      Objects.requireNonNull(entry, "entry");
      if (!isFree(id, entry)) {
        return false;
      }
      register(id, id, entry);
      for (String alias : aliases) {
        if (isFree(alias, entry)) {
          register(alias, id, entry);
        }
      }
      ids.add(id);
      return true;
    }

    private boolean isFree(String name, T entry) {
      String key = normalise(name);
      T existing = byKey.get(key);
      return !key.isEmpty() && (existing == null || existing == entry);
    }

    private void register(String name, String id, T entry) {
      String key = normalise(name);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("Name of " + kind + " '" + id
            + "' must contain a letter or digit: '" + name + "'");
      }
      T existing = byKey.get(key);
      if (existing != null && existing != entry) {
        throw new IllegalArgumentException("Name '" + name + "' of " + kind + " '" + id
            + "' already names " + kind + " '" + displayByKey.get(key) + "'");
      }
      byKey.put(key, entry);
      displayByKey.put(key, id);
    }

    /**
     * Builds the matcher.
     *
     * @return the matcher, not null
     */
    public NameMatcher<T> build() {
      return new NameMatcher<>(kind, Map.copyOf(byKey), Map.copyOf(displayByKey),
          List.copyOf(ids));
    }
  }

  @Override
  public String toString() {
    return "NameMatcher[" + kind + ", " + canonicalIds.size() + " entries]";
  }
}
