/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.internal.JsonCursor;
import io.github.inferenceecon.core.internal.NameMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indexes catalog entries by their names (id and aliases) so that no name names two entries:
 * a clash is a catalog problem, never a half-registered name.
 */
final class Names {

  private Names() {}

  /**
   * Adds the entries whose names clash with no other entry's to an index and returns them, in
   * order. Entries built in code or kept from a base catalog (those not in {@code where}) are
   * registered first, so a clash is reported at the entry read from a file, at its JSON path
   * ({@link CatalogReader#report}); a clash among entries built in code throws.
   *
   * @throws IllegalArgumentException if two entries built in code clash
   */
  static <T> List<T> index(CatalogReader.Section<T> section, List<T> entries,
      Map<Object, JsonCursor> where, NameMatcher.Builder<T> index) {
    Map<String, String> owners = new HashMap<>();
    Set<T> rejected = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int pass = 0; pass < 2; pass++) {
      for (T entry : entries) {
        if (where.containsKey(entry) == (pass == 0)) {
          continue;
        }
        String id = section.id(entry);
        List<String> all = new ArrayList<>();
        all.add(id);
        all.addAll(section.aliases(entry));
        String[] keys = new String[all.size()];
        for (int i = 0; i < keys.length && !rejected.contains(entry); i++) {
          String name = all.get(i);
          String key = NameMatcher.normalise(name);
          // an alias equal to the id shares its key, which index 0 has already checked
          String field = i == 0 ? "id" : "aliases";
          String owner = owners.get(key);
          String rule = key.isEmpty() ? "Name of " + section.kind + " '" + id
              + "' must contain a letter or digit: '" + name + "'"
              : owner == null ? null
              : owner.equals(id) && i == 0 ? "Duplicate " + section.kind + " id: '" + id + "'"
              : "Name '" + name + "' of " + section.kind + " '" + id + "' already names "
                  + section.kind + " '" + owner + "'";
          if (rule != null) {
            CatalogReader.report(where, entry, field, rule);
            rejected.add(entry);
          }
          keys[i] = key;
        }
        if (!rejected.contains(entry)) {
          for (String key : keys) {
            owners.put(key, id);
          }
        }
      }
    }
    List<T> kept = new ArrayList<>();
    for (T entry : entries) {
      if (!rejected.contains(entry)) {
        index.add(section.id(entry), section.aliases(entry), entry);
        kept.add(entry);
      }
    }
    return kept;
  }
}
