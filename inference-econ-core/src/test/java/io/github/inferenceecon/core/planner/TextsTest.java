/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.money.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class TextsTest {

  @Test
  void money_currencyPlaces() {
    assertThat(Texts.money(Money.of("USD", "4382.91"))).isEqualTo("USD 4382.91");
    assertThat(Texts.money(Money.of("USD", "12053"))).isEqualTo("USD 12053.00");
    assertThat(Texts.money(Money.of("USD", "0.005"))).isEqualTo("USD 0.00");
    assertThat(Texts.money(Money.of("JPY", "400.5"))).isEqualTo("JPY 400");
  }

  @Test
  void unitMoney_fourPlaces() {
    assertThat(Texts.unitMoney(Money.of("USD", "1.388888888888889"))).isEqualTo("USD 1.3889");
    assertThat(Texts.unitMoney(Money.of("USD", "15"))).isEqualTo("USD 15.0000");
  }

  @Test
  void duration_millisecondsBelowOneSecond() {
    assertThat(Texts.duration(Duration.ofMillis(2310))).isEqualTo("2.31 s");
    assertThat(Texts.duration(Duration.ofSeconds(2))).isEqualTo("2 s");
    assertThat(Texts.duration(Duration.ofNanos(32_830_000))).isEqualTo("32.8 ms");
    assertThat(Texts.duration(Duration.ofMillis(1))).isEqualTo("1 ms");
  }

  @Test
  void percentile_asPNumber() {
    assertThat(Texts.percentile(0.9)).isEqualTo("p90");
    assertThat(Texts.percentile(0.99)).isEqualTo("p99");
    assertThat(Texts.percentile(0.999)).isEqualTo("p99.9");
    assertThat(Texts.percentile(0.5)).isEqualTo("p50");
  }

  @Test
  void num_threeSignificantDigitsOrWhole() {
    assertThat(Texts.num(0.71)).isEqualTo("0.71");
    assertThat(Texts.num(0.0001)).isEqualTo("0.0001");
    assertThat(Texts.num(176.34)).isEqualTo("176");
    assertThat(Texts.num(266239.4)).isEqualTo("266239");
    assertThat(Texts.num(20)).isEqualTo("20");
  }
}
