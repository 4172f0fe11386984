/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.architecture.HuggingFaceConfig;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.performance.DecodeEstimate;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A {@code config.json} at the edge of its documented ranges, imported and estimated (issue
 * 21's target: within range, every estimate finishes in milliseconds). The model is shaped like
 * Gemma-2-9B (hidden 3584, 16 heads of 256, 8 KV heads, local and global layers alternating,
 * window 4096) with {@link HuggingFaceConfig#MAX_COUNT} layers, the most a config may give; its
 * sliding-window pattern is one period whatever the layer count, so that no step does work per
 * layer. {@code layers} 42 is the real model, for comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ConfigRangeBenchmark {

  /** The accelerator the deployments run on. */
  static final String ACCELERATOR = "b200";
  /** The tokens of one sequence. */
  static final long CONTEXT = 8192;
  /** The sequences of a decode step. */
  static final int BATCH = 64;

  /** The layer count of the config. */
  @Param({"42", "65536"})
  public int layers;

  // Not final, so the JIT cannot fold the inputs into constants.
  String json;
  MemoryEstimator memory;
  PerformanceModel performance;
  Deployment deployment;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public ConfigRangeBenchmark() {}

  /**
   * Returns the text of a Gemma-2-9B-shaped config with a layer count.
   *
   * @param layers the layer count
   * @return the JSON, not null
   */
  static String config(int layers) {
    return "{\"model_type\":\"gemma2\",\"num_hidden_layers\":" + layers + ","
        + "\"hidden_size\":3584,\"num_attention_heads\":16,\"num_key_value_heads\":8,"
        + "\"head_dim\":256,\"intermediate_size\":14336,\"vocab_size\":256000,"
        + "\"max_position_embeddings\":8192,\"sliding_window\":4096,"
        + "\"torch_dtype\":\"bfloat16\"}";
  }

  /** Builds the config text and a deployment of its model across 8 x 64 devices. */
  @Setup
  public void setUp() {
    json = config(layers);
    memory = MemoryEstimator.defaults();
    performance = PerformanceModel.defaults();
    ModelArchitecture model = HuggingFaceConfig.parse(json, "gemma-2-shaped");
    int stages = Math.min(64, layers);
    deployment = Deployment.builder().model(model)
        .accelerator(HardwareCatalogs.bundled().accelerators().spec(ACCELERATOR))
        .tensorParallel(8).pipelineParallel(stages).build();
  }

  /**
   * Reads the config: every field checked against its range, the layer pattern built.
   *
   * @return the architecture, returned so the work is not eliminated
   */
  @Benchmark
  public ModelArchitecture importConfig() {
    return HuggingFaceConfig.parse(json, "gemma-2-shaped");
  }

  /**
   * Estimates where one device's memory goes for one sequence of {@value #CONTEXT} tokens.
   *
   * @return the estimate, returned so the work is not eliminated
   */
  @Benchmark
  public DeploymentMemory estimateMemory() {
    return memory.estimate(deployment, CONTEXT, 1);
  }

  /**
   * Estimates one decode step of {@value #BATCH} sequences at {@value #CONTEXT} tokens.
   *
   * @return the estimate, returned so the work is not eliminated
   */
  @Benchmark
  public DecodeEstimate decodeStep() {
    return performance.decodeStep(deployment, BATCH, CONTEXT);
  }
}
