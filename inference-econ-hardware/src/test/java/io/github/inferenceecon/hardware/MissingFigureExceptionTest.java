/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class MissingFigureExceptionTest {

  @Test
  void new_namesEntryFiguresAndPurpose() {
    MissingFigureException e = new MissingFigureException("nvidia-gh200",
        List.of("memoryBandwidth"), "a spec needs memory and memoryBandwidth");

    assertThat(e).isInstanceOf(IllegalStateException.class)
        .hasMessage("Accelerator 'nvidia-gh200' has no sourced memoryBandwidth; a spec needs "
            + "memory and memoryBandwidth");
    assertThat(e.entryId()).isEqualTo("nvidia-gh200");
    assertThat(e.figures()).containsExactly("memoryBandwidth");
  }

  @Test
  void new_null_throws() {
    assertThatThrownBy(() -> new MissingFigureException(null, List.of(), "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("entryId");
    assertThatThrownBy(() -> new MissingFigureException("x", null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("figures");
    assertThatThrownBy(() -> new MissingFigureException("x", List.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("purpose");
  }
}
