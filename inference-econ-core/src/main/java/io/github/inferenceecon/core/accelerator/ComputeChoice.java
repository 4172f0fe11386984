/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.accelerator;

import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.Precision;
import org.immutables.value.Value;

/**
 * The format an accelerator runs a precision's matrix products in, and why, such as 'FP8: NVIDIA
 * H100 SXM has no dense FP4 peak; FP8 is the nearest wider format it has one for'.
 *
 * <p>The model: the {@link #precision()} as the device runs it (the one asked for, or with its
 * activations widened), the {@link Source} of its compute format, and the {@link #reason()} in
 * words. Obtained from {@link AcceleratorSpec#computeChoice(Precision)}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ComputeChoice {

  ComputeChoice() {}

  /** Why a compute format was chosen. */
  public enum Source {
    /**
     * The weights' own format, which the accelerator has a dense peak for: FP8 weights compute
     * in FP8 (W8A8), NVFP4 or MXFP4 weights in FP4 (W4A4), BF16 weights in BF16.
     */
    WEIGHTS,
    /**
     * A format wider than the weights', which the accelerator has a dense peak for: the weights
     * are widened in the kernel, as weight-only quantisation runs (INT4 weights with BF16
     * activations, W4A16).
     */
    WEIGHT_ONLY,
    /**
     * The accelerator has no dense peak for the precision's compute format: the nearest wider
     * format it has one for (FP4 weights compute in FP8 on a Hopper GPU, FP8 weights in BF16 on
     * an A100).
     */
    NEAREST_WIDER,
    /**
     * The precision's own activation format, narrower than the weights' or of another kind
     * (BF16 weights with FP8 activations), which the accelerator has a dense peak for.
     */
    ACTIVATIONS,
    /**
     * The accelerator has a dense peak neither for the precision's compute format nor for a
     * wider one: the precision is unchanged and estimates that need the peak fail naming it.
     */
    UNSUPPORTED
  }

  /**
   * Returns the precision as the accelerator runs it: the one asked for, or with its
   * activations widened ({@link Source#NEAREST_WIDER}).
   *
   * @return the precision, not null
   */
  @Value.Parameter(order = 0)
  public abstract Precision precision();

  /**
   * Returns why the compute format was chosen.
   *
   * @return the source, not null
   */
  @Value.Parameter(order = 1)
  public abstract Source source();

  /**
   * Returns the reason in words, naming the accelerator and the formats, such as
   * {@code NVIDIA B200 has a dense FP4 peak for the NVFP4 weights}.
   *
   * @return the reason, not blank, not null
   */
  @Value.Parameter(order = 2)
  public abstract String reason();

  /**
   * Returns the format matrix products run at: that of {@link #precision()}'s activations.
   *
   * @return the compute format, not null
   */
  public ComputeFormat computeFormat() {
    return precision().computeFormat();
  }

  /**
   * Returns the text form: the compute format and the reason, such as
   * {@code FP4 (WEIGHTS: NVIDIA B200 has a dense FP4 peak for the NVFP4 weights)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return computeFormat() + " (" + source() + ": " + reason() + ")";
  }
}
