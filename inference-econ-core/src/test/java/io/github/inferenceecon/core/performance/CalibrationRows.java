/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.B200;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H200_SXM;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.MI300X;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.time.Duration;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Every performance row of the project's {@code measured_calibration.json}
 * (/work/shared/reference), with how the model predicts it. Shared by the validation test and
 * by anyone re-running the calibration.
 *
 * <p>Assumptions, the same for every row of a kind (never tuned per row):
 * <ul>
 *   <li>MLPerf Llama-2-70B (OpenOrca): the summaries give the output tokens per sample (about
 *       292); the mean prompt is not stated there and no public figure was found, so it is
 *       taken equal to the output ({@link #MLPERF_PROMPT}). Precision is not stated in the
 *       summaries; NVIDIA's configs (mlcommons/inference_results_v4.0 and v4.1
 *       closed/NVIDIA/configs/llama2-70b) set {@code use_fp8 = True}, so H100, H200 and MI300X run
 *       FP8 weights, activations and KV cache; B200's v4.1 preview ran FP4 (Tom's Hardware,
 *       2024-08-28, "Blackwell processor uses FP4 precision"), here NVFP4 weights and
 *       activations with an FP8 KV cache. Layouts: H100 tensor-parallel 2 x 4 replicas with a
 *       batch of 896 (Offline) per the v4.0 config; H200 one GPU per replica with a batch of 806
 *       (v4.1 Offline config); MI300X one GPU per replica (AMD's 1-GPU row shows the model fits
 *       one device), batch not stated so memory-limited. Server rows are compared as the
 *       throughput at the highest rate that meets MLPerf's llama2-70b constraints (TTFT 2 s,
 *       TPOT 200 ms at the 99th percentile), which is what a Server score measures.
 *   <li>vLLM CI (buildkite build 9515, H200): precision not shown, BF16 presumed (vLLM's
 *       default). "Llama-3-70B" uses llama-3.1-70b, the same shapes (only the context length
 *       and RoPE scaling differ). Latency tests: 32 prompt and 128 output tokens at batch 8
 *       (vLLM's nightly-benchmark descriptions), predicted as one static batch's end-to-end
 *       latency. Throughput tests: 200 ShareGPT prompts at once; mean lengths 216.6 in and 196.5
 *       out from a vLLM ShareGPT run with the Llama-3 tokenizer
 *       (https://github.com/kubeai-project/kubeai/pull/341: 203,559 input and 184,674 generated
 *       tokens over 940 requests), predicted as 200 sequences in flight.
 * </ul>
 */
final class CalibrationRows {

  /** Assumed mean MLPerf prompt length (not published; taken equal to the output). */
  static final long MLPERF_PROMPT = 292;

  private CalibrationRows() {}

  /** One compared figure. */
  static final class Row {
    final String id;
    final String metric;
    final double measured;
    final boolean inBound;
    final String note;
    final ToDoubleFunction<PerformanceModel> predict;

    Row(String id, String metric, double measured, boolean inBound, String note,
        ToDoubleFunction<PerformanceModel> predict) {
      this.id = id;
      this.metric = metric;
      this.measured = measured;
      this.inBound = inBound;
      this.note = note;
      this.predict = predict;
    }

    /** The prediction, NaN if the model finds the measured load beyond capacity. */
    double predict(PerformanceModel model) {
      try {
        return predict.applyAsDouble(model);
      } catch (CapacityExceededException e) {
        return Double.NaN;
      }
    }
  }

  static final ModelArchitecture LLAMA_2_70B = KnownArchitectures.get("llama-2-70b");
  static final ModelArchitecture LLAMA_3_70B = KnownArchitectures.get("llama-3.1-70b");
  static final ModelArchitecture LLAMA_3_8B = KnownArchitectures.get("llama-3.1-8b");
  static final ModelArchitecture MIXTRAL = KnownArchitectures.get("mixtral-8x7b");

  static final Precision FP8 = Precision.uniform(NumericFormat.FP8_E4M3);
  static final Precision FP4 = Precision.of(NumericFormat.NVFP4, NumericFormat.FP8_E4M3,
      NumericFormat.NVFP4);

  static final ServiceLevelTargets MLPERF_LLAMA2 = ServiceLevelTargets.of(
      Duration.ofSeconds(2), Duration.ofMillis(200), 0.99);

  static Deployment deployment(ModelArchitecture m, AcceleratorSpec a, Precision p, int tp,
      int replicas) {
    return Deployment.builder().model(m).accelerator(a).precision(p).tensorParallel(tp)
        .replicas(replicas).build();
  }

  static Request mlperf(long output) {
    return Request.of(MLPERF_PROMPT, output);
  }

  static TrafficProfile mlperfTraffic(double rate, long output) {
    return TrafficProfile.fixed(rate, MLPERF_PROMPT, output);
  }

  static List<Row> rows() {
    Deployment h100 = deployment(LLAMA_2_70B, H100_SXM, FP8, 2, 4);
    Deployment h200 = deployment(LLAMA_2_70B, H200_SXM, FP8, 1, 8);
    Deployment b200 = deployment(LLAMA_2_70B, B200, FP4, 1, 1);
    Deployment mi300x8 = deployment(LLAMA_2_70B, MI300X, FP8, 1, 8);
    Deployment mi300x1 = deployment(LLAMA_2_70B, MI300X, FP8, 1, 1);
    Deployment v70 = deployment(LLAMA_3_70B, H200_SXM, Precision.bf16(), 4, 1);
    Deployment v8 = deployment(LLAMA_3_8B, H200_SXM, Precision.bf16(), 1, 1);
    Deployment vmix = deployment(MIXTRAL, H200_SXM, Precision.bf16(), 2, 1);
    Request latency = Request.of(32, 128);
    Request shareGpt = Request.of(217, 196);
    String tail = "tail-dominated: 200 prompts submitted at once finish when the longest"
        + " ShareGPT output does; a steady-state model does not represent that";
    String nearSaturation = "at the measured rate, which is near saturation, so the figure is"
        + " ill-conditioned";
    return List.of(
        new Row("MLPerf v4.0 H100x8 Offline", "output tok/s", 21805.8, true, "",
            m -> m.atConcurrency(h100, mlperf(292), 896).outputThroughput().tokensPerSecond()),
        new Row("MLPerf v4.0 H100x8 Server", "output tok/s at SLO", 20556.4, true, "",
            m -> m.atCapacity(h100, mlperfTraffic(1, 292), MLPERF_LLAMA2).outputThroughput()
                .tokensPerSecond()),
        new Row("MLPerf v4.0 H100x8 Server", "TTFT mean ms", 381.6, false, nearSaturation,
            m -> ms(m.serve(h100, mlperfTraffic(70.42, 292)).timeToFirstToken())),
        new Row("MLPerf v4.0 H100x8 Server", "TPOT mean ms", 136.8, false, nearSaturation,
            m -> ms(m.serve(h100, mlperfTraffic(70.42, 292)).timePerOutputToken())),
        new Row("MLPerf v4.1 H200x8 Offline", "output tok/s", 31302.7, true, "",
            m -> m.atConcurrency(h200, mlperf(291), 806).outputThroughput().tokensPerSecond()),
        new Row("MLPerf v4.1 H200x8 Server", "output tok/s at SLO", 29228.22, true, "",
            m -> m.atCapacity(h200, mlperfTraffic(1, 291), MLPERF_LLAMA2).outputThroughput()
                .tokensPerSecond()),
        new Row("MLPerf v4.1 H200x8 Server", "TTFT mean ms", 198.3, false, nearSaturation,
            m -> ms(m.serve(h200, mlperfTraffic(100.35, 291)).timeToFirstToken())),
        new Row("MLPerf v4.1 H200x8 Server", "TPOT mean ms", 123.3, false, nearSaturation,
            m -> ms(m.serve(h200, mlperfTraffic(100.35, 291)).timePerOutputToken())),
        new Row("MLPerf v4.1 B200x1 Offline", "output tok/s", 11264.4, true, "",
            m -> m.offline(b200, mlperf(274)).outputThroughput().tokensPerSecond()),
        new Row("MLPerf v4.1 MI300Xx8 Offline", "output tok/s", 23514.8, true, "",
            m -> m.offline(mi300x8, mlperf(293)).outputThroughput().tokensPerSecond()),
        new Row("MLPerf v4.1 MI300Xx8 Server", "output tok/s at SLO", 21028.23, true, "",
            m -> m.atCapacity(mi300x8, mlperfTraffic(1, 293), MLPERF_LLAMA2).outputThroughput()
                .tokensPerSecond()),
        new Row("MLPerf v4.1 MI300Xx8 Server", "TTFT mean ms", 1006.3, false, nearSaturation,
            m -> ms(m.serve(mi300x8, mlperfTraffic(71.74, 293)).timeToFirstToken())),
        new Row("MLPerf v4.1 MI300Xx8 Server", "TPOT mean ms", 143.1, false, nearSaturation,
            m -> ms(m.serve(mi300x8, mlperfTraffic(71.74, 293)).timePerOutputToken())),
        new Row("MLPerf v4.1 MI300Xx1 Offline", "output tok/s", 3062.72, true, "",
            m -> m.offline(mi300x1, mlperf(293)).outputThroughput().tokensPerSecond()),
        new Row("vLLM CI Llama-3-70B tp4 latency", "e2e ms", 2077.53, true, "",
            m -> ms(m.staticBatch(v70, latency, 8).endToEndLatency())),
        new Row("vLLM CI Llama-3.1-8B tp1 latency", "e2e ms", 833.421, true, "",
            m -> ms(m.staticBatch(v8, latency, 8).endToEndLatency())),
        new Row("vLLM CI Mixtral-8x7B tp2 latency", "e2e ms", 1917.44, true, "",
            m -> ms(m.staticBatch(vmix, latency, 8).endToEndLatency())),
        new Row("vLLM CI Llama-3-70B tp4 throughput", "requests/s", 9.83905, false, tail,
            m -> m.atConcurrency(v70, shareGpt, 200).requestsPerSecond()),
        new Row("vLLM CI Llama-3.1-8B tp1 throughput", "requests/s", 22.5674, false, tail,
            m -> m.atConcurrency(v8, shareGpt, 200).requestsPerSecond()),
        new Row("vLLM CI Mixtral-8x7B tp2 throughput", "requests/s", 8.06251, false, tail,
            m -> m.atConcurrency(vmix, shareGpt, 200).requestsPerSecond()));
  }

  static double ms(Duration d) {
    return Durations.toSeconds(d) * 1e3;
  }
}
