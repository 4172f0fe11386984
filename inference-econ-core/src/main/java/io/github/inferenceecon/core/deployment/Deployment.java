/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.deployment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A model served on accelerators with a parallel layout and numeric formats, such as
 * 'Llama-3.1-70B in BF16 on 4 x H100 SXM, tensor-parallel 4'.
 *
 * <p>One replica of the model spans {@code tensorParallel x pipelineParallel} devices: tensor
 * parallelism splits every layer's heads and feed-forward columns across devices; pipeline
 * parallelism splits the layers into consecutive stages. {@link #replicas()} independent copies
 * (data parallelism) serve traffic side by side.
 *
 * <p>Rules checked at construction: the tensor-parallel degree divides the attention heads; it
 * divides the KV heads or is a multiple of them (KV heads are then replicated, as vLLM does);
 * the pipeline-parallel degree is at most the layer count.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeployment.class)
@JsonDeserialize(as = ImmutableDeployment.class)
public abstract class Deployment {

  Deployment() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableDeployment.builder();
  }

  /**
   * Builds a {@link Deployment}; model and accelerator are required.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(Deployment instance);

    /**
     * Sets the model. Required (see {@link Deployment#model() model}).
     *
     * @param model the model, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code model} is null
     */
    public abstract Builder model(ModelArchitecture model);

    /**
     * Sets the accelerator every device is. Required (see
     * {@link Deployment#accelerator() accelerator}).
     *
     * @param accelerator the accelerator, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code accelerator} is null
     */
    public abstract Builder accelerator(AcceleratorSpec accelerator);

    /**
     * Sets the tensor-parallel degree, 1 by default. Optional (see
     * {@link Deployment#tensorParallel() tensorParallel}).
     *
     * @param tensorParallel the degree, positive
     * @return this builder, not null
     */
    public abstract Builder tensorParallel(int tensorParallel);

    /**
     * Sets the pipeline-parallel degree (number of stages), 1 by default. Optional (see
     * {@link Deployment#pipelineParallel() pipelineParallel}).
     *
     * @param pipelineParallel the degree, positive
     * @return this builder, not null
     */
    public abstract Builder pipelineParallel(int pipelineParallel);

    /**
     * Sets the number of independent replicas, 1 by default. Optional (see
     * {@link Deployment#replicas() replicas}).
     *
     * @param replicas the count, positive
     * @return this builder, not null
     */
    public abstract Builder replicas(int replicas);

    /**
     * Sets the numeric formats of weights, KV cache and activations; by default the model's
     * checkpoint precision as the accelerator runs it. Optional (see
     * {@link Deployment#precision() precision}).
     *
     * @param precision the precision, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code precision} is null
     */
    public abstract Builder precision(Precision precision);

    /**
     * Builds the {@link Deployment}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link Deployment} (the
     *     message names the field, the value and the rule)
     */
    public abstract Deployment build();

    /**
     * Sets the parallel layout from a device count: the tensor- and pipeline-parallel degrees
     * of one replica, and as many replicas as fill the devices, {@code devices / (tp x pp)}.
     *
     * <p>For example 8 devices at tp 4 and pp 1 are 2 replicas; 6 devices at tp 4 are rejected.
     *
     * @param devices the devices of the whole deployment, positive
     * @param tensorParallel the tensor-parallel degree of a replica, positive
     * @param pipelineParallel the pipeline-parallel degree of a replica, positive
     * @return this builder, not null
     * @throws IllegalArgumentException if a figure is not positive, or the devices are not a
     *     multiple of {@code tp x pp}
     */
    public Builder layout(int devices, int tensorParallel, int pipelineParallel) {
      Checks.positive(pipelineParallel, "Pipeline-parallel degree");
      Checks.positive(devices, "Device count");
      Checks.positive(tensorParallel, "Tensor-parallel degree");
      int perReplica = Math.multiplyExact(tensorParallel, pipelineParallel);
      if (devices % perReplica != 0) {
        throw new IllegalArgumentException("Devices must be a multiple of tp x pp: " + devices
            + " devices, tp " + tensorParallel + ", pp " + pipelineParallel);
      }
      tensorParallel(tensorParallel);
      pipelineParallel(pipelineParallel);
      replicas(devices / perReplica);
      return this;
    }
  }

  /**
   * Obtains a single-replica deployment with tensor parallelism across all its devices, in the
   * model's checkpoint precision as the accelerator runs it (see {@link #precision()}).
   *
   * @param model the model, not null
   * @param accelerator the accelerator, not null
   * @param devices the number of devices, which is the tensor-parallel degree, positive
   * @return the deployment, not null
   * @throws IllegalArgumentException if the layout breaks a rule
   */
  public static Deployment of(ModelArchitecture model, AcceleratorSpec accelerator, int devices) {
    return builder().model(model).accelerator(accelerator).tensorParallel(devices).build();
  }

  /**
   * Returns the model.
   *
   * @return the model, not null
   */
  public abstract ModelArchitecture model();

  /**
   * Returns the accelerator every device is.
   *
   * @return the accelerator, not null
   */
  public abstract AcceleratorSpec accelerator();

  /**
   * Returns the tensor-parallel degree, 1 by default.
   *
   * @return the degree, positive
   */
  @Value.Default
  public int tensorParallel() {
    return 1;
  }

  /**
   * Returns the pipeline-parallel degree (number of stages), 1 by default.
   *
   * @return the degree, positive
   */
  @Value.Default
  public int pipelineParallel() {
    return 1;
  }

  /**
   * Returns the number of independent replicas, 1 by default.
   *
   * @return the count, positive
   */
  @Value.Default
  public int replicas() {
    return 1;
  }

  /**
   * Returns the numeric formats of weights, KV cache and activations; by default those the
   * model's checkpoint ships in ({@link ModelArchitecture#defaultPrecision()}: MXFP4 experts for
   * gpt-oss, FP8 with 128 x 128 block scales for DeepSeek-V3, BF16 for an architecture built by
   * hand), as the accelerator runs them ({@link AcceleratorSpec#runnablePrecision}: an FP8
   * checkpoint computes in BF16 on an accelerator without a dense FP8 peak).
   *
   * @return the precision, not null
   */
  @Value.Default
  public Precision precision() {
    return accelerator().runnablePrecision(model().defaultPrecision());
  }

  /**
   * Returns the number of devices one replica spans: tensor-parallel x pipeline-parallel.
   *
   * @return the count, positive
   */
  @JsonIgnore
  public int devicesPerReplica() {
    return tensorParallel() * pipelineParallel();
  }

  /**
   * Returns the number of devices of all replicas.
   *
   * @return the count, positive
   * @throws ArithmeticException if the count overflows an {@code int}
   */
  @JsonIgnore
  public int devices() {
    return Math.multiplyExact(devicesPerReplica(), replicas());
  }

  /**
   * Returns the KV heads each device holds: the KV heads divided by the tensor-parallel degree,
   * or 1 when the degree exceeds them (each KV head is then replicated).
   *
   * @return the KV heads per device, positive
   */
  @JsonIgnore
  public int kvHeadsPerDevice() {
    return Math.max(1, model().kvHeads() / tensorParallel());
  }

  /**
   * Returns a copy of this deployment with another precision.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param precision the precision, not null
   * @return the new instance, not null
   */
  public Deployment withPrecision(Precision precision) {
    return builder().from(this).precision(precision).build();
  }

  /**
   * Returns a copy of this deployment with another model.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param model the model, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the layout breaks a rule for the new model
   */
  public Deployment withModel(ModelArchitecture model) {
    return builder().from(this).model(model).build();
  }

  /**
   * Returns a copy of this deployment with another accelerator.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param accelerator the accelerator, not null
   * @return the new instance, not null
   */
  public Deployment withAccelerator(AcceleratorSpec accelerator) {
    return builder().from(this).accelerator(accelerator).build();
  }

  /**
   * Returns the text form, such as {@code Llama-3.1-70B on 4 x NVIDIA H100 SXM (tp=4, pp=1)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return model().name() + " on " + devices() + " x " + accelerator() + " (tp="
        + tensorParallel() + ", pp=" + pipelineParallel()
        + (replicas() > 1 ? ", replicas=" + replicas() : "") + "; " + precision() + ")";
  }

  @Value.Check
  protected final void check() {
    int tp = tensorParallel();
    int pp = pipelineParallel();
    Checks.positive(tp, "Tensor-parallel degree");
    Checks.positive(pp, "Pipeline-parallel degree");
    Checks.positive(replicas(), "Replica count");
    ModelArchitecture m = model();
    if (m.attentionHeads() % tp != 0) {
      throw new IllegalArgumentException("Tensor-parallel degree must divide the attention "
          + "heads: " + m.attentionHeads() + " heads, tp " + tp);
    }
    if (m.kvHeads() % tp != 0 && tp % m.kvHeads() != 0) {
      throw new IllegalArgumentException("Tensor-parallel degree must divide the KV heads or be "
          + "a multiple of them: " + m.kvHeads() + " KV heads, tp " + tp);
    }
    if (pp > m.layers()) {
      throw new IllegalArgumentException("Pipeline-parallel degree must not exceed the layer "
          + "count: " + pp + "/" + m.layers());
    }
    Math.multiplyExact(Math.multiplyExact(tp, pp), replicas());
  }
}
