/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code whatif}, run in-process: each optimisation reproduces, from the command line, the figures
 * the library's tests pin for it (each test names the library test it follows), and the cost
 * side is the library's {@code CostComparison}.
 */
final class WhatIfCommandTest {

  /** Llama-3.1-8B on one H100, 1,000 tokens in and 200 out, as WhatIfsTest's fixtures. */
  private static JsonNode whatIf(String change, String... more) {
    List<String> args = new ArrayList<>(List.of("whatif", change, "--model", "llama-3.1-8b",
        "--gpu", "h100", "--input", "1000", "--output", "200"));
    args.addAll(Arrays.asList(more));
    args.add("--json");
    CliRun run = CliRun.of(args.toArray(new String[0]));
    assertThat(run.exitCode).as(run.err).isZero();
    return run.json();
  }

  private static JsonNode side(JsonNode j, String side) {
    return j.get("sides").get(side);
  }

  //-----------------------------------------------------------------------
  // quantisation
  @Test
  void quantisation_fp8_isFasterSmallerAndHoldsMoreSequences() {
    // WhatIfsTest.quantisation_fp8_isFasterSmallerAndHoldsMoreSequences: Precision.uniform(FP8)
    // at 8 sequences: throughput above x1.3, TPOT, memory per device down, memory limit up
    JsonNode j = whatIf("quantisation", "--concurrency", "8", "--to-weights", "FP8",
        "--to-kv-cache", "FP8");
    assertThat(j.get("whatIf").asText()).isEqualTo("precision weights=BF16, kvCache=BF16, "
        + "activations=BF16 -> weights=FP8-E4M3, kvCache=FP8-E4M3, activations=FP8-E4M3");
    assertThat(j.get("throughputRatio").asDouble()).isGreaterThan(1.3);
    JsonNode change = side(j, "change");
    assertThat(change.get("tpotSeconds").asDouble()).isNegative();
    assertThat(change.get("memoryPerDeviceBytes").asLong()).isNegative();
    assertThat(change.get("memoryLimit").asLong()).isPositive();
    assertThat(change.get("memoryPerDeviceBytes").asLong()).isEqualTo(
        side(j, "after").get("memoryPerDeviceBytes").asLong()
            - side(j, "before").get("memoryPerDeviceBytes").asLong());
  }

  @Test
  void quantisation_fp8KvOnly_holdsTwiceTheSequences() {
    // WhatIfsTest.quantisation_fp8KvOnly_savesKvButKeepsWeights: twice the sequences fit in the
    // same KV budget (414 -> 829 here)
    JsonNode j = whatIf("quantisation", "--to-weights", "BF16", "--to-kv-cache", "FP8");
    double ratio = side(j, "after").get("memoryLimit").asDouble()
        / side(j, "before").get("memoryLimit").asDouble();
    assertThat(ratio).isBetween(1.9, 2.1);
  }

  @Test
  void quantisation_offlineWithPrice_costsWhatTheCostCommandSaysBefore() {
    // CostComparisonTest.of_offlineSides_priceAsTheSelfHostedEstimateOfEachDeployment: the side
    // before is the cost command's estimate of the same deployment, to the last digit
    JsonNode j = whatIf("quantisation", "--to-weights", "FP8", "--price-per-device-hour", "3");
    JsonNode cost = CliRun.of("cost", "--model", "llama-3.1-8b", "--gpu", "h100",
        "--price-per-device-hour", "3", "--input", "1000", "--output", "200", "--json").json();
    assertThat(side(j, "before").get("perMillionOutputTokens"))
        .isEqualTo(cost.get("perMillionOutputTokens"));
    assertThat(side(j, "before").get("perRequest")).isEqualTo(cost.get("perRequest"));
    // the change is after minus before, exactly
    BigDecimal before = new BigDecimal(side(j, "before").get("perRequest").get("amount")
        .asText());
    BigDecimal after = new BigDecimal(side(j, "after").get("perRequest").get("amount").asText());
    assertThat(new BigDecimal(side(j, "change").get("perRequest").get("amount").asText()))
        .isEqualByComparingTo(after.subtract(before));
    assertThat(j.get("costPerRequestRatio").asText()).isNotEmpty();
    assertThat(j.get("figureTiers").get("densePeak.FP8").asText()).isEqualTo("PRIMARY");
    assertThat(j.get("figureTiers").get("price").asText()).isEqualTo("given");
  }

