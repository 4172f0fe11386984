/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.internal.NameMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that the names of a catalog entry (id and aliases) name no entry registered before
 * it, so that a clash becomes a catalog problem rather than a half-registered name.
 */
final class Names {

  /** A clash: the field at fault and the message. */
  static final class Clash {
    final String field;
    final String message;

    Clash(String field, String message) {
      this.field = field;
      this.message = message;
    }
  }

  private Names() {}

  /**
   * Checks the names of an entry against the names of the entries registered before it and,
   * when none clashes, registers them.
   *
   * @param kind the kind of entry, for the message
   * @param id the entry's id
   * @param aliases the entry's aliases
   * @param owners the normalised names registered so far, each with its entry's id; updated
   * @return the clash, or empty when the names were registered
   */
  static Optional<Clash> clash(String kind, String id, List<String> aliases,
      Map<String, String> owners) {
    List<String> all = new ArrayList<>();
    all.add(id);
    all.addAll(aliases);
    String[] keys = new String[all.size()];
    for (int i = 0; i < keys.length; i++) {
      String name = all.get(i);
      String key = NameMatcher.normalise(name);
      // an alias equal to the id shares its key, which index 0 has already checked
      String field = i == 0 ? "id" : "aliases";
      if (key.isEmpty()) {
        return Optional.of(new Clash(field, "Name of " + kind + " '" + id
            + "' must contain a letter or digit: '" + name + "'"));
      }
      String owner = owners.get(key);
      if (owner != null) {
        return Optional.of(owner.equals(id) && field.equals("id")
            ? new Clash("id", "Duplicate id")
            : new Clash(field, "Name '" + name + "' of " + kind + " '" + id
                + "' already names " + kind + " '" + owner + "'"));
      }
      keys[i] = key;
    }
    for (String key : keys) {
      owners.put(key, id);
    }
    return Optional.empty();
  }
}
