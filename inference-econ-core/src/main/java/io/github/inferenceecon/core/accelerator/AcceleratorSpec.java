/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.accelerator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The published specification of one accelerator (GPU, TPU or other AI chip), such as 'NVIDIA H100
 * SXM: 80 GiB HBM3 at 3.35 TB/s, 989 TFLOP/s dense BF16, 700 W, NVLink 4 at 900 GB/s'.
 *
 * <p>The model: an id, vendor and name; HBM capacity ({@link #memory()}, as a {@link ByteSize}
 * with its exact unit: vendors' "80GB" HBM labels are binary gigabytes); memory bandwidth
 * ({@link #memoryBandwidth()}, decimal bytes per second as vendors publish); dense peak compute
 * per {@link ComputeFormat} ({@link #densePeak()}), where a format the device does not support,
 * or has no published dense figure for, is absent, never zero; peaks with structured sparsity
 * ({@link #sparsePeak()}), recorded for reference and never used as dense; thermal design power;
 * and the scale-up interconnect.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAcceleratorSpec.class)
@JsonDeserialize(as = ImmutableAcceleratorSpec.class)
public abstract class AcceleratorSpec {

  AcceleratorSpec() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableAcceleratorSpec.builder();
  }

  /**
   * Builds an {@link AcceleratorSpec}. Required: id, vendor, name, memory and memory bandwidth.
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
    public abstract Builder from(AcceleratorSpec instance);

    /**
     * Sets the id, lower case and vendor-prefixed, such as {@code nvidia-h100-sxm}. Required (see
     * {@link AcceleratorSpec#id() id}).
     *
     * @param id the id, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code id} is null
     */
    public abstract Builder id(String id);

    /**
     * Sets the vendor, such as {@code NVIDIA}. Required (see
     * {@link AcceleratorSpec#vendor() vendor}).
     *
     * @param vendor the vendor, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code vendor} is null
     */
    public abstract Builder vendor(String vendor);

    /**
     * Sets the product name, such as {@code H100 SXM}. Required (see
     * {@link AcceleratorSpec#name() name}).
     *
     * @param name the name, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(String name);

    /**
     * Adds an element to {@link AcceleratorSpec#aliases() aliases}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addAliases(String element);

    /**
     * Adds elements to {@link AcceleratorSpec#aliases() aliases}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAliases(String... elements);

    /**
     * Sets other names people use for this device, such as {@code H100 SXM5 80GB}. Replaces any
     * elements added before. Optional: if not set, {@link AcceleratorSpec#aliases() aliases} is
     * empty.
     *
     * @param elements the aliases, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder aliases(Iterable<String> elements);

    /**
     * Adds elements to {@link AcceleratorSpec#aliases() aliases}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllAliases(Iterable<String> elements);

    /**
     * Sets the device memory (HBM or GDDR) capacity. Required (see
     * {@link AcceleratorSpec#memory() memory}).
     *
     * @param memory the capacity, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memory} is null
     */
    public abstract Builder memory(ByteSize memory);

    /**
     * Sets the peak memory bandwidth, in decimal bytes per second. Required (see
     * {@link AcceleratorSpec#memoryBandwidth() memoryBandwidth}).
     *
     * @param memoryBandwidth the bandwidth, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memoryBandwidth} is null
     */
    public abstract Builder memoryBandwidth(ByteRate memoryBandwidth);

    /**
     * Adds an entry to {@link AcceleratorSpec#densePeak() densePeak}.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    public abstract Builder putDensePeak(ComputeFormat key, FlopRate value);

    /**
     * Sets the dense (no structured sparsity) peak compute per format; a format without a published
     * dense figure is absent. Replaces any entries added before. Optional: if not set,
     * {@link AcceleratorSpec#densePeak() densePeak} is empty.
     *
     * @param entries the peaks, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder densePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Adds the entries of a map to {@link AcceleratorSpec#densePeak() densePeak}, after those
     * already added.
     *
     * @param entries the entries, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder putAllDensePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Adds an entry to {@link AcceleratorSpec#sparsePeak() sparsePeak}.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    public abstract Builder putSparsePeak(ComputeFormat key, FlopRate value);

    /**
     * Sets the published peaks with structured sparsity, for reference only. Replaces any entries
     * added before. Optional: if not set, {@link AcceleratorSpec#sparsePeak() sparsePeak} is empty.
     *
     * @param entries the sparse peaks, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder sparsePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Adds the entries of a map to {@link AcceleratorSpec#sparsePeak() sparsePeak}, after those
     * already added.
     *
     * @param entries the entries, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder putAllSparsePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Sets the thermal design power (maximum board or module power), if published. Optional: if not
     * set, {@link AcceleratorSpec#thermalDesignPower() thermalDesignPower} is empty.
     *
     * @param thermalDesignPower the power, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code thermalDesignPower} is null
     */
    public abstract Builder thermalDesignPower(Power thermalDesignPower);

    /**
     * Sets {@link AcceleratorSpec#thermalDesignPower() thermalDesignPower} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param thermalDesignPower the power, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code thermalDesignPower} is null
     */
    public abstract Builder thermalDesignPower(Optional<? extends Power> thermalDesignPower);

    /**
     * Sets the scale-up interconnect, if the device has one. Optional: if not set,
     * {@link AcceleratorSpec#scaleUp() scaleUp} is empty.
     *
     * @param scaleUp the interconnect, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code scaleUp} is null
     */
    public abstract Builder scaleUp(Interconnect scaleUp);

    /**
     * Sets {@link AcceleratorSpec#scaleUp() scaleUp} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param scaleUp the interconnect, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code scaleUp} is null
     */
    public abstract Builder scaleUp(Optional<? extends Interconnect> scaleUp);

    /**
     * Builds the {@link AcceleratorSpec}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link AcceleratorSpec} (the
     *     message names the field, the value and the rule)
     */
    public abstract AcceleratorSpec build();
  }

  /**
   * Returns the id, lower case and vendor-prefixed, such as {@code nvidia-h100-sxm}.
   *
   * @return the id, not blank, not null
   */
  public abstract String id();

  /**
   * Returns the vendor, such as {@code NVIDIA}.
   *
   * @return the vendor, not blank, not null
   */
  public abstract String vendor();

  /**
   * Returns the product name, such as {@code H100 SXM}.
   *
   * @return the name, not blank, not null
   */
  public abstract String name();

  /**
   * Returns other names people use for this device, such as {@code H100 SXM5 80GB}.
   *
   * @return the aliases, not null
   */
  public abstract List<String> aliases();

  /**
   * Returns the device memory (HBM or GDDR) capacity.
   *
   * @return the capacity, positive, not null
   */
  public abstract ByteSize memory();

  /**
   * Returns the peak memory bandwidth, in decimal bytes per second.
   *
   * @return the bandwidth, positive, not null
   */
  public abstract ByteRate memoryBandwidth();

  /**
   * Returns the dense (no structured sparsity) peak compute per format; a format without a
   * published dense figure is absent.
   *
   * @return the peaks, not null
   */
  public abstract Map<ComputeFormat, FlopRate> densePeak();

  /**
   * Returns the published peaks with structured sparsity, for reference only.
   *
   * @return the sparse peaks, not null
   */
  public abstract Map<ComputeFormat, FlopRate> sparsePeak();

  /**
   * Returns the thermal design power (maximum board or module power), if published.
   *
   * @return the power, or empty
   */
  public abstract Optional<Power> thermalDesignPower();

  /**
   * Returns the scale-up interconnect, if the device has one.
   *
   * @return the interconnect, or empty
   */
  public abstract Optional<Interconnect> scaleUp();

  //-----------------------------------------------------------------------
  /**
   * Returns the dense peak compute in a format.
   *
   * @param format the compute format, not null
   * @return the peak, or empty when the format is unsupported or unpublished
   */
  public Optional<FlopRate> peak(ComputeFormat format) {
    Objects.requireNonNull(format, "format");
    return Optional.ofNullable(densePeak().get(format));
  }

  /**
   * Checks if the device has a published dense peak in a format.
   *
   * @param format the compute format, not null
   * @return true if {@link #peak(ComputeFormat)} is present
   */
  public boolean supports(ComputeFormat format) {
    return densePeak().containsKey(Objects.requireNonNull(format, "format"));
  }

  /**
   * Returns a precision as this device runs it: unchanged where the device has a dense peak for
   * its compute format; otherwise with activations in the nearest format at least as wide that
   * it has one for, in the order FP8 (E4M3), BF16, FP16, FP32. NVFP4 or MXFP4 activations
   * compute in FP8 on an H100 (no FP4 peak), FP8 activations in BF16 on an A100 (no FP8 peak),
   * as weight-only kernels run those weights there. Shorthand for
   * {@code computeChoice(precision).precision()}.
   *
   * @param precision the precision, not null
   * @return the precision this device computes in, not null
   */
  public Precision runnablePrecision(Precision precision) {
    return computeChoice(precision).precision();
  }

  /**
   * Returns the format this device runs a precision's matrix products in, and why
   * ({@link ComputeChoice.Source}): the precision's own compute format where the device has a
   * dense peak for it; otherwise the nearest format at least as wide that it has one for, in
   * the order FP8 (E4M3), BF16, FP16, FP32.
   *
   * <p>With {@link Precision#forWeights}, compute thus defaults to the weights' format where the
   * device has a peak for it (NVFP4 and MXFP4 on a B200 or MI355X compute in FP4, FP8 on an H100
   * or MI300X in FP8), else the nearest wider one (NVFP4 on an H100 computes in FP8).
   *
   * <pre>{@code
   * b200.computeChoice(Precision.forWeights(NumericFormat.NVFP4, NumericFormat.BF16));
   *     // FP4 (WEIGHTS: NVIDIA B200 has a dense FP4 peak for the NVFP4 weights)
   * h100.computeChoice(Precision.forWeights(NumericFormat.NVFP4, NumericFormat.BF16));
   *     // FP8 (NEAREST_WIDER: NVIDIA H100 SXM has no dense FP4 peak; FP8 is the nearest ...)
   * }</pre>
   *
   * @param precision the precision asked for, not null
   * @return the choice, not null
   */
  public ComputeChoice computeChoice(Precision precision) {
    Objects.requireNonNull(precision, "precision");
    ComputeFormat asked = precision.computeFormat();
    ComputeFormat weights = precision.weights().computeFormat();
    if (supports(asked)) {
      if (asked == weights) {
        return ImmutableComputeChoice.of(precision, ComputeChoice.Source.WEIGHTS, this
            + " has a dense " + asked + " peak for the " + precision.weights() + " weights");
      }
      boolean wider = bits(asked) > bits(weights);
      return ImmutableComputeChoice.of(precision, wider ? ComputeChoice.Source.WEIGHT_ONLY
          : ComputeChoice.Source.ACTIVATIONS, precision.weights() + " weights with "
          + precision.activations() + " activations" + (wider ? ", widened in the kernel" : "")
          + "; " + this + " has a dense " + asked + " peak");
    }
    for (NumericFormat wider : WIDER_ACTIVATIONS) {
      ComputeFormat f = wider.computeFormat();
      if (f != asked && bits(f) >= bits(asked) && supports(f)) {
        return ImmutableComputeChoice.of(precision.withActivations(wider),
            ComputeChoice.Source.NEAREST_WIDER, this + " has no dense " + asked + " peak; "
                + f + " is the nearest wider format it has one for");
      }
    }
    return ImmutableComputeChoice.of(precision, ComputeChoice.Source.UNSUPPORTED, this
        + " has no dense " + asked + " peak, nor one for a wider format");
  }

  /** The activation formats a precision widens to, nearest first. */
  private static final List<NumericFormat> WIDER_ACTIVATIONS = List.of(NumericFormat.FP8_E4M3,
      NumericFormat.BF16, NumericFormat.FP16, NumericFormat.FP32);

  /** The bits of one operand of a matrix product in a compute format. */
  private static int bits(ComputeFormat format) {
    switch (format) {
      case FP64:
        return 64;
      case FP32:
      case TF32:
        return 32;
      case BF16:
      case FP16:
        return 16;
      case FP8:
      case INT8:
        return 8;
      case FP6:
        return 6;
      default:
        return 4;
    }
  }

  /**
   * Returns the arithmetic intensity, in FLOP per byte of memory traffic, at which the device
   * turns from memory-bound to compute-bound in a format: dense peak over memory bandwidth.
   *
   * @param format the compute format, not null
   * @return the balance point, or empty when the format is unsupported
   */
  public Optional<Double> balancePoint(ComputeFormat format) {
    return peak(format).map(p -> p.flopsPerSecond() / memoryBandwidth().bytesPerSecond());
  }

  /**
   * Returns the text form: the vendor and name, such as {@code NVIDIA H100 SXM}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return vendor() + " " + name();
  }

  @Value.Check
  protected final void check() {
    Checks.notBlank(id(), "Accelerator id");
    Checks.notBlank(vendor(), "Accelerator vendor");
    Checks.notBlank(name(), "Accelerator name");
    if (memory().isZero()) {
      throw new IllegalArgumentException("Accelerator memory must be positive: " + memory());
    }
    if (memoryBandwidth().isZero()) {
      throw new IllegalArgumentException("Accelerator memory bandwidth must be positive: "
          + memoryBandwidth());
    }
    densePeak().forEach((f, r) -> {
      if (r.isZero()) {
        throw new IllegalArgumentException("Dense peak must be positive (leave an unsupported "
            + "format out): " + f + " " + r);
      }
    });
  }
}
