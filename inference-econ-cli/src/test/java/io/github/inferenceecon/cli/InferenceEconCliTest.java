/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands, run in-process: output, JSON keys and exit codes, bad input included. */
final class InferenceEconCliTest {

  //-----------------------------------------------------------------------
  // memory
  //-----------------------------------------------------------------------
  @Test
  void memory_llama70b_jsonHasTheFiguresByHand() {
    CliRun run = CliRun.of("memory", "--model", "llama-3.1-70b", "--json");
    assertThat(run.exitCode).isZero();
    JsonNode j = run.json();
    // 70,553,706,496 parameters x 2 bytes; 80 x 8 x 128 x 2 x 2 = 327,680 bytes per token;
    // 8,192 tokens (the default context) x 327,680 = 2,684,354,560 bytes
    assertThat(j.get("parametersTotal").asLong()).isEqualTo(70_553_706_496L);
    assertThat(j.get("parametersActive").asLong()).isEqualTo(70_553_706_496L);
    assertThat(j.get("weightBytes").asLong()).isEqualTo(141_107_412_992L);
    assertThat(j.get("kvCacheBytesPerToken").asLong()).isEqualTo(327_680L);
    assertThat(j.get("kvCacheBytes").asLong()).isEqualTo(2_684_354_560L);
    assertThat(j.get("totalBytes").asLong()).isEqualTo(141_107_412_992L + 2_684_354_560L);
    assertThat(j.has("fits")).isFalse(); // no --gpu, no fit
  }

  @Test
  void memory_onH100WithoutGpus_usesTheFewestDevicesThatFit() {
    JsonNode j = CliRun.of("memory", "--model", "llama-3.1-70b", "--gpu", "h100", "--json")
        .json();
    assertThat(j.get("devices").asInt()).isEqualTo(2);
    assertThat(j.get("tensorParallel").asInt()).isEqualTo(2);
    assertThat(j.get("minDevices").asInt()).isEqualTo(2);
    assertThat(j.get("fits").asBoolean()).isTrue();
    assertThat(j.get("perDeviceBytes").asLong()).isPositive();
    assertThat(j.get("maxConcurrentSequences").asLong()).isPositive();
  }

  @Test
  void memory_onOneH100_doesNotFit() {
    JsonNode j = CliRun.of("memory", "--model", "llama-3.1-70b", "--gpu", "h100", "--gpus",
        "1", "--json").json();
    assertThat(j.get("fits").asBoolean()).isFalse();
    assertThat(j.get("maxConcurrentSequences").asLong()).isZero();
    assertThat(j.get("minDevices").asInt()).isEqualTo(2);
  }

