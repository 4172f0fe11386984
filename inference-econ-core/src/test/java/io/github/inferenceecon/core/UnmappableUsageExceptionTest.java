/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link UnmappableUsageException}: its message and getters. */
final class UnmappableUsageExceptionTest {

  @Test
  void message_namesFieldRuleAndValue() {
    UnmappableUsageException e = new UnmappableUsageException("Usage.cache_creation",
        "must add up to Usage.cache_creation_input_tokens", "100 + 20 != 130");
    assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage("Usage field "
        + "'Usage.cache_creation' must add up to Usage.cache_creation_input_tokens: "
        + "100 + 20 != 130");
    assertThat(e.field()).isEqualTo("Usage.cache_creation");
    assertThat(e.rule()).isEqualTo("must add up to Usage.cache_creation_input_tokens");
    assertThat(e.value()).isEqualTo("100 + 20 != 130");
  }

  @Test
  void nulls_throw() {
    assertThatThrownBy(() -> new UnmappableUsageException(null, "r", "v"))
        .isInstanceOf(NullPointerException.class).hasMessage("field");
    assertThatThrownBy(() -> new UnmappableUsageException("f", null, "v"))
        .isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> new UnmappableUsageException("f", "r", null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
  }
}
