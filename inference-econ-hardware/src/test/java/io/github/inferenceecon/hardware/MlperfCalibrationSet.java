/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.workload.LengthDistribution;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The MLPerf Inference calibration set (the test resource {@code calibration/mlperf-rows.json},
 * see its README), each row turned into what the performance model needs to predict it.
 *
 * <p>The rules below are the same for every row; none is tuned to a row. A row the model cannot
 * estimate is kept with the reason ({@link Case#skipped()}).
 * <ul>
 *   <li><b>Model</b>: the benchmark's architecture from {@link KnownArchitectures}
 *       (llama2-70b-99/-99.9 are Llama-2-70B).
 *   <li><b>Accelerator</b>: the row's accelerator family, looked up in the bundled accelerator
 *       catalog. A family the catalog lacks, or whose entry lacks a figure the estimate needs
 *       (memory, bandwidth, the compute format's dense peak, a scale-up link with a direction
 *       for a layout over several devices), is skipped with the reason.
 *   <li><b>Weights</b>: {@code config_precision} where the submitter's config gives it (AMD's
 *       {@code quark} names the quantiser, so the weight type is read instead), else
 *       {@code weight_data_types}. {@code fp16} with a "quantization" transformation was
 *       quantised to a type the row does not state; like a row that states no type (the v5.0
 *       rows), it takes the type most rows of its accelerator family and benchmark state
 *       (counting {@code fp16} as FP8, the v4.1 NVIDIA recipe of README caveat 4). FP4 is NVFP4 on
 *       NVIDIA and MXFP4 on AMD; {@code mxfp4} is MXFP4.
 *   <li><b>KV cache</b>: {@code kv_cache_dtype} where given; else FP8, the only KV type any row
 *       of the set states.
 *   <li><b>Compute</b>: the weights' format where the accelerator has a dense peak for it, else
 *       the narrowest wider format it has (MXFP4 weights on H200 compute in FP8).
 *   <li><b>Layout</b>: the config's tensor-, pipeline- and expert-parallel degrees where it gives
 *       one value each. Attention is tensor-parallel, except for a model with multi-head latent
 *       attention, whose attention runs data-parallel over the tensor-parallel group with at most
 *       {@value #LATENT_BATCH_PER_RANK} sequences per device ({@link #latentAttentionLayout}).
 *       Otherwise (no config, or several values) the smallest tensor-parallel
 *       degree within a node whose weights take at most half of a device's memory, as every
 *       layout a config states does; failing that, the node's devices in tensor parallel and
 *       the fewest pipeline stages over nodes that do, with 400 Gb/s InfiniBand per GPU between
 *       nodes ({@link #SCALE_OUT}). Replicas fill the row's accelerators.
 *   <li><b>Workload</b>: the benchmark's mean input tokens (log-normal, with the sigma that puts
 *       its 90th percentile where the dataset's is) and the run's own mean output per sample
 *       (the benchmark's reference mean where the run does not give it). A benchmark with no
 *       published mean input (gpt-oss-120b) is skipped, and so are the DeepSeek-R1 Interactive
 *       rows of v6.0, whose rules permit speculative decoding (README caveat 6).
 *   <li><b>Scenario</b>: Offline is {@link PerformanceModel#offline}; Server and Interactive are
 *       {@link PerformanceModel#atCapacity} at the row's p99 TTFT and TPOT limits.
 * </ul>
 */
final class MlperfCalibrationSet {

  static final String RESOURCE = "calibration/mlperf-rows.json";

  private MlperfCalibrationSet() {}

  /** One calibration row as read from the resource. */
  record Row(String id, String round, String submitter, String systemName, String family,
      int acceleratorsPerNode, int nodes, int accelerators, String benchmark, boolean moe, String scenario,
      Optional<String> weightType, Optional<String> transformations,
      Optional<String> configPrecision, Optional<String> kvType, Optional<Integer> tp,
      Optional<Integer> pp, Optional<Integer> ep, boolean parallelismAmbiguous,
      Optional<String> software, double tokensPerSecond, double outputPerSample,
      Optional<Double> ttftLimitMs, Optional<Double> tpotLimitMs,
      Optional<Double> measuredTtftMeanMs, Optional<Double> measuredTpotMeanMs,
      String source) {

    /** Returns the model family, such as {@code llama2-70b}. */
    String model() {
      return benchmark.replace("-99.9", "").replace("-99", "");
    }

    boolean isOffline() {
      return scenario.equals("Offline");
    }
  }

  /** A benchmark's token lengths. */
  record Workload(Optional<Double> meanInput, Optional<Double> p90Input,
      Optional<Double> referenceOutput) {}

  /** A row made ready for the model, or skipped with a reason. */
  record Case(Row row, Optional<Deployment> deployment, Optional<TrafficProfile> traffic,
      Optional<ServiceLevelTargets> targets, Optional<String> skipped, String regimeFormat) {

    /**
     * Predicts the row's throughput in output tokens per second for the whole system, NaN if
     * the model finds the targets unreachable. Where the layout has an engine batch
     * ({@link MlperfCalibrationSet#engineBatch}), Offline runs that many sequences (or the memory
     * limit, if lower) and Server cannot exceed that Offline rate.
     */
    double predict(PerformanceModel model) {
      Deployment d = deployment.orElseThrow();
      TrafficProfile t = traffic.orElseThrow();
      try {
        Optional<Integer> batch = engineBatch(d);
        double offline = batch.isPresent()
            ? model.atConcurrency(d, t.meanRequest(), batch.get()).outputThroughput()
                .tokensPerSecond()
            : Double.POSITIVE_INFINITY;
        if (row.isOffline()) {
          return batch.isPresent() ? offline
              : model.offline(d, t.meanRequest()).outputThroughput().tokensPerSecond();
        }
        return Math.min(offline, model.atCapacity(d, t, targets.orElseThrow())
            .outputThroughput().tokensPerSecond());
      } catch (IllegalArgumentException e) {
        return Double.NaN;
      }
    }

    boolean isEstimable() {
      return skipped.isEmpty();
    }
  }

  private static final Map<String, String> MODELS = Map.of(
      "llama2-70b", "llama-2-70b",
      "llama3.1-405b", "llama-3.1-405b",
      "llama3.1-8b", "llama-3.1-8b",
      "mixtral-8x7b", "mixtral-8x7b",
      "deepseek-r1", "deepseek-r1",
      "gpt-oss-120b", "gpt-oss-120b");

  private static final Map<String, String> ACCELERATORS = Map.ofEntries(
      Map.entry("H100-SXM", "nvidia-h100-sxm"),
      Map.entry("H100-PCIe", "nvidia-h100-pcie"),
      Map.entry("H100-NVL", "nvidia-h100-nvl"),
      Map.entry("H200-SXM", "nvidia-h200-sxm"),
      Map.entry("H200-NVL", "nvidia-h200-nvl"),
      Map.entry("B200-SXM", "nvidia-b200"),
      Map.entry("GB200", "nvidia-gb200"),
      Map.entry("B300-SXM", "nvidia-b300"),
      Map.entry("GB300", "nvidia-gb300"),
      Map.entry("MI300X", "amd-mi300x"),
      Map.entry("MI325X", "amd-mi325x"),
      Map.entry("MI350X", "amd-mi350x"),
      Map.entry("MI355X", "amd-mi355x"));

  /** The rows of the resource, in id order. */
  static List<Row> rows() {
    return read().rows;
  }

  /** Every row made ready for the model, with the bundled catalog's accelerators. */
  static List<Case> cases() {
    Data data = read();
    AcceleratorCatalog catalog = AcceleratorCatalog.bundled();
    MemoryEstimator memory = MemoryEstimator.defaults();
    Map<String, String> modeWeights = modeWeightTypes(data.rows);
    List<Case> cases = new ArrayList<>();
    for (Row row : data.rows) {
      cases.add(prepare(row, data.workloads.get(row.model()), catalog, memory, modeWeights));
    }
    return Collections.unmodifiableList(cases);
  }

  private static Case prepare(Row row, Workload workload, AcceleratorCatalog catalog,
      MemoryEstimator memory, Map<String, String> modeWeights) {
    String id = ACCELERATORS.get(row.family());
    Optional<AcceleratorEntry> entry = id == null ? Optional.empty() : catalog.find(id);
    if (entry.isEmpty()) {
      return skip(row, "accelerator family " + row.family() + " is not in the catalog");
    }
    Optional<AcceleratorSpec> spec = entry.get().spec();
    if (spec.isEmpty()) {
      return skip(row, row.family() + " lacks memory or bandwidth in the catalog");
    }
    AcceleratorSpec acc = spec.get();
    if (workload == null || workload.meanInput().isEmpty()) {
      return skip(row, row.model() + " has no published mean input length");
    }
    if (row.model().equals("deepseek-r1") && row.scenario().equals("Interactive")
        && row.round().equals("v6.0")) {
      return skip(row, "speculative decoding is permitted (MTP/EAGLE, README caveat 6), with "
          + "no published acceptance rate");
    }
    ModelArchitecture model = KnownArchitectures.get(MODELS.get(row.model()));
    String weightType = weightType(row, modeWeights);
    NumericFormat weights = numericFormat(weightType, acc.vendor());
    Optional<ComputeFormat> compute = computeFormat(weights.computeFormat(), acc);
    if (compute.isEmpty()) {
      return skip(row, row.family() + " has no dense peak for " + weights.computeFormat()
          + " or a wider format");
    }
    NumericFormat activations = activationFormat(compute.get());
    NumericFormat kv = row.kvType().map(k -> numericFormat(k, acc.vendor()))
        .orElse(NumericFormat.FP8_E4M3);
    Precision precision = Precision.of(weights, kv, activations);
    double input = workload.meanInput().get();
    double perSample = Double.isNaN(row.outputPerSample())
        ? workload.referenceOutput().orElse(Double.NaN) : row.outputPerSample();
    if (Double.isNaN(perSample)) {
      return skip(row, "neither the run nor the benchmark gives a mean output length");
    }
    long output = Math.max(2, Math.round(perSample));
    Deployment deployment;
    try {
      deployment = layout(row, model, acc, precision, memory, Math.round(input) + output);
    } catch (IllegalArgumentException e) {
      return skip(row, e.getMessage());
    }
    if (deployment == null) {
      return skip(row, "no tensor-parallel degree up to 8 holds " + model.name() + " on "
          + row.family());
    }
    if (deployment.devicesPerReplica() > 1 && acc.scaleUp().isEmpty()) {
      return skip(row, row.family() + " has no scale-up link with a known direction in the "
          + "catalog, which a layout over " + deployment.devicesPerReplica() + " devices needs");
    }
    double sigma = logNormalSigma(input, workload.p90Input().orElse(input));
    LengthDistribution in = sigma > 0 ? LengthDistribution.logNormal(input, sigma)
        : LengthDistribution.fixed(Math.round(input));
    TrafficProfile traffic = TrafficProfile.builder().requestsPerSecond(1)
        .inputLength(in).outputLength(LengthDistribution.fixed(output)).build();
    Optional<ServiceLevelTargets> targets = Optional.empty();
    if (!row.isOffline()) {
      if (row.ttftLimitMs().isEmpty() || row.tpotLimitMs().isEmpty()) {
        return skip(row, "server row without TTFT/TPOT limits");
      }
      targets = Optional.of(ServiceLevelTargets.of(
          Duration.ofNanos(Math.round(row.ttftLimitMs().get() * 1e6)),
          Duration.ofNanos(Math.round(row.tpotLimitMs().get() * 1e6)), 0.99));
    }
    return new Case(row, Optional.of(deployment), Optional.of(traffic), targets,
        Optional.empty(), compute.get().toString());
  }

  private static Case skip(Row row, String reason) {
    return new Case(row, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(reason), "");
  }

  /** The layout: the config's degrees, or the smallest tensor-parallel degree that fits. */
  private static Deployment layout(Row row, ModelArchitecture model, AcceleratorSpec acc,
      Precision precision, MemoryEstimator memory, long context) {
    int total = row.accelerators();
    if (row.tp().isPresent() && !row.parallelismAmbiguous()) {
      int tp = row.tp().get();
      int pp = row.pp().orElse(1);
      int ep = row.ep().orElse(1);
      Deployment d = build(model, acc, precision, tp, pp, ep, Math.max(1, total / (tp * pp)));
      return model.latentAttention().isPresent() && tp > 1
          ? Deployment.builder().from(d).attentionDataParallel(true).build() : d;
    }
    // the smallest tensor-parallel degree within a node whose weights take at most half of a
    // device's memory, as every layout the set's configs state does; failing that, the node's
    // devices in tensor parallel and the fewest pipeline stages over nodes that do
    long half = acc.memory().toBytes() / 2;
    int perNode = Math.min(row.acceleratorsPerNode(), total);
    for (int tp = 1; tp <= Math.min(8, perNode); tp *= 2) {
      if (!MemoryEstimator.validTensorParallel(model, tp)) {
        continue;
      }
      Deployment d = build(model, acc, precision, tp, 1, 1, Math.max(1, total / tp));
      if (memory.weightsPerDevice(d).toBytes() <= half && memory.estimate(d, context, 1).fits()) {
        return d;
      }
    }
    for (int pp = 2; pp <= row.nodes(); pp *= 2) {
      Deployment d = Deployment.builder().from(build(model, acc, precision, perNode, pp, 1,
          Math.max(1, total / (perNode * pp)))).scaleOut(SCALE_OUT).build();
      if (memory.weightsPerDevice(d).toBytes() <= half && memory.estimate(d, context, 1).fits()) {
        return d;
      }
    }
    return null;
  }

  /**
   * The most sequences one device of an attention-data-parallel layout of a latent-attention
   * model runs at once. Every DeepSeek-R1 config of the set's rounds that was read runs the
   * model with {@code 'enable_attention_dp': True} beside {@code tensor_parallelism: 8} and
   * {@code moe_expert_parallelism: 8}, and {@code gpu_batch_size} 512 per rank (the largest of
   * its {@code cuda_graph_batch_sizes}): mlcommons inference_results_v5.1
   * {@code closed/NVIDIA/configs/B200-SXM-180GBx8/Offline/deepseek-r1.py} (read through the fork
   * ykamiset/inference_results_v5.1 at e9ccad4) and inference_results_v6.0
   * {@code closed/Cisco/configs/C880A_M8_B300_288GBx8_TRT/Offline/deepseek-r1.py} (fork
   * gbeezybez/inference_results_v6.0 at ab33b21). TensorRT-LLM's own max-throughput recipes
   * for DeepSeek-R1 on B200 and H200 do the same ({@code --tp 8 --ep 8},
   * {@code enable_attention_dp: true}; NVIDIA/TensorRT-LLM
   * docs/source/blogs/Best_perf_practice_on_DeepSeek-R1_in_TensorRT-LLM.md). The reason is
   * physical: latent attention caches one latent per token for all heads, so tensor
   * parallelism, which splits heads, would hold and read the whole cache on every rank.
   */
  static final int LATENT_BATCH_PER_RANK = 512;

  /**
   * The most sequences a replica runs at once where a layout rule gives it: for an
   * attention-data-parallel layout, {@link #LATENT_BATCH_PER_RANK} per attention rank; else
   * empty (memory alone limits the batch).
   */
  static Optional<Integer> engineBatch(Deployment d) {
    return d.isAttentionDataParallel()
        ? Optional.of(LATENT_BATCH_PER_RANK * d.attentionShards()) : Optional.empty();
  }

  /**
   * The network between nodes of a multi-node layout: 400 Gb/s per GPU each way, the compute
   * links of NVIDIA's reference DGX H100 and B200 systems ("InfiniBand: Compute links: 8x 400
   * Gbit/s", NVIDIA/exemplar-performance README at 97b1fd4). The rows do not state their
   * systems' networks.
   */
  static final Interconnect SCALE_OUT = Interconnect.of("InfiniBand NDR (400 Gb/s per GPU)",
      ByteRate.ofGigabytesPerSecond(50), BandwidthBasis.PER_DIRECTION);

  private static Deployment build(ModelArchitecture model, AcceleratorSpec acc,
      Precision precision, int tp, int pp, int ep, int replicas) {
    return Deployment.builder().model(model).accelerator(acc).precision(precision)
        .tensorParallel(tp).pipelineParallel(pp).expertParallel(ep)
        .replicas(replicas).build();
  }

  /** The sigma of a log-normal with a mean and a 90th percentile (0 if p90 is not above). */
  static double logNormalSigma(double mean, double p90) {
    // mean = exp(mu + s^2/2), p90 = exp(mu + z s): s^2/2 - z s + ln(p90/mean) = 0
    double z = 1.2815515655446004;
    double c = Math.log(p90 / mean);
    double disc = z * z - 2 * c;
    if (c <= 0 || disc < 0) {
      return 0;
    }
    return z - Math.sqrt(disc);
  }

  private static String weightType(Row row, Map<String, String> modeWeights) {
    Optional<String> config = row.configPrecision().filter(c -> !c.equals("quark"));
    if (config.isPresent()) {
      return config.get();
    }
    Optional<String> stated = row.weightType();
    if (stated.isPresent() && stated.get().equals("fp16")
        && row.transformations().orElse("").contains("quantization")) {
      // quantised from the FP16 checkpoint to a type the row does not state
      return modeWeights.get(row.family() + "/" + row.model());
    }
    return stated.orElseGet(() -> modeWeights.get(row.family() + "/" + row.model()));
  }

  /** The weight type most rows of each accelerator family and model state. */
  private static Map<String, String> modeWeightTypes(List<Row> rows) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Row r : rows) {
      r.weightType().ifPresent(w -> counts.computeIfAbsent(r.family() + "/" + r.model(),
          k -> new HashMap<>()).merge(w.equals("fp16") ? "fp8" : w, 1, Integer::sum));
    }
    Map<String, String> mode = new HashMap<>();
    counts.forEach((k, v) -> mode.put(k, v.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .orElseThrow().getKey()));
    return mode;
  }

  private static NumericFormat numericFormat(String type, String vendor) {
    switch (type.toLowerCase(Locale.ROOT)) {
      case "fp4":
        return vendor.equals("AMD") ? NumericFormat.MXFP4 : NumericFormat.NVFP4;
      case "mxfp4":
        return NumericFormat.MXFP4;
      case "fp8":
        return NumericFormat.FP8_E4M3;
      case "fp16":
        return NumericFormat.FP16;
      case "bf16":
        return NumericFormat.BF16;
      default:
        throw new IllegalArgumentException("Unknown MLPerf data type '" + type + "'");
    }
  }

  private static final List<ComputeFormat> WIDER = List.of(ComputeFormat.FP4, ComputeFormat.FP8,
      ComputeFormat.BF16, ComputeFormat.FP16);

  private static Optional<ComputeFormat> computeFormat(ComputeFormat wanted, AcceleratorSpec a) {
    int from = WIDER.indexOf(wanted);
    for (int i = Math.max(from, 0); i < WIDER.size(); i++) {
      if (a.supports(WIDER.get(i))) {
        return Optional.of(WIDER.get(i));
      }
    }
    return Optional.empty();
  }

  private static NumericFormat activationFormat(ComputeFormat f) {
    switch (f) {
      case FP4:
        return NumericFormat.NVFP4;
      case FP8:
        return NumericFormat.FP8_E4M3;
      case FP16:
        return NumericFormat.FP16;
      default:
        return NumericFormat.BF16;
    }
  }

  //-----------------------------------------------------------------------
  private record Data(List<Row> rows, Map<String, Workload> workloads) {}

  private static Data cached;

  private static synchronized Data read() {
    if (cached == null) {
      try (InputStream in = MlperfCalibrationSet.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Missing test resource " + RESOURCE);
        }
        cached = parse(new ObjectMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cached;
  }

  private static Data parse(JsonNode root) {
    Map<String, Workload> workloads = new HashMap<>();
    root.get("workloads").fields().forEachRemaining(e -> {
      Workload w = new Workload(number(e.getValue(), "mean_input_tokens"),
          number(e.getValue(), "p90_input_tokens"),
          number(e.getValue(), "mean_output_tokens_reference"));
      for (String name : e.getKey().split(" / ")) {
        workloads.put(name.replace("-99.9", "").replace("-99", ""), w);
      }
    });
    List<Row> rows = new ArrayList<>();
    for (JsonNode r : root.get("rows")) {
      JsonNode par = r.get("parallelism");
      Optional<Integer> tp = degree(par, "tensor_parallelism");
      Optional<Integer> pp = degree(par, "pipeline_parallelism");
      Optional<Integer> ep = degree(par, "moe_expert_parallelism");
      boolean ambiguous = several(par, "tensor_parallelism")
          || several(par, "pipeline_parallelism") || several(par, "moe_expert_parallelism");
      rows.add(new Row(r.get("id").asText(), r.get("round").asText(),
          r.get("submitter").asText(), r.get("system_name").asText(),
          r.get("accelerator_family").asText(), r.get("accelerators_per_node").asInt(),
          r.get("nodes").asInt(),
          r.get("total_accelerators_derived").asInt(), r.get("benchmark").asText(),
          r.get("is_moe").asBoolean(), r.get("scenario").asText(), text(r, "weight_data_types"),
          text(r, "weight_transformations"), configPrecision(r), text(r, "kv_cache_dtype"), tp,
          pp, ep, ambiguous, text(r, "software"), r.get("value_tokens_per_s").asDouble(),
          number(r, "output_tokens_per_sample_derived").orElse(Double.NaN),
          number(r, "server_ttft_constraint_ms"), number(r, "server_tpot_constraint_ms"),
          number(r, "measured_ttft_mean_ms"), number(r, "measured_tpot_mean_ms"),
          r.get("source").asText()));
    }
    return new Data(Collections.unmodifiableList(rows), workloads);
  }

  private static Optional<String> configPrecision(JsonNode r) {
    JsonNode c = r.get("config_precision");
    return c == null || c.isNull() || c.size() == 0 ? Optional.empty()
        : Optional.of(c.get(0).asText());
  }

  private static Optional<Integer> degree(JsonNode par, String key) {
    if (par == null || par.isNull() || !par.has(key) || par.get(key).size() == 0) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(par.get(key).get(0).asText()));
  }

  private static boolean several(JsonNode par, String key) {
    return par != null && !par.isNull() && par.has(key) && par.get(key).size() > 1;
  }

  private static Optional<String> text(JsonNode r, String key) {
    JsonNode v = r.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static Optional<Double> number(JsonNode r, String key) {
    JsonNode v = r.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asDouble());
  }
}
