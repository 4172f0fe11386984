/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.units.TokenRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class RangeTest {

  private static final Range<Duration> MS_31_TO_48 = Range.of(Duration.ofMillis(31),
      Duration.ofMillis(48));

  @Test
  void of_keepsBothEnds() {
    assertThat(MS_31_TO_48.low()).isEqualTo(Duration.ofMillis(31));
    assertThat(MS_31_TO_48.high()).isEqualTo(Duration.ofMillis(48));
  }

  @Test
  void contains_endsIncluded() {
    assertThat(MS_31_TO_48.contains(Duration.ofMillis(31))).isTrue();
    assertThat(MS_31_TO_48.contains(Duration.ofMillis(40))).isTrue();
    assertThat(MS_31_TO_48.contains(Duration.ofMillis(48))).isTrue();
    assertThat(MS_31_TO_48.contains(Duration.ofMillis(49))).isFalse();
  }

  @Test
  void of_reversed_throws() {
    assertThatThrownBy(() -> Range.of(TokenRate.of(2), TokenRate.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Range high end must not be below the low end: 2 tokens/s/1 tokens/s");
  }

  @Test
  void nulls_throwNullPointer() {
    assertThatThrownBy(() -> Range.of(null, Duration.ZERO))
        .isInstanceOf(NullPointerException.class).hasMessage("low");
    assertThatThrownBy(() -> Range.of(Duration.ZERO, null))
        .isInstanceOf(NullPointerException.class).hasMessage("high");
    assertThatThrownBy(() -> MS_31_TO_48.contains(null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void toString_bracketsBothEnds() {
    assertThat(MS_31_TO_48).hasToString("[PT0.031S, PT0.048S]");
  }

  @Test
  void equals_sameEnds_equal() {
    assertEqualsContract(MS_31_TO_48, Range.of(Duration.ofMillis(31), Duration.ofMillis(48)),
        Range.of(Duration.ofMillis(31), Duration.ofMillis(49)));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(Range.class, MS_31_TO_48);
  }
}
