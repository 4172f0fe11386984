/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class HtmlTest {

  @Test
  void escape_markupQuotesAndControls() {
    assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    // XML forbids most control characters: replaced, never passed through
    assertThat(Html.escape("a\u0000b\u001Bc\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
  }

  @Test
  void coordinate_twoDecimalsAtMost() {
    assertThat(Html.coordinate(0)).isEqualTo("0");
    assertThat(Html.coordinate(12.5)).isEqualTo("12.5");
    assertThat(Html.coordinate(12.05)).isEqualTo("12.05");
    assertThat(Html.coordinate(12.346)).isEqualTo("12.35");
    assertThat(Html.coordinate(-0.5)).isEqualTo("-0.5");
    assertThat(Html.coordinate(-3.999)).isEqualTo("-4");
  }

  @Test
  void number_compactForTicks() {
    assertThat(Html.number(52_821_043.5, false)).isEqualTo("52.8M");
    assertThat(Html.number(350_000, false)).isEqualTo("350k");
    assertThat(Html.number(2_191.455, false)).isEqualTo("2,191");
    assertThat(Html.number(0.0135, false)).isEqualTo("0.0135");
    assertThat(Html.number(19_941, true)).isEqualTo("2024-08-06");
  }

  @Test
  void full_groupedWithOneDecimalFromAHundred() {
    assertThat(HtmlPage.full(52_821_044, false)).isEqualTo("52,821,044");
    assertThat(HtmlPage.full(-1_234, false)).isEqualTo("-1,234");
    assertThat(HtmlPage.full(999, false)).isEqualTo("999");
    assertThat(HtmlPage.full(33_508_554.03, false)).isEqualTo("33,508,554.0");
    assertThat(HtmlPage.full(-2_191.455, false)).isEqualTo("-2,191.5");
    assertThat(HtmlPage.full(88.8812, false)).isEqualTo("88.88");
    assertThat(HtmlPage.full(0.000827, false)).isEqualTo("0.000827");
    assertThat(HtmlPage.full(19_941, true)).isEqualTo("2024-08-06");
  }

  @Test
  void ticks_oneTwoOrFiveTimesAPowerOfTen() {
    assertThat(SvgCharts.ticks(0, 52_821_043.5)).containsExactly(0, 1e7, 2e7, 3e7, 4e7, 5e7,
        6e7);
    assertThat(SvgCharts.ticks(0, 88.88)).containsExactly(0, 20, 40, 60, 80, 100);
    // 2024-03-18 to 2025-12-06, 20 months: a quarter apart, from 2024-04-01 (epoch day
    // 19,814) to 2025-10-01 (20,362)
    assertThat(SvgCharts.dateTicks(19_800, 20_428)).containsExactly(19_814, 19_905, 19_997,
        20_089, 20_179, 20_270, 20_362);
  }
}
