/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code economics}, run in-process: the article's business figures as the library's tests pin
 * them (each test names the one it follows), from the command line.
 */
final class EconomicsCommandTest {

  private static BigDecimal decimal(JsonNode node) {
    return new BigDecimal(node.isObject() ? node.get("amount").asText() : node.asText());
  }

  //-----------------------------------------------------------------------
  // unit
  @Test
  void unit_articleFigure_135CentsPerDollar() {
    // UnitEconomicsTest.of_articleFigure_135CentsPerDollar: OpenAI reportedly spent USD 1.35
    // for every USD 1 earned in 2025 (the article); at 60% utilisation (illustrative) the
    // margin is -0.35 and 0.6 x 1.35 / 1 = 0.81 breaks even
    CliRun run = CliRun.of("economics", "unit", "--revenue", "1", "--cost", "1.35",
        "--utilization", "0.6", "--json");
    assertThat(run.exitCode).isZero();
    JsonNode j = run.json();
    assertThat(j.get("unit").asText()).isEqualTo("dollar of revenue");
    assertThat(decimal(j.get("costPerRevenue"))).isEqualByComparingTo("1.35");
    assertThat(decimal(j.get("margin"))).isEqualByComparingTo("-0.35");
    assertThat(j.get("margin").get("currency").asText()).isEqualTo("USD");
    assertThat(decimal(j.get("grossMargin"))).isEqualByComparingTo("-0.35");
    assertThat(decimal(j.get("breakEvenUtilization"))).isEqualByComparingTo("0.81");
    assertThat(j.get("canBreakEven").asBoolean()).isTrue();
  }

  @Test
  void unit_alreadyFullyUtilised_cannotBreakEven() {
    // UnitEconomicsTest.of_alreadyFullyUtilised_cannotBreakEven: 0.8 x 1.35 = 1.08
    CliRun run = CliRun.of("economics", "unit", "--revenue", "1", "--cost", "1.35",
        "--utilization", "0.8");
    assertThat(run.out).containsPattern("break-even utilisation +1\\.080?\n")
        .containsPattern("can break even +false\n")
        .contains("(above 1: no utilisation breaks even at this price)");
  }

  @Test
  void unit_zeroRevenue_exitsTwo() {
    // UnitEconomicsTest.of_invalid_throw
    CliRun run = CliRun.of("economics", "unit", "--revenue", "0", "--cost", "1");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Revenue must be positive: USD 0\n");
  }

  //-----------------------------------------------------------------------
  // request
  @Test
  void request_soldAtGroqServedOnEightH100s_revenueIsTheApiBill() {
    // revenue: Groq's Llama-3.3-70B card, 1,000 x USD 0.59 / 1M + 300 x USD 0.79 / 1M
    // = 0.00059 + 0.000237 = USD 0.000827; cost: the compare command's self-hosted per request
    String[] deployment = {"--model", "llama-3.3-70b", "--gpu", "h100", "--gpus", "8",
        "--offer", "digitalocean-gpu-h100x8-on-demand", "--input", "1000", "--output", "300"};
    JsonNode j = CliRun.of(concat(new String[] {"economics", "request", "--api",
        "groq:llama-3.3-70b-versatile", "--json"}, deployment)).json().get("economics");
    JsonNode compare = CliRun.of(concat(new String[] {"compare", "--api",
        "groq:llama-3.3-70b-versatile", "--json"}, deployment)).json();
    assertThat(j.get("unit").asText()).isEqualTo("request");
    assertThat(decimal(j.get("revenue"))).isEqualByComparingTo("0.000827");
    assertThat(j.get("cost")).isEqualTo(compare.get("selfHosted").get("perRequest"));
    assertThat(decimal(j.get("margin"))).isEqualByComparingTo(
        new BigDecimal("0.000827").subtract(decimal(j.get("cost"))));
  }

  @Test
  void request_soldAtClaudeSonnet4WithCache_revenueIsTheArticlesPrice() {
    // The article's table: Claude Sonnet 4 at USD 3 / 15 per 1M input / output; its cache read
    // USD 0.30 (BundledCatalogTest.article_claudeSonnet4_pricesTheRequestExactly, and the
    // revenue of UnitEconomicsTest.ofRequest_revenueIsApiBillCostIsSelfHosted):
    // 2,000 x 3 + 8,000 x 0.30 + 1,000 x 15 per 1M = 0.006 + 0.0024 + 0.015 = USD 0.0234
    JsonNode j = CliRun.of("economics", "request", "--model", "llama-3.1-70b", "--gpu", "h100",
        "--price-per-device-hour", "3", "--api", "anthropic:claude-sonnet-4-20250514", "--input",
        "10000", "--cached-input", "8000", "--output", "1000", "--json").json().get("economics");
    assertThat(decimal(j.get("revenue"))).isEqualByComparingTo("0.0234");
    // the cost: the self-hosted per-million rates on the 2,000 uncached input and 1,000 output
    // tokens (cached input needs no prefill), as the cost command prices them
    JsonNode cost = CliRun.of("cost", "--model", "llama-3.1-70b", "--gpu", "h100",
        "--price-per-device-hour", "3", "--input", "10000", "--output", "1000", "--json").json();
    BigDecimal expected = decimal(cost.get("perMillionInputTokens")).multiply(
        new BigDecimal("2000")).add(decimal(cost.get("perMillionOutputTokens")).multiply(
        new BigDecimal("1000"))).movePointLeft(6);
    assertThat(decimal(j.get("cost"))).isEqualByComparingTo(expected);
  }