  //-----------------------------------------------------------------------
  // speculative decoding
  @Test
  void speculativeDecoding_k4a07c005_isLeviathanBound() {
    // WhatIfsTest.speculativeDecoding_atLowConcurrency_speedsDecode: at 8 sequences the gain
    // is above x1.5 and at most the Leviathan speed-up (1 - 0.7^5) / (0.3 x 1.2) = 2.311
    JsonNode j = whatIf("speculative-decoding", "--concurrency", "8", "--draft-tokens", "4",
        "--acceptance", "0.7", "--draft-cost", "0.05");
    assertThat(j.get("whatIf").asText()).isEqualTo("speculative decoding k=4, a=0.7, c=0.05 "
        + "(Leviathan speed-up x2.311)");
    assertThat(j.get("throughputRatio").asDouble()).isGreaterThan(1.5).isLessThanOrEqualTo(
        2.311);
  }

  @Test
  void speculativeDecoding_k4a08c005_showsTheLeviathanTheorem() {
    // SpeculativeDecodingTest.speedup_k4a08c005_isLeviathanTheorem: 3.3616 / 1.2 = 2.8013
    JsonNode j = whatIf("speculative-decoding", "--concurrency", "1", "--draft-tokens", "4",
        "--acceptance", "0.8", "--draft-cost", "0.05");
    assertThat(j.get("whatIf").asText()).endsWith("(Leviathan speed-up x2.801)");
    // PerformanceModelTest.decodeStep_speculativeAtBatch1_approachesLeviathanSpeedup: at batch
    // 1 the time per output token falls by about that factor
    double tpot = side(j, "before").get("tpotSeconds").asDouble()
        / side(j, "after").get("tpotSeconds").asDouble();
    assertThat(tpot).isBetween(2.7, 2.8014);
  }

  @Test
  void speculativeDecoding_acceptanceOne_exitsTwo() {
    CliRun run = CliRun.of("whatif", "speculative-decoding", "--model", "llama-3.1-8b",
        "--gpu", "h100", "--input", "10", "--output", "10", "--draft-tokens", "4",
        "--acceptance", "1", "--draft-cost", "0.05");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Acceptance rate must be in [0, 1): 1.0\n");
  }

  //-----------------------------------------------------------------------
  // prompt caching
  @Test
  void promptCaching_80Percent_skipsPrefill() {
    // WhatIfsTest.promptCaching_skipsPrefill: 800 of 1,000 input tokens cached, TTFT falls
    JsonNode j = whatIf("prompt-caching", "--concurrency", "8", "--cached-fraction", "0.8",
        "--price-per-device-hour", "3");
    assertThat(j.get("whatIf").asText()).isEqualTo("prompt caching 80% of input");
    assertThat(side(j, "after").get("cachedInputTokens").asLong()).isEqualTo(800);
    assertThat(side(j, "change").get("ttftSeconds").asDouble()).isNegative();
    // CostComparisonTest.of_promptCaching_savesPerRequestNotPerComputedToken
    assertThat(new BigDecimal(j.get("costPerRequestRatio").asText())).isLessThan(
        BigDecimal.ONE);
  }

  //-----------------------------------------------------------------------
  // batching
  @Test
  void batching_continuousBeatsStaticAtTheSameBatch() {
    // WhatIfsTest.batching_continuousBeatsStaticAtTheSameBatch at 32 sequences
    JsonNode j = whatIf("batching", "--batch", "32");
    assertThat(side(j, "before").get("batching").asText()).isEqualTo("static");
    assertThat(side(j, "after").get("batching").asText()).isEqualTo("continuous");
    assertThat(j.get("throughputRatio").asDouble()).isGreaterThan(1);
    assertThat(side(j, "change").get("ttftSeconds").asDouble()).isNegative();
  }

  //-----------------------------------------------------------------------
  // sparse attention
  @Test
  void sparseAttention_longContext_shrinksOnlyAttention() {
    // WhatIfsTest.sparseAttention_longContext_shrinksOnlyAttention: 100,000 tokens in at 2
    // sequences, 0.8 skipped beyond 4,096: above x1.3, the KV cache still held whole
    JsonNode j = CliRun.of("whatif", "sparse-attention", "--model", "llama-3.1-8b", "--gpu",
        "h100", "--input", "100000", "--output", "200", "--concurrency", "2", "--skip", "0.8",
        "--dense-tokens", "4096", "--json").json();
    assertThat(j.get("whatIf").asText()).isEqualTo("sparse attention, skip 0.8 beyond 4096 "
        + "tokens");
    assertThat(j.get("throughputRatio").asDouble()).isGreaterThan(1.3);
    assertThat(side(j, "change").get("memoryPerDeviceBytes").asLong()).isZero();
  }

