/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import java.util.List;

/** Checks shared by the energy figures. */
final class Energies {

  private Energies() {}

  static void checkSources(List<Source> sources, List<String> notes) {
    if (sources.isEmpty()) {
      throw new InvalidFieldException("sources", "Figure must cite at least one source: []");
    }
    for (Source source : sources) {
      if (!source.figures().isEmpty()) {
        throw new InvalidFieldException("sources", "Source of an energy figure must not name "
            + "figures: " + source.figures());
      }
    }
    for (String note : notes) {
      Figures.notBlank(note, "notes", "Note");
    }
  }

  static void checkRegion(String region) {
    if (!Figures.isRegion(region)) {
      throw new InvalidFieldException("region", "Region must be a code such as 'US', 'US-VA' "
          + "or 'EU-27': '" + region + "'");
    }
  }
}