  @Test
  void request_cachedAboveInput_exitsTwo() {
    CliRun run = CliRun.of("economics", "request", "--model", "llama-3.1-8b", "--gpu", "h100",
        "--price-per-device-hour", "3", "--api", "groq:llama-3.3-70b-versatile", "--input", "10",
        "--cached-input", "20", "--output", "10");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Cached input tokens must not exceed input tokens: "
        + "20/10\n");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  //-----------------------------------------------------------------------
  // projection
  @Test
  void projection_articleFiguresAlone_spendFalls() {
    // SpendProjectionTest.articleFiguresAlone_spendFalls: prices / 10 a year and queries +300%
    // (the article), base year USD 10 per 1M, 1e6 queries of 1,000 tokens (illustrative):
    // (1 + 3) x 1 / 10 = 0.4; year 0 USD 10,000, year 1 USD 4,000
    JsonNode j = CliRun.of("economics", "projection", "--price-per-million", "10", "--queries",
        "1000000", "--tokens-per-query", "1000", "--price-fall", "10", "--query-growth", "3",
        "--years", "3", "--json").json();
    assertThat(decimal(j.get("spendGrowthFactorPerYear"))).isEqualByComparingTo("0.4");
    assertThat(j.get("spendRising").asBoolean()).isFalse();
    assertThat(decimal(j.get("years").get(0).get("spend"))).isEqualByComparingTo("10000");
    assertThat(decimal(j.get("years").get(1).get("spend"))).isEqualByComparingTo("4000");
  }

  @Test
  void projection_reasoningTriplesTokensPerQuery_spendRisesAsPricesFall() {
    // SpendProjectionTest.reasoningTriplesTokensPerQuery_spendRisesAsPricesFall:
    // (1 + 3) x 3 / 10 = 1.2; USD 10,000, 12,000, 14,400, 17,280, total 53,680; year 3 at
    // USD 0.01 per 1M, 64e6 queries of 27,000 tokens = 1.728e12 tokens
    JsonNode j = CliRun.of("economics", "projection", "--price-per-million", "10", "--queries",
        "1000000", "--tokens-per-query", "1000", "--price-fall", "10", "--query-growth", "3",
        "--tokens-per-query-growth", "3", "--years", "3", "--json").json();
    assertThat(decimal(j.get("spendGrowthFactorPerYear"))).isEqualByComparingTo("1.2");
    assertThat(j.get("spendRising").asBoolean()).isTrue();
    String[] spends = {"10000", "12000", "14400", "17280"};
    for (int t = 0; t < 4; t++) {
      assertThat(decimal(j.get("years").get(t).get("spend"))).isEqualByComparingTo(spends[t]);
    }
    JsonNode y3 = j.get("years").get(3);
    assertThat(decimal(y3.get("pricePerMillion"))).isEqualByComparingTo("0.01");
    assertThat(decimal(y3.get("queries"))).isEqualByComparingTo("64000000");
    assertThat(decimal(y3.get("tokensPerQuery"))).isEqualByComparingTo("27000");
    assertThat(decimal(y3.get("tokens"))).isEqualByComparingTo("1728000000000");
    assertThat(decimal(j.get("totalSpend"))).isEqualByComparingTo("53680");
  }

  @Test
  void projection_csv_isOneRowPerYear() {
    CliRun run = CliRun.of("economics", "projection", "--price-per-million", "10", "--queries",
        "1000000", "--tokens-per-query", "1000", "--price-fall", "10", "--query-growth", "3",
        "--tokens-per-query-growth", "3", "--years", "3", "--csv");
    assertThat(run.out).isEqualTo(String.join("\r\n",
        "spend factor per year,spend rising,total spend (USD),year,price per 1M tokens (USD),"
            + "queries,tokens per query,tokens,spend (USD)",
        "1.2,true,53680,0,10,1000000,1000,1000000000,10000",
        "1.2,true,53680,1,1,4000000,3000,12000000000,12000",
        "1.2,true,53680,2,0.1,16000000,9000,144000000000,14400",
        "1.2,true,53680,3,0.01,64000000,27000,1728000000000,17280", ""));
  }

  @Test
  void projection_years101_exitsTwo() {
    // SpendProjectionTest.invalid_throw
    CliRun run = CliRun.of("economics", "projection", "--price-per-million", "10", "--queries",
        "1", "--tokens-per-query", "1", "--price-fall", "10", "--query-growth", "3", "--years",
        "101");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Years must be in [0, 100]: 101\n");
  }
}