  @Test
  void sparseAttention_shortContext_changesNothing() {
    // WhatIfsTest.sparseAttention_shortContext_changesNothing
    JsonNode j = whatIf("sparse-attention", "--concurrency", "4", "--skip", "0.8",
        "--dense-tokens", "4096");
    assertThat(j.get("throughputRatio").asDouble()).isEqualTo(1);
  }

  //-----------------------------------------------------------------------
  // distillation
  @Test
  void distillation_70bTo8bOnFourH100_isFaster() {
    // WhatIfsTest.distillation_smallerStudent_isFaster: above x2, the student on the teacher's
    // four devices
    JsonNode j = CliRun.of("whatif", "distillation", "--model", "llama-3.1-70b", "--gpu",
        "h100", "--gpus", "4", "--input", "1000", "--output", "200", "--concurrency", "8",
        "--student", "llama-3.1-8b", "--json").json();
    assertThat(j.get("throughputRatio").asDouble()).isGreaterThan(2);
    assertThat(j.get("deploymentAfter").asText()).startsWith("Llama-3.1-8B on 4 x NVIDIA H100 "
        + "SXM");
    assertThat(side(j, "change").get("tpotSeconds").asDouble()).isNegative();
  }

  @Test
  void distillation_unknownStudent_exitsTwo() {
    CliRun run = CliRun.of("whatif", "distillation", "--model", "llama-3.1-70b", "--gpu",
        "h100", "--input", "10", "--output", "10", "--student", "llama-9");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: ").contains("llama-9");
  }

  //-----------------------------------------------------------------------
  // output
  @Test
  void table_showsBeforeAfterAndChangeSideBySide() {
    CliRun run = CliRun.of("whatif", "quantisation", "--model", "llama-3.1-8b", "--gpu", "h100",
        "--input", "1000", "--output", "200", "--to-weights", "FP8");
    assertThat(run.out).containsPattern("\n +before +after +change\n")
        .contains("Cost: give --price-per-device-hour or --offer");
  }

  @Test
  void csv_isOneRowPerSideWithUnitsInTheHeader() {
    CliRun run = CliRun.of("whatif", "quantisation", "--model", "llama-3.1-8b", "--gpu", "h100",
        "--input", "1000", "--output", "200", "--to-weights", "FP8", "--price-per-device-hour",
        "3", "--csv");
    List<String> lines = List.of(run.out.split("\r\n"));
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains(",side,", ",memory per device (bytes),",
        ",time per output token (s),", ",per request (USD)");
    assertThat(lines.get(1)).contains(",before,");
    assertThat(lines.get(3)).contains(",change,");
  }

  @Test
  void utilizationWithoutPrice_exitsTwo() {
    CliRun run = CliRun.of("whatif", "batching", "--model", "llama-3.1-8b", "--gpu", "h100",
        "--input", "10", "--output", "10", "--batch", "4", "--utilization", "0.5");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Option '--utilization' prices the change: give "
        + "'--price-per-device-hour' or '--offer' with it\n");
  }

  @Test
  void utilizationHalf_doublesTheCostOfBothSides() {
    // CostComparisonTest.of_utilisationHalf_doublesEveryCost
    JsonNode full = whatIf("batching", "--batch", "32", "--price-per-device-hour", "3");
    JsonNode half = whatIf("batching", "--batch", "32", "--price-per-device-hour", "3",
        "--utilization", "0.5");
    for (String side : List.of("before", "after")) {
      double f = side(full, side).get("perMillionOutputTokens").get("amount").asDouble();
      double h = side(half, side).get("perMillionOutputTokens").get("amount").asDouble();
      assertThat(h).isCloseTo(2 * f, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  @Test
  void noChange_printsTheSubcommands() {
    CliRun run = CliRun.of("whatif");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("quantisation", "speculative-decoding", "prompt-caching",
        "batching", "sparse-attention", "distillation");
  }
}