  @Test
  void memory_fromConfigJson_importsTheFile(@TempDir Path dir) throws IOException {
    // a Llama-3.1-8B-shaped config: 32 layers x 8 KV heads x 128 dims x 2 x 2 = 131,072 B/token
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"model_type\":\"llama\",\"num_hidden_layers\":32,"
        + "\"hidden_size\":4096,\"num_attention_heads\":32,\"num_key_value_heads\":8,"
        + "\"intermediate_size\":14336,\"vocab_size\":128256,"
        + "\"max_position_embeddings\":131072}");
    JsonNode j = CliRun.of("memory", "--model", config.toString(), "--json").json();
    assertThat(j.get("kvCacheBytesPerToken").asLong()).isEqualTo(131_072L);
    assertThat(j.get("parametersTotal").asLong()).isEqualTo(8_030_261_248L);
  }

  @Test
  void memory_gptOss120bOnH100_isItsMxfp4CheckpointWithin2PercentOfThePublishedSize() {
    // config.json quantization_config mxfp4, attention, routers, embeddings and head left in
    // BF16: routed experts 114,701,598,720 params x 4.25 bits = 60,935,224,320 B, the rest
    // 2,127,557,952 params x 2 B = 4,255,115,904 B; 65,190,340,224 B = 60.71 GiB. OpenAI's
    // gpt-oss model card (arXiv:2508.10925, Table 1): a 60.8 GiB checkpoint, -0.14%.
    JsonNode j = CliRun.of("memory", "--model", "gpt-oss-120b", "--gpu", "h100", "--json")
        .json();

    assertThat(j.get("weightBytes").asLong()).isEqualTo(65_190_340_224L);
    assertThat(j.get("weightBytes").asLong() / (double) (1L << 30))
        .isCloseTo(60.8, within(60.8 * 0.02));
    assertThat(j.get("precision").asText())
        .isEqualTo("weights=BF16, experts=MXFP4, kvCache=BF16, activations=BF16");
    assertThat(j.get("precisionSource").asText()).isEqualTo("checkpoint");
    assertThat(j.get("checkpoint").asText()).contains("quantization_config mxfp4");
    // one 80 GiB H100 holds it, as OpenAI says
    assertThat(j.get("devices").asInt()).isEqualTo(1);
  }

  @Test
  void memory_deepSeekR1_isSizedInFp8WithBlockScalesByDefault() {
    // 673,044,031,060 B worked out in WeightMemoryTest; --weights BF16 overrides the checkpoint
    JsonNode shipped = CliRun.of("memory", "--model", "deepseek-r1", "--json").json();
    JsonNode bf16 = CliRun.of("memory", "--model", "deepseek-r1", "--weights", "BF16",
        "--json").json();

    assertThat(shipped.get("weightBytes").asLong()).isEqualTo(673_044_031_060L);
    assertThat(shipped.get("precision").asText()).isEqualTo("weights=FP8-E4M3-128X128, "
        + "embeddings=BF16, kvCache=BF16, activations=FP8-E4M3");
    assertThat(shipped.get("precisionSource").asText()).isEqualTo("checkpoint");
    assertThat(bf16.get("precision").asText()).isEqualTo("weights=BF16, kvCache=BF16, "
        + "activations=BF16");
    assertThat(bf16.get("precisionSource").asText()).isEqualTo("given");
    assertThat(bf16.get("weightBytes").asLong()).isEqualTo(2 * 671_026_419_200L);
  }

  @Test
  void perf_nvfp4OnB200_computesInFp4AndSaysWhy() {
    // B200 has a dense FP4 peak, so NVFP4 weights compute in FP4 (W4A4) and come out faster
    // than FP8 (W8A8), which reads twice the weight bytes and computes at half the FP4 peak
    String[] perf = {"perf", "--model", "llama-3.1-70b", "--gpu", "b200", "--input", "1000",
        "--output", "200", "--json", "--weights"};
    JsonNode fp4 = CliRun.of(append(perf, "nvfp4")).json();
    JsonNode fp8 = CliRun.of(append(perf, "fp8")).json();

    assertThat(fp4.get("deployment").asText()).contains("activations=NVFP4");
    assertThat(fp4.get("computePrecision").asText()).isEqualTo("FP4");
    assertThat(fp4.get("computeSource").asText()).isEqualTo("weights");
    assertThat(fp4.get("computeReason").asText()).isEqualTo("NVIDIA B200 (HGX/DGX B200, SXM) "
        + "has a dense FP4 peak for the NVFP4 weights");
    assertThat(fp8.get("computePrecision").asText()).isEqualTo("FP8");
    assertThat(fp4.get("outputTokensPerSecond").asDouble())
        .isGreaterThan(fp8.get("outputTokensPerSecond").asDouble());
  }

  @Test
  void perf_nvfp4OnH100_computesInTheNearestWiderFp8UnlessGiven() {
    String[] perf = {"perf", "--model", "llama-3.1-70b", "--gpu", "h100", "--weights", "nvfp4",
        "--input", "1000", "--output", "200", "--json"};
    JsonNode byDefault = CliRun.of(perf).json();
    JsonNode given = CliRun.of(append(append(perf, "--compute"), "BF16")).json();

    assertThat(byDefault.get("computePrecision").asText()).isEqualTo("FP8");
    assertThat(byDefault.get("computeSource").asText()).isEqualTo("nearest-wider");
    assertThat(byDefault.get("computeReason").asText()).isEqualTo("NVIDIA H100 SXM has no dense "
        + "FP4 peak; FP8 is the nearest wider format it has one for");
    assertThat(given.get("computePrecision").asText()).isEqualTo("BF16");
    assertThat(given.get("computeSource").asText()).isEqualTo("given");
  }

  private static String[] append(String[] args, String arg) {
    String[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = arg;
    return all;
  }

  @Test
  void memory_kvCacheGiven_keepsTheCheckpointsWeights() {
    JsonNode j = CliRun.of("memory", "--model", "gpt-oss-120b", "--kv-cache", "FP8",
        "--json").json();

    assertThat(j.get("precision").asText())
        .isEqualTo("weights=BF16, experts=MXFP4, kvCache=FP8-E4M3, activations=BF16");
    assertThat(j.get("precisionSource").asText()).isEqualTo("checkpoint+given");
  }

  @Test
  void memory_contextBeyondTheWindow_exits2NamingBothNumbers() {
    CliRun run = CliRun.of("memory", "--model", "llama-3.1-8b", "--context", "1000000");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Context of 1000000 tokens exceeds the 131072-token "
        + "context window of model 'Llama-3.1-8B'\n");
  }

  @Test
  void perf_contextBeyondTheWindowWithoutGpu_exits2NamingBothNumbers() {
    // the window is checked before the accelerator is asked for: 1,000,000 + 200 > 131,072
    CliRun run = CliRun.of("perf", "--model", "llama-3.1-8b", "--input", "1000000", "--output",
        "200");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Context of 1000200 tokens exceeds the 131072-token "
        + "context window of model 'Llama-3.1-8B'\n");
  }

  @Test
  void memory_missingConfigFile_exits2SayingNoSuchFile() {
    CliRun run = CliRun.of("memory", "--model", "/nonexistent/config.json");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: No such file: '/nonexistent/config.json' (--model "
        + "takes a bundled model id, a config.json or the folder holding one)\n");
  }

  @Test
  void memory_folderWithoutConfig_exits2(@TempDir Path dir) {
    CliRun run = CliRun.of("memory", "--model", dir.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: Model folder holds no config.json: '");
  }

  /**
   * Issue 21: configs whose layer count built one list entry per layer (Mistral, Qwen2 with
   * use_sliding_window, Gemma-2 at 2^31 - 1 layers ran out of memory; 10^8 layers hung). Each is
   * now one line naming the file, the key, the value and the range, exit 2.
   */
  @ParameterizedTest
  @CsvSource({
      "mistral, '\"sliding_window\":4096', 2147483647",
      "qwen2, '\"use_sliding_window\":true,\"sliding_window\":4096,\"max_window_layers\":28', "
          + "2147483647",
      "gemma2, '\"sliding_window\":4096,\"head_dim\":128', 2147483647",
      "mistral, '\"sliding_window\":4096', 100000000"})
  void memory_hugeLayerCount_exits2NamingFileAndKey(String type, String extra, String layers,
      @TempDir Path dir) throws IOException {
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"model_type\":\"" + type + "\",\"num_hidden_layers\":"
        + layers + ",\"hidden_size\":4096,\"num_attention_heads\":32,"
        + "\"num_key_value_heads\":8,\"intermediate_size\":14336,\"vocab_size\":32000,"
        + "\"max_position_embeddings\":32768," + extra + "}");

    CliRun run = CliRun.of("memory", "--model", config.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Invalid JSON in '" + config + "' at "
        + "num_hidden_layers: Whole number must be in [1, 65536]: " + layers + "\n");
  }

  @Test
  void memory_configRuleBroken_namesTheKeyNotTheArchitectureRule(@TempDir Path dir)
      throws IOException {
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"model_type\":\"llama\",\"num_hidden_layers\":32,"
        + "\"hidden_size\":4096,\"num_attention_heads\":32,\"num_key_value_heads\":7,"
        + "\"intermediate_size\":14336,\"vocab_size\":128256,"
        + "\"max_position_embeddings\":131072}");

    CliRun run = CliRun.of("memory", "--model", config.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Invalid JSON in '" + config + "' at "
        + "num_key_value_heads: Must divide num_attention_heads (32): 7\n");
  }

  @Test
  void memory_table_isReadable() {
    CliRun run = CliRun.of("memory", "--model", "llama-3.1-8b");
    assertThat(run.out).contains("KV cache per token", "128.00 KiB (131,072 bytes)");
  }

  //-----------------------------------------------------------------------
  // perf
  //-----------------------------------------------------------------------
  @Test
  void perf_jsonHasEveryKey() {
    JsonNode j = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--input",
        "1000", "--output", "200", "--json").json();
    for (String key : new String[] {"ttftSeconds", "tpotSeconds", "outputTokensPerSecond",
        "outputTokensPerSecondPerDevice", "requestsPerSecond", "concurrency", "prefillBound",
        "decodeBound"}) {
      assertThat(j.has(key)).as(key).isTrue();
    }
    assertThat(j.get("ttftSeconds").asDouble()).isPositive();
    assertThat(j.get("decodeBound").asText()).isIn("COMPUTE", "MEMORY_BANDWIDTH", "INTERCONNECT");
  }

  @Test
  void perf_requestBeyondTheWindow_exits2Naming131072() {
    // issue 16: Llama-3.1-8B at a million tokens; its window is max_position_embeddings 131072
    // (rope_type llama3 leaves it as it is)
    CliRun run = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--input",
        "1000000", "--output", "200");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Context of 1000200 tokens exceeds the 131072-token "
        + "context window of model 'Llama-3.1-8B'\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void perf_concurrencyMax_outpacesASingleSequence() {
    JsonNode one = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--input",
        "1000", "--output", "200", "--concurrency", "1", "--json").json();
    JsonNode max = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--input",
        "1000", "--output", "200", "--concurrency", "max", "--json").json();
    assertThat(one.get("concurrency").asDouble()).isEqualTo(1.0);
    assertThat(max.get("outputTokensPerSecond").asDouble())
        .isGreaterThan(one.get("outputTokensPerSecond").asDouble());
    // one sequence decodes faster per token than a full batch does
    assertThat(one.get("tpotSeconds").asDouble()).isLessThan(max.get("tpotSeconds").asDouble());
  }

  @Test
  void perf_issue15DoneWhen_llama70bFp8OnEightDevices_runsWithoutExtraFigures() {
    // perf --model llama-3.1-70b --gpu <g> --gpus 8 --tp 8 --weights fp8 on H200, B200, A100 and
    // MI300X: every figure from the catalog, each primary. The A100 has no FP8 peak, so its FP8
    // weights compute in BF16.
    for (String gpu : new String[] {"h200", "b200", "a100", "mi300x"}) {
      CliRun run = CliRun.of("perf", "--model", "llama-3.1-70b", "--gpu", gpu, "--gpus", "8",
          "--tp", "8", "--weights", "fp8", "--input", "1000", "--output", "1000", "--json");
      assertThat(run.exitCode).as(gpu + ": " + run.err).isZero();
      JsonNode j = run.json();
      assertThat(j.get("outputTokensPerSecond").asDouble()).as(gpu).isPositive();
      assertThat(j.get("tier").asText()).as(gpu).isEqualTo("PRIMARY");
      assertThat(j.get("figureTiers").get("scaleUp").asText()).as(gpu).isEqualTo("PRIMARY");
    }
    assertThat(CliRun.of("perf", "--model", "llama-3.1-70b", "--gpu", "a100", "--gpus", "8",
        "--weights", "fp8", "--input", "1000", "--output", "1000", "--json").json()
        .get("deployment").asText()).contains("weights=FP8-E4M3", "activations=BF16");
  }

  @Test
  void perf_secondaryFigure_isMarkedAndLeftOutWithPrimaryOnly() {
    // L40S: BF16 from NVIDIA's own repository, its PCIe link only from a reseller's table.
    JsonNode j = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "l40s", "--gpus", "2",
        "--input", "1000", "--output", "200", "--json").json();
    assertThat(j.get("tier").asText()).isEqualTo("SECONDARY");
    assertThat(j.get("figureTiers").get("densePeak.BF16").asText()).isEqualTo("PRIMARY");
    assertThat(j.get("figureTiers").get("scaleUp").asText()).isEqualTo("SECONDARY");

    CliRun primary = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "l40s", "--gpus",
        "2", "--input", "1000", "--output", "200", "--primary-only");
    assertThat(primary.exitCode).isEqualTo(2);
    assertThat(primary.err).contains("(scaleUp)", "--link-bandwidth");
  }

  @Test
  void perf_figureGivenByOption_isMarkedGiven() {
    // B300: NVIDIA states 1.8 TB/s of NVLink per GPU without the direction; only a secondary
    // source (a reseller's copy of NVIDIA's NVLink page) gives it.
    CliRun refused = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "b300", "--gpus", "8",
        "--input", "1000", "--output", "200", "--primary-only");
    assertThat(refused.exitCode).isEqualTo(2);
    assertThat(refused.err.trim()).isEqualTo("error: Accelerator 'nvidia-b300' has no scale-up "
        + "bandwidth with a stated direction (scaleUp.basis), which tp=8, pp=1 needs; give the "
        + "bandwidth per device and direction with --link-bandwidth RATE, RATE written like "
        + "'450 GB/s'");

    JsonNode j = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "b300", "--gpus", "8",
        "--link-bandwidth", "900 GB/s", "--input", "1000", "--output", "200", "--primary-only",
        "--json").json();
    assertThat(j.get("figureTiers").get("scaleUp").asText()).isEqualTo("given");
    assertThat(j.get("tier").asText()).isEqualTo("PRIMARY");

    JsonNode secondary = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "b300", "--gpus",
        "8", "--input", "1000", "--output", "200", "--json").json();
    assertThat(secondary.get("figureTiers").get("scaleUp").asText()).isEqualTo("SECONDARY");
    assertThat(secondary.get("tier").asText()).isEqualTo("SECONDARY");
  }

  @Test
  void perf_deepSeekR1ExpertParallelOnEightH200_isEstimatedInItsRegimeWithItsRange() {
    // the MLPerf DeepSeek-R1 layout: 8 x H200 in FP8, experts split 8 ways, attention data
    // parallel; regime NVIDIA Hopper, FP8, MoE, whose interval is the Hopper FP8 one (151
    // held-out runs; too few MoE runs for its own): 0.838x to 1.210x of the estimate
    JsonNode j = CliRun.of("perf", "--model", "deepseek-r1", "--gpu", "h200", "--gpus", "8",
        "--ep", "8", "--attention-dp", "--weights", "fp8", "--input", "2048", "--output",
        "1024", "--json").json();
    assertThat(j.get("deployment").asText()).contains("ep=8", "attention data-parallel",
        "weights=FP8-E4M3");
    assertThat(j.get("regime").asText()).isEqualTo("NVIDIA Hopper, FP8, MoE");
    double tokens = j.get("outputTokensPerSecond").asDouble();
    assertThat(j.get("outputTokensPerSecondRange").get("low").asDouble())
        .isCloseTo(0.838 * tokens, within(1e-9 * tokens));
    assertThat(j.get("outputTokensPerSecondRange").get("high").asDouble())
        .isCloseTo(1.210 * tokens, within(1e-9 * tokens));
    // times are inversely related: the low end is the estimate over 1.210
    assertThat(j.get("tpotSecondsRange").get("low").asDouble())
        .isCloseTo(j.get("tpotSeconds").asDouble() / 1.210, within(1e-8));
    assertThat(j.get("rangeBasis").asText()).startsWith("151 MLPerf rows (NVIDIA Hopper, FP8");
  }

  @Test
  void perf_gptOss120bWithMxfp4ExpertsOnOneH100_isEstimated() {
    // 116.8 B parameters, the routed experts in MXFP4: fits one 80 GiB H100, which has no FP4
    // peak, so the regime is NVIDIA Hopper, BF16, MoE, ranged by the Hopper interval
    JsonNode j = CliRun.of("perf", "--model", "gpt-oss-120b", "--gpu", "h100", "--gpus", "1",
        "--weights", "bf16", "--expert-weights", "mxfp4", "--input", "1024", "--output", "1024",
        "--json").json();
    assertThat(j.get("deployment").asText()).contains("experts=MXFP4");
    assertThat(j.get("regime").asText()).isEqualTo("NVIDIA Hopper, BF16, MoE");
    double tokens = j.get("outputTokensPerSecond").asDouble();
    assertThat(tokens).isPositive();
    assertThat(j.get("outputTokensPerSecondRange").get("low").asDouble())
        .isCloseTo(0.838 * tokens, within(1e-9 * tokens));
    assertThat(j.get("rangeBasis").asText()).startsWith("151 MLPerf rows (NVIDIA Hopper,");
  }

  @Test
  void perf_expertParallelWithoutALayout_isBadInput() {
    // --ep, --attention-dp and --scale-out shape a given layout; the smallest layout that fits
    // is found without them, so they would be silently dropped
    CliRun run = CliRun.of("perf", "--model", "deepseek-r1", "--gpu", "h200", "--ep", "8",
        "--input", "100", "--output", "100");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("Option '--ep' needs a layout: give --gpus or --tp");
  }

  @Test
  void perf_batchAndConcurrencyTogether_isBadInput() {
    CliRun run = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "10",
        "--output", "10", "--batch", "4", "--concurrency", "4");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: ");
  }

  //-----------------------------------------------------------------------
  // cost
  //-----------------------------------------------------------------------
  @Test
  void cost_pricePerDeviceHour_givesPerMillionAndPerRequest() {
    JsonNode j = CliRun.of("cost", "--model", "llama-3.1-8b", "--gpu", "h100",
        "--price-per-device-hour", "3.00", "--input", "1000", "--output", "200", "--json").json();
    assertThat(j.get("perMillionInputTokens").get("currency").asText()).isEqualTo("USD");
    assertThat(j.get("perMillionOutputTokens").get("amount").asText()).matches("[0-9.]+");
    assertThat(j.get("perRequest").get("amount").asText()).matches("[0-9.]+");
    // H100 SXM: 700 W TDP in the catalog, so the energy is known
    assertThat(j.get("energyPerMillionTokens").asDouble()).isPositive();
  }

  @Test
  void cost_offer_usesItsPerDevicePrice() {
    // DigitalOcean's 8 x H100 droplet at USD 23.92 per hour: USD 2.99 per device-hour
    CliRun run = CliRun.of("cost", "--model", "llama-3.1-8b", "--gpu", "h100", "--offer",
        "digitalocean-gpu-h100x8-on-demand", "--input", "1000", "--output", "200");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("USD 2.99 per device-hour");
  }

  @Test
  void cost_electricityPriceOnly_notesThePriceGivenAndNoGrid() {
    // no carbon intensity given: no emissions and no grid figure, but the price is noted
    CliRun run = CliRun.of("cost", "--model", "llama-3.1-8b", "--gpu", "h100",
        "--price-per-device-hour", "3.00", "--input", "1000", "--output", "200",
        "--electricity-price", "0.12");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("energy cost per 1M output tokens")
        .contains("; Electricity USD 0.12 per kWh\n").doesNotContain("gCO2e")
        .doesNotContain("Grid");
  }

  @Test
  void cost_withoutElectricityPriceOrIntensity_showsEnergyOnly() {
    CliRun run = CliRun.of("cost", "--model", "llama-3.1-8b", "--gpu", "h100",
        "--price-per-device-hour", "3.00", "--input", "1000", "--output", "200");
    assertThat(run.out).contains("kWh per 1M output tokens").doesNotContain("energy cost")
        .doesNotContain("Electricity").doesNotContain("gCO2e");
  }

  @Test
  void cost_offerOfEachNewProvider_carriesItsTier() {
    // Lambda (primary, 3.99 per GPU-hour for 8 x H100), Together (primary), Google Cloud and
    // Azure (third-party lists: secondary).
    String[][] offers = {{"lambda-h100-sxm-80gb-8x-on-demand", "PRIMARY"},
        {"together-gpu-clusters-hgx-h100-on-demand", "PRIMARY"},
        {"gcp-a3-highgpu-8g-us-central1-on-demand", "SECONDARY"},
        {"azure-nd96isr-h100-v5-eastus-on-demand", "SECONDARY"}};
    for (String[] offer : offers) {
      JsonNode j = CliRun.of("cost", "--model", "llama-3.1-8b", "--gpu", "h100", "--offer",
          offer[0], "--input", "1000", "--output", "200", "--json").json();
      assertThat(j.get("figureTiers").get("price").asText()).as(offer[0]).isEqualTo(offer[1]);
      assertThat(j.get("tier").asText()).as(offer[0]).isEqualTo(offer[1]);
    }
    assertThat(CliRun.of("cost", "--model", "llama-3.1-8b", "--gpu", "h100", "--offer",
        "lambda-h100-sxm-80gb-8x-on-demand", "--input", "1000", "--output", "200").out)
        .contains("USD 3.99 per device-hour");
  }

  @Test
  void cost_offerOfAnotherAccelerator_isBadInput() {
    // an MI300X offer's price is not an H100's: refused, never priced at the other's rate
    CliRun run = CliRun.of("cost", "--model", "llama-3.1-8b", "--gpu", "h100", "--offer",
        "digitalocean-gpu-mi300x-x8-on-demand", "--input", "1000", "--output", "200");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: --offer: Offer 'digitalocean-gpu-mi300x-x8-on-demand' "
        + "rents accelerator 'amd-mi300x', not 'nvidia-h100-sxm': its price applies to its own "
        + "accelerator only" + System.lineSeparator());
  }

  @Test
  void cost_withoutAPrice_isBadInput() {
    CliRun run = CliRun.of("cost", "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "10",
        "--output", "10");
    assertThat(run.exitCode).isEqualTo(2);
  }

  //-----------------------------------------------------------------------
  // api-cost
  //-----------------------------------------------------------------------
  @Test
  void apiCost_claudeSonnet4_isExact() {
    JsonNode j = CliRun.of("api-cost", "--provider", "anthropic", "--model",
        "claude-sonnet-4-20250514", "--input", "10000", "--cached-input", "8000", "--output",
        "1000", "--json").json();
    // 2,000 x 3/1e6 + 8,000 x 0.30/1e6 + 1,000 x 15/1e6 = 0.006 + 0.0024 + 0.015 = 0.0234
    assertThat(j.get("total").get("amount").asText()).isEqualTo("0.0234");
    assertThat(j.get("total").get("currency").asText()).isEqualTo("USD");
    assertThat(j.get("provider").asText()).isEqualTo("anthropic");
    assertThat(j.get("model").asText()).isEqualTo("claude-sonnet-4");
    JsonNode input = j.get("components").get(0);
    assertThat(input.get("name").asText()).isEqualTo("input");
    assertThat(input.get("tokens").asLong()).isEqualTo(2000);
    assertThat(input.get("pricePerMillion").get("amount").asText()).isEqualTo("3");
    assertThat(input.get("cost").get("amount").asText()).isEqualTo("0.006");
    assertThat(j.has("effectiveDate")).isTrue();
    assertThat(j.get("source").asText()).startsWith("https://");
  }

  @Test
  void apiCost_priceFiles_stackedUserOverLiteLlmOverTheFeed(@TempDir Path dir)
      throws IOException {
    // every card listed on 2026-10-01, so a higher layer's card replaces the one below it:
    // cli-s only in the feed (6 per 1M), cli-l in the feed (6) and LiteLLM (7e-6 per token = 7
    // per 1M), cli-u in LiteLLM (7) and the user's catalog (8, SECONDARY)
    Path feed = Files.writeString(dir.resolve("data.json"), "[{\"id\": \"openai\", "
        + "\"name\": \"OpenAI\", \"api_pattern\": \"openai\", \"models\": ["
        + "{\"id\": \"cli-s\", \"match\": {\"equals\": \"cli-s\"}, \"prices\": "
        + "{\"input_mtok\": 6, \"output_mtok\": 6}}, "
        + "{\"id\": \"cli-l\", \"match\": {\"equals\": \"cli-l\"}, \"prices\": "
        + "{\"input_mtok\": 6, \"output_mtok\": 6}}]}]");
    Path lite = Files.writeString(dir.resolve("litellm.json"), "{"
        + "\"cli-l\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\", "
        + "\"input_cost_per_token\": 7e-06, \"output_cost_per_token\": 7e-06}, "
        + "\"cli-u\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\", "
        + "\"input_cost_per_token\": 7e-06, \"output_cost_per_token\": 7e-06}}");
    Path user = Files.writeString(dir.resolve("user.json"), "{\"schemaVersion\": 2, "
        + "\"publishedOn\": \"2026-10-01\", \"provider\": {\"id\": \"openai\"}, "
        + "\"currency\": \"USD\", \"models\": [{\"id\": \"cli-u\", \"cards\": ["
        + "{\"listedOn\": \"2026-10-01\", \"tier\": \"SECONDARY\", \"source\": "
        + "{\"url\": \"https://me.example/u\"}, \"input\": \"8\", \"output\": \"8\"}]}]}");

    for (String[] modelAndCost : new String[][] {{"cli-s", "6"}, {"cli-l", "7"},
        {"cli-u", "8"}}) {
      JsonNode j = CliRun.of("api-cost", "--provider", "openai", "--model", modelAndCost[0],
          "--input", "1000000", "--output", "0", "--at", "2026-10-01",
          "--genai-prices", feed.toString(), "--genai-prices-date", "2026-10-01",
          "--litellm", lite.toString(), "--litellm-date", "2026-10-01",
          "--prices", user.toString(), "--json").json();
      assertThat(j.get("total").get("amount").asText()).as(modelAndCost[0])
          .isEqualTo(modelAndCost[1]);
    }
  }

  /** An Anthropic Messages stream, as the Messages API documents its events. */
  private static final String ANTHROPIC_STREAM = "event: message_start\ndata: {\"type\": "
      + "\"message_start\", \"message\": {\"id\": \"msg_1\", \"type\": \"message\", \"role\": "
      + "\"assistant\", \"content\": [], \"model\": \"claude-sonnet-4-20250514\", "
      + "\"stop_reason\": null, \"stop_sequence\": null, \"usage\": {\"input_tokens\": 2000, "
      + "\"cache_creation_input_tokens\": 1000, \"cache_read_input_tokens\": 8000, "
      + "\"cache_creation\": {\"ephemeral_5m_input_tokens\": 1000, "
      + "\"ephemeral_1h_input_tokens\": 0}, \"output_tokens\": 1}}}\n\n"
      + "event: content_block_start\ndata: {\"type\": \"content_block_start\", \"index\": 0, "
      + "\"content_block\": {\"type\": \"text\", \"text\": \"\"}}\n\n"
      + "event: message_delta\ndata: {\"type\": \"message_delta\", \"delta\": {\"stop_reason\": "
      + "\"end_turn\", \"stop_sequence\": null}, \"usage\": {\"output_tokens\": 700}}\n\n"
      + "event: message_stop\ndata: {\"type\": \"message_stop\"}\n\n";

  @Test
  void apiCost_response_anthropicStream_pricedAsTheSameCounts(@TempDir Path dir)
      throws IOException {
    Path body = Files.writeString(dir.resolve("stream.txt"), ANTHROPIC_STREAM);

    JsonNode read = CliRun.of("api-cost", "--response", body.toString(), "--format",
        "anthropic-messages", "--at", "2026-07-01", "--json").json();
    JsonNode given = CliRun.of("api-cost", "--provider", "anthropic", "--model",
        "claude-sonnet-4-20250514", "--input", "11000", "--cached-input", "8000",
        "--cache-write", "1000", "--output", "700", "--at", "2026-07-01", "--json").json();

    // Anthropic's input excludes cache reads and writes: 2,000 + 8,000 + 1,000 = 11,000 in all;
    // 2,000 x 3 + 8,000 x 0.30 + 1,000 x 3.75 (5-minute write) + 700 x 15, per million
    // = 0.006 + 0.0024 + 0.00375 + 0.0105 = 0.02265
    assertThat(read.get("total").get("amount").asText()).isEqualTo("0.02265");
    assertThat(read.get("format").asText()).isEqualTo("anthropic-messages");
    ObjectNode withoutFormat = ((ObjectNode) read.deepCopy());
    withoutFormat.remove("format");
    assertThat(withoutFormat).isEqualTo(given);
  }

  @Test
  void apiCost_response_openAiChatBody_providerAndModelFromTheBody(@TempDir Path dir)
      throws IOException {
    Path body = Files.writeString(dir.resolve("chat.json"), "{\"id\": \"chatcmpl-1\", "
        + "\"object\": \"chat.completion\", \"created\": 1741569952, \"model\": "
        + "\"gpt-4o-mini-2024-07-18\", \"choices\": [], \"usage\": {\"prompt_tokens\": 1000, "
        + "\"completion_tokens\": 300, \"total_tokens\": 1300, \"prompt_tokens_details\": "
        + "{\"cached_tokens\": 400, \"audio_tokens\": 0}, \"completion_tokens_details\": "
        + "{\"reasoning_tokens\": 0, \"audio_tokens\": 0, \"accepted_prediction_tokens\": 0, "
        + "\"rejected_prediction_tokens\": 0}}, \"service_tier\": \"default\"}");

    CliRun run = CliRun.of("api-cost", "--response", body.toString(), "--format",
        "OPENAI_CHAT_COMPLETIONS", "--at", "2026-07-01");

    // 600 x 0.15 + 400 x 0.075 + 300 x 0.60, per million = 0.00009 + 0.00003 + 0.00018
    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out).contains("provider        openai").contains("USD 0.0003")
        .contains("openai-chat-completions");
  }

  @Test
  void apiCost_response_withoutFormat_toldFromTheBody(@TempDir Path dir) throws IOException {
    Path body = Files.writeString(dir.resolve("stream.txt"), ANTHROPIC_STREAM);

    JsonNode told = CliRun.of("api-cost", "--response", body.toString(), "--at", "2026-07-01",
        "--json").json();
    JsonNode given = CliRun.of("api-cost", "--response", body.toString(), "--format",
        "anthropic-messages", "--at", "2026-07-01", "--json").json();

    // the stream's message_start names the format: the same bill, USD 0.02265 (worked out in
    // apiCost_response_anthropicStream_pricedAsTheSameCounts)
    assertThat(told).isEqualTo(given);
    assertThat(told.get("format").asText()).isEqualTo("anthropic-messages");
    assertThat(told.get("total").get("amount").asText()).isEqualTo("0.02265");
  }

  @Test
  void apiCost_response_formatOfAnotherBody_orUntellable_areBadInput(@TempDir Path dir)
      throws IOException {
    Path stream = Files.writeString(dir.resolve("stream.txt"), ANTHROPIC_STREAM);
    Path compatible = Files.writeString(dir.resolve("compatible.json"), "{\"model\": "
        + "\"gpt-4o-mini-2024-07-18\", \"usage\": {\"prompt_tokens\": 1000, "
        + "\"completion_tokens\": 300, \"prompt_tokens_details\": {\"cached_tokens\": 400}, "
        + "\"completion_tokens_details\": {\"reasoning_tokens\": 0}}}");

    CliRun mismatch = CliRun.of("api-cost", "--response", stream.toString(), "--format",
        "openai-chat-completions");
    CliRun untold = CliRun.of("api-cost", "--response", compatible.toString());
    // a body without "object" (an OpenAI-compatible API): the format given wins, USD 0.0003
    CliRun given = CliRun.of("api-cost", "--response", compatible.toString(), "--format",
        "openai-chat-completions", "--at", "2026-07-01");

    assertThat(mismatch.exitCode).isEqualTo(2);
    assertThat(mismatch.err).contains("--format openai-chat-completions must match the body, "
        + "whose fields are those of anthropic-messages");
    assertThat(untold.exitCode).isEqualTo(2);
    assertThat(untold.err).contains("--response: Response body format cannot be told")
        .contains("give the format (--format names it)");
    assertThat(given.exitCode).isEqualTo(0);
    assertThat(given.out).contains("USD 0.0003");
  }

  @Test
  void apiCost_response_fileAboveTheLimit_isBadInput(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(64L * 1024 * 1024 + 1); // sparse: no disk used
    }

    CliRun run = CliRun.of("api-cost", "--response", big.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--response file must be at most 67108864 bytes (64 MiB, far "
        + "above any real response body): '" + big + "' is 67108865 bytes");
  }

  @Test
  void apiCost_response_badCombinations_areBadInput(@TempDir Path dir) throws IOException {
    Path bedrock = Files.writeString(dir.resolve("converse.json"), "{\"output\": {\"message\":"
        + " {\"role\": \"assistant\", \"content\": [{\"text\": \"Hi\"}]}}, \"stopReason\": "
        + "\"end_turn\", \"usage\": {\"inputTokens\": 10, \"outputTokens\": 5, "
        + "\"totalTokens\": 15}, \"metrics\": {\"latencyMs\": 100}}");
    CliRun noModel = CliRun.of("api-cost", "--response", bedrock.toString(), "--format",
        "bedrock-converse");
    CliRun both = CliRun.of("api-cost", "--provider", "openai", "--model", "gpt-4o",
        "--input", "1", "--output", "1", "--response", bedrock.toString(), "--format",
        "bedrock-converse");
    CliRun missing = CliRun.of("api-cost", "--response", dir.resolve("none.json").toString(),
        "--format", "bedrock-converse");
    CliRun unknown = CliRun.of("api-cost", "--response", bedrock.toString(), "--format",
        "bedrock");
    CliRun countsWithoutModel = CliRun.of("api-cost", "--provider", "openai", "--input", "1",
        "--output", "1");

    assertThat(noModel.exitCode).isEqualTo(2);
    assertThat(noModel.err).contains("'--model=M'").contains("names no model");
    assertThat(both.exitCode).isEqualTo(2);
    assertThat(both.err).contains("mutually exclusive");
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err).contains("--response: no such file");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err).contains("Unknown response format 'bedrock'")
        .contains("bedrock-converse");
    assertThat(countsWithoutModel.exitCode).isEqualTo(2);
    assertThat(countsWithoutModel.err).contains("Missing required option: '--model=M'");
  }

  @Test
  void apiCost_at_pricesOldUsageAtItsDay() {
    // GPT-4o from 2024-08-06: 2.50 input, 10.00 output: 1,000 x 2.5/1e6 + 1,000 x 10/1e6
    JsonNode j = CliRun.of("api-cost", "--provider", "openai", "--model", "gpt-4o", "--input",
        "1000", "--output", "1000", "--at", "2024-09-01T00:00:00Z", "--json").json();
    assertThat(j.get("total").get("amount").asText()).isEqualTo("0.0125");
  }

  @Test
  void apiCost_unknownModel_suggestsNearestNames() {
    CliRun run = CliRun.of("api-cost", "--provider", "anthropic", "--model", "claude-sonet-4",
        "--input", "1", "--output", "1");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).startsWith("error: Unknown").contains("claude-sonnet-4");
  }

  @Test
  void apiCost_geminiFlashLite_on2025_11_15_is0_375WithItsTier() {
    // the issue's done-when: 1M x 0.075 + 1M x 0.30 per million = 0.375
    CliRun run = CliRun.of("api-cost", "--provider", "google", "--model",
        "gemini-2.0-flash-lite", "--input", "1000000", "--output", "1000000", "--at",
        "2025-11-15");
    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out).contains("total           USD 0.375").contains("tier            "
        + "SECONDARY");
    JsonNode j = CliRun.of("api-cost", "--provider", "google", "--model",
        "gemini-2.0-flash-lite", "--input", "1000000", "--output", "1000000", "--at",
        "2025-11-15", "--json").json();
    assertThat(j.get("total").get("amount").asText()).isEqualTo("0.375");
    assertThat(j.get("tier").asText()).isEqualTo("SECONDARY");
    assertThat(j.get("dateAssumed").asBoolean()).isFalse();
  }

  @Test
  void apiCost_togetherLlama32_3B_is0_12WithItsTier() {
    // 1M x 0.06 + 1M x 0.06 per million = 0.12
    JsonNode j = CliRun.of("api-cost", "--provider", "together", "--model",
        "meta-llama/Llama-3.2-3B-Instruct-Turbo", "--input", "1000000", "--output", "1000000",
        "--json").json();
    assertThat(j.get("total").get("amount").asText()).isEqualTo("0.12");
    assertThat(j.get("tier").asText()).isEqualTo("SECONDARY");
  }

  @Test
  void apiCost_undatedCardBeforeItsListing_isAssumedUnlessStrict() {
    // Sonnet 4: 3 / 15 since launch; the card was listed 2026-11-27 without an effective date
    JsonNode j = CliRun.of("api-cost", "--provider", "anthropic", "--model",
        "claude-sonnet-4-20250514", "--input", "1000", "--output", "1000", "--at",
        "2026-07-20", "--json").json();
    assertThat(j.get("total").get("amount").asText()).isEqualTo("0.018");
    assertThat(j.get("dateAssumed").asBoolean()).isTrue();
    assertThat(j.get("dateAssumption").asText()).startsWith("no earlier price is known");
    CliRun strict = CliRun.of("api-cost", "--provider", "anthropic", "--model",
        "claude-sonnet-4-20250514", "--input", "1000", "--output", "1000", "--at",
        "2026-07-20", "--strict-dates");
    assertThat(strict.exitCode).isEqualTo(2);
    assertThat(strict.err).startsWith("error: No known price for anthropic model "
        + "'claude-sonnet-4' on 2026-07-20");
  }

  @Test
  void apiCost_batchWithoutABatchPrice_exits2NamingTheMissingRate() {
    CliRun run = CliRun.of("api-cost", "--provider", "openai", "--model", "gpt-4o-mini",
        "--input", "1000", "--output", "100", "--batch-api");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).startsWith("error: No price for the input of openai model "
        + "'gpt-4o-mini': the card has no batch price");
    JsonNode partial = CliRun.of("api-cost", "--provider", "openai", "--model", "gpt-4o-mini",
        "--input", "1000", "--output", "100", "--batch-api", "--partial", "--json").json();
    assertThat(partial.has("total")).isFalse();
    assertThat(partial.get("pricedTotal").get("amount").asText()).isEqualTo("0");
    assertThat(partial.get("fullyPriced").asBoolean()).isFalse();
  }

  @Test
  void apiCost_beyondTheContextWindow_exits2NamingTheWindow() {
    CliRun run = CliRun.of("api-cost", "--provider", "openai", "--model", "gpt-4o-mini",
        "--input", "200000", "--output", "100");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("exceeds the context window").contains("128000 tokens");
  }

  @Test
  void apiCost_retiredModel_isNotChargedToday() {
    CliRun run = CliRun.of("api-cost", "--provider", "google", "--model", "gemini-2.0-flash",
        "--input", "1000", "--output", "100");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("ended on 2026-06-01");
  }

  @Test
  void apiCost_instantOutOfRange_isBadInput() {
    CliRun run = CliRun.of("api-cost", "--provider", "openai", "--model", "gpt-4o", "--input",
        "1", "--output", "1", "--at", "+1000000000-06-01T00:00:00Z");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: --at must be an ISO date or instant");
  }

  @Test
  void apiCost_primaryOnly_refusesASecondaryOnlyModel() {
    CliRun run = CliRun.of("api-cost", "--provider", "together", "--model",
        "meta-llama/Llama-3.2-3B-Instruct-Turbo", "--input", "1", "--output", "1",
        "--primary-only");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: Unknown together model");
  }

  @Test
  void catalogPrices_showsEachCardsTier() {
    JsonNode j = CliRun.of("catalog", "prices", "--filter", "gemini-2.0-flash-lite", "--json")
        .json();
    assertThat(j.get("entries").findValues("tier")).extracting(JsonNode::asText)
        .contains("PRIMARY", "SECONDARY");
  }

  @Test
  void catalogDiff_listsDisagreementsWithBothValuesAndSources() {
    JsonNode j = CliRun.of("catalog", "diff", "--filter", "claude-sonnet-5", "--at",
        "2026-12-01", "--json").json();
    JsonNode input = null;
    for (JsonNode e : j.get("entries")) {
      if (e.get("provider").asText().equals("anthropic") && e.get("field").asText()
          .equals("input")) {
        input = e;
      }
    }
    assertThat(input).isNotNull();
    assertThat(input.get("primary").asText()).isEqualTo("USD 2 per 1M");
    assertThat(input.get("secondary").asText()).isEqualTo("USD 3 per 1M");
    assertThat(input.get("secondarySource").asText()).contains("genai-prices");
    assertThat(input.get("primarySource").asText()).startsWith("https://platform.claude.com");
  }

  @Test
  void apiCost_cachedBeyondInput_isBadInput() {
    CliRun run = CliRun.of("api-cost", "--provider", "anthropic", "--model", "claude-sonnet-4",
        "--input", "10", "--cached-input", "20", "--output", "1");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("20").contains("10");
  }

  //-----------------------------------------------------------------------
  // compare
  //-----------------------------------------------------------------------
  @Test
  void compare_selfHostedAgainstApis_givesBreakEven() {
    JsonNode j = CliRun.of("compare", "--model", "llama-3.3-70b", "--gpu", "h100", "--gpus",
        "8", "--offer", "digitalocean-gpu-h100x8-on-demand", "--api",
        "groq:llama-3.3-70b-versatile", "--input", "1000", "--output", "300",
        "--requests-per-second", "5", "--json").json();
    assertThat(j.get("selfHosted").get("perRequest").get("amount").asText()).isNotEmpty();
    JsonNode groq = j.get("apis").get(0);
    // Groq: 1,000 x 0.59/1e6 + 300 x 0.79/1e6 = 0.00059 + 0.000237 = USD 0.000827
    assertThat(groq.get("perRequest").get("amount").asText()).isEqualTo("0.000827");
    assertThat(groq.has("breakEvenRequestsPerMonth") || groq.has("breakEven")).isTrue();
    assertThat(groq.get("monthly").get("amount").asText()).isNotEmpty();
  }

  @Test
  void compare_malformedApi_isBadInput() {
    CliRun run = CliRun.of("compare", "--model", "llama-3.1-8b", "--gpu", "h100",
        "--price-per-device-hour", "3", "--api", "groq", "--input", "10", "--output", "10");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("PROVIDER:MODEL");
  }

  //-----------------------------------------------------------------------
  // plan
  //-----------------------------------------------------------------------
  @Test
  void plan_ranksFeasibleChoicesByMonthlyCost() {
    JsonNode j = CliRun.of("plan", "--model", "llama-3.1-8b", "--requests-per-second", "5",
        "--input", "1000", "--output", "300", "--ttft", "2s", "--tpot", "100ms", "--api",
        "groq:llama-3.3-70b-versatile", "--json").json();
    assertThat(j.get("candidates").asInt()).isPositive();
    JsonNode choices = j.get("choices");
    assertThat(choices.size()).isPositive();
    for (int i = 1; i < choices.size(); i++) {
      assertThat(new BigDecimal(choices.get(i).get("monthlyCost").get("amount")
          .asText())).isGreaterThanOrEqualTo(new BigDecimal(choices.get(i - 1)
          .get("monthlyCost").get("amount").asText()));
    }
    assertThat(j.get("paretoFront").size()).isPositive();
    assertThat(j.get("selfHostedVsApi").has("selfHostingCheaper")).isTrue();
  }

  @Test
  void plan_offersOfTheNewProviders_areCandidatesWithTheirTier() {
    JsonNode j = CliRun.of("plan", "--model", "llama-3.1-8b", "--requests-per-second", "5",
        "--input", "1000", "--output", "300", "--offer", "lambda-a100-sxm-80gb-8x-on-demand",
        "--offer", "gcp-a2-ultragpu-8g-us-central1-on-demand", "--offer",
        "together-gpu-clusters-hgx-h200-on-demand", "--gpus", "1,2", "--json").json();
    assertThat(j.get("feasible").asInt()).isPositive();
    java.util.Set<String> tiers = new java.util.HashSet<>();
    for (JsonNode choice : j.get("choices")) {
      tiers.add(choice.get("tier").asText());
    }
    assertThat(tiers).containsExactlyInAnyOrder("PRIMARY", "SECONDARY");
  }

  @Test
  void plan_infeasibleTargets_giveAnEmptyPlanWithReasons() {
    CliRun run = CliRun.of("plan", "--model", "llama-3.1-70b", "--requests-per-second", "5",
        "--input", "1000", "--output", "300", "--tpot", "0.1ms", "--json");
    assertThat(run.exitCode).isZero();
    JsonNode j = run.json();
    assertThat(j.get("feasible").asInt()).isZero();
    assertThat(j.get("choices").size()).isZero();
    assertThat(j.get("rejectionCounts").has("MISSES_TPOT")).isTrue();
    assertThat(j.get("rejections").get(0).get("message").asText()).isNotBlank();
  }

  @Test
  void plan_isoTime_isTheSameTarget() {
    // the ISO-8601 form the error message suggests is accepted beside 2s and 100ms
    CliRun iso = CliRun.of("plan", "--model", "llama-3.1-8b", "--requests-per-second", "5",
        "--input", "1000", "--output", "300", "--ttft", "PT2S", "--tpot", "PT0.1S", "--json");
    CliRun shortForm = CliRun.of("plan", "--model", "llama-3.1-8b", "--requests-per-second", "5",
        "--input", "1000", "--output", "300", "--ttft", "2s", "--tpot", "100ms", "--json");
    assertThat(iso.exitCode).isZero();
    assertThat(iso.out).isEqualTo(shortForm.out);
  }

  @Test
  void plan_badTime_isBadInput() {
    CliRun run = CliRun.of("plan", "--model", "llama-3.1-8b", "--requests-per-second", "5",
        "--input", "1000", "--output", "300", "--ttft", "soon");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--ttft");
  }

  //-----------------------------------------------------------------------
  // catalog
  //-----------------------------------------------------------------------
  @Test
  void catalogAccelerators_h100_showsSourcedFigures() {
    JsonNode j = CliRun.of("catalog", "accelerators", "--filter", "h100 sxm", "--json").json();
    JsonNode h100 = j.get("entries").get(0);
    assertThat(h100.get("id").asText()).isEqualTo("nvidia-h100-sxm");
    assertThat(h100.get("memoryBytes").asLong()).isEqualTo(80L << 30);
    assertThat(h100.get("memoryBandwidth").asText()).isEqualTo("3.35 TB/s");
    assertThat(h100.get("densePeak").get("BF16").asText()).isEqualTo("989 TFLOP/s");
    assertThat(h100.get("thermalDesignPower").asText()).isEqualTo("700 W");
    assertThat(h100.get("sources").get(0).get("url").asText()).startsWith("http");
  }

  @Test
  void catalogOfEveryKind_listsEntriesWithSourcesAndDates() {
    for (String kind : new String[] {"accelerators", "clouds", "prices", "models"}) {
      JsonNode j = CliRun.of("catalog", kind, "--json").json();
      assertThat(j.get("count").asInt()).as(kind).isPositive();
    }
    JsonNode offer = CliRun.of("catalog", "clouds", "--filter", "digitalocean-gpu-h100x1",
        "--json").json().get("entries").get(0);
    assertThat(offer.get("price").get("amount").asText()).isEqualTo("3.39");
    assertThat(offer.get("source").get("read").asText()).isEqualTo("2026-11-27");
  }

  @Test
  void catalogClouds_nineProvidersEachOfferWithItsTierAndDate() {
    JsonNode entries = CliRun.of("catalog", "clouds", "--json").json().get("entries");
    java.util.Set<String> providers = new java.util.TreeSet<>();
    for (JsonNode offer : entries) {
      providers.add(offer.get("provider").asText());
      assertThat(offer.get("tier").asText()).isIn("PRIMARY", "SECONDARY");
      assertThat(offer.get("source").get("read").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    assertThat(providers).containsExactly("AWS", "Azure", "CoreWeave", "DigitalOcean",
        "Google Cloud", "Lambda", "Nebius", "RunPod", "Together AI");
    JsonNode primary = CliRun.of("catalog", "clouds", "--primary-only", "--json").json();
    assertThat(primary.get("count").asInt()).isEqualTo(57);
  }

  @Test
  void catalogAccelerators_tierOfEachFigure() {
    JsonNode l40s = CliRun.of("catalog", "accelerators", "--filter", "l40s", "--json").json()
        .get("entries").get(0);
    assertThat(l40s.get("tiers").get("densePeak.BF16").asText()).isEqualTo("PRIMARY");
    assertThat(l40s.get("tiers").get("densePeak.FP16").asText()).isEqualTo("SECONDARY");
    assertThat(l40s.get("sources").get(0).get("tier").asText()).isEqualTo("PRIMARY");
  }

  @Test
  void catalog_unknownKind_isBadInput() {
    assertThat(CliRun.of("catalog", "gpus").exitCode).isEqualTo(2);
  }

  //-----------------------------------------------------------------------
  // common
  //-----------------------------------------------------------------------
  @Test
  void help_onEveryCommand_exitsZero() {
    for (String command : new String[] {"memory", "perf", "cost", "api-cost", "compare", "plan",
        "catalog"}) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode).as(command).isZero();
      assertThat(run.out).as(command).contains("Usage:");
    }
    assertThat(CliRun.of("--help").out).contains("memory", "compare", "api-cost");
  }

  @Test
  void unknownAccelerator_suggestsNearestNames() {
    CliRun run = CliRun.of("memory", "--model", "llama-3.1-8b", "--gpu", "h900");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: Unknown accelerator 'h900'");
  }

  @Test
  void unknownModel_suggestsNearestNames() {
    CliRun run = CliRun.of("memory", "--model", "llama-3.1-7b");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.trim())
        .isEqualTo("error: Unknown model 'llama-3.1-7b' (did you mean: llama-3.1-70b, "
            + "llama-3.1-8b, llama-2-7b?)");
  }

  @Test
  void missingRequiredOption_isBadInput() {
    CliRun run = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "h100");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--input");
  }

  @Test
  void negativeInput_isBadInput() {
    CliRun run = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "-1",
        "--output", "10");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.trim()).isEqualTo(
        "error: --input must be a whole number in [0, 1000000000]: '-1'");
  }

  @Test
  void missingCatalogFigure_isBadInputNamingTheFigureAndTheOption() {
    // H100 NVL: no source read gives a dense peak
    CliRun run = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "h100-nvl", "--input",
        "10", "--output", "10");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("densePeak.BF16", "--dense-peak BF16=RATE");
    // with --primary-only its bandwidth, from a third-party table only, is missing too
    CliRun primary = CliRun.of("perf", "--model", "llama-3.1-8b", "--gpu", "h100-nvl",
        "--input", "10", "--output", "10", "--primary-only");
    assertThat(primary.exitCode).isEqualTo(2);
    assertThat(primary.err).contains("memory bandwidth", "--memory-bandwidth");
  }
}
