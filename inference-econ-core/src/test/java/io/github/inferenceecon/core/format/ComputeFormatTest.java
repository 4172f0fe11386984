/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class ComputeFormatTest {

  //-----------------------------------------------------------------------
  // of(String)
  @ParameterizedTest
  @EnumSource(ComputeFormat.class)
  void of_lowerCaseNameWithSpaces_givesFormat(ComputeFormat format) {
    assertThat(ComputeFormat.of(" " + format.name().toLowerCase(Locale.ROOT) + " "))
        .isEqualTo(format);
  }

  @Test
  void of_bf16_isBf16() {
    assertThat(ComputeFormat.of("bf16")).isEqualTo(ComputeFormat.BF16);
  }

  @Test
  void of_unknownName_throwsListingEveryFormat() {
    String known = Arrays.stream(ComputeFormat.values()).map(Enum::name)
        .collect(Collectors.joining(", "));

    assertThatThrownBy(() -> ComputeFormat.of("FP7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown compute format 'FP7' (known: FP64, FP32, TF32, BF16, FP16, FP8, FP6, "
            + "FP4, INT8, INT4)")
        .hasMessage("Unknown compute format 'FP7' (known: " + known + ")")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_storageFormatName_isNotAComputeFormat() {
    // MXFP4 is a storage format that computes at FP4; the compute key is FP4
    assertThatThrownBy(() -> ComputeFormat.of("MXFP4"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_null_throwsNullPointer() {
    assertThatThrownBy(() -> ComputeFormat.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  //-----------------------------------------------------------------------
  // JSON
  @Test
  void json_isTheName() throws Exception {
    assertThat(toJson(ComputeFormat.FP8)).isEqualTo("\"FP8\"");
    assertThat(fromJson("\"BF16\"", ComputeFormat.class)).isEqualTo(ComputeFormat.BF16);
  }
}
