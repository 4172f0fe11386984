/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link PriceNotKnownException}: its two messages and getters. */
final class PriceNotKnownExceptionTest {

  @Test
  void withoutDate_namesProviderAndModel() {
    PriceNotKnownException e = new PriceNotKnownException("p", "m", "no price was sourced");
    assertThat(e).hasMessage("No price card for p model 'm': no price was sourced")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(e.provider()).isEqualTo("p");
    assertThat(e.model()).isEqualTo("m");
    assertThat(e.date()).isEmpty();
  }

  @Test
  void withDate_namesTheDate() {
    PriceNotKnownException e = new PriceNotKnownException("p", "m", LocalDate.of(2025, 1, 2),
        "why");
    assertThat(e).hasMessage("No known price for p model 'm' on 2025-01-02: why");
    assertThat(e.date()).contains(LocalDate.of(2025, 1, 2));
  }

  @Test
  void nulls_throw() {
    assertThatThrownBy(() -> new PriceNotKnownException(null, "m", "r"))
        .isInstanceOf(NullPointerException.class).hasMessage("provider");
    assertThatThrownBy(() -> new PriceNotKnownException("p", null, "r"))
        .isInstanceOf(NullPointerException.class).hasMessage("model");
    assertThatThrownBy(() -> new PriceNotKnownException("p", "m", (String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("reason");
    assertThatThrownBy(() -> new PriceNotKnownException("p", "m", null, "r"))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }
}
