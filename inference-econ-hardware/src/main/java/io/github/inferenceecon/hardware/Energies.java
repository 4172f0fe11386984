/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.internal.InvalidFieldException;
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

  /** Returns the tier of a figure with these sources: primary when any source is. */
  static SourceTier tierOf(List<Source> sources) {
    for (Source source : sources) {
      if (source.tier().isPrimary()) {
        return SourceTier.PRIMARY;
      }
    }
    return SourceTier.SECONDARY;
  }

  static void checkRegion(String region) {
    if (!Figures.isRegion(region)) {
      throw new InvalidFieldException("region", "Region must be a code such as 'US', 'US-VA' "
          + "or 'EU-27': '" + region + "'");
    }
  }
}
