/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The calibration regime of a deployment: the accelerator generation, the compute format and
 * whether the model is a mixture of experts, such as 'NVIDIA Blackwell, FP4, MoE'.
 *
 * <p>Each regime has its own fitted efficiencies and its own prediction interval
 * ({@link Calibration}). {@link #generation()} is a name of the calibration's, such as
 * {@code NVIDIA Hopper}; an accelerator the calibration does not place in a generation is in
 * {@link #UNCALIBRATED}, which uses the fit pooled over every generation.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableRegime.class)
@JsonDeserialize(as = ImmutableRegime.class)
public abstract class Regime {

  /** The generation name of an accelerator outside every calibrated generation. */
  public static final String UNCALIBRATED = "uncalibrated";

  Regime() {}

  /**
   * Obtains an instance of {@code Regime}.
   *
   * @param generation the accelerator generation, such as {@code NVIDIA Hopper}, not blank
   * @param computeFormat the format matrix products run in, not null
   * @param mixtureOfExperts whether the model routes tokens to experts
   * @return the regime, not null
   * @throws IllegalArgumentException if the generation is blank
   */
  public static Regime of(String generation, ComputeFormat computeFormat,
      boolean mixtureOfExperts) {
    return ImmutableRegime.of(generation, computeFormat, mixtureOfExperts);
  }

  /**
   * Returns the accelerator generation, such as {@code NVIDIA Hopper}, or {@link #UNCALIBRATED}.
   *
   * @return the generation, not null
   */
  @Value.Parameter(order = 0)
  public abstract String generation();

  /**
   * Returns the format matrix products run in.
   *
   * @return the format, not null
   */
  @Value.Parameter(order = 1)
  public abstract ComputeFormat computeFormat();

  /**
   * Checks if the model is a mixture of experts.
   *
   * @return true for a mixture of experts
   */
  @Value.Parameter(order = 2)
  public abstract boolean isMixtureOfExperts();

  /**
   * Checks if the generation is one the calibration fitted.
   *
   * @return false for {@link #UNCALIBRATED}
   */
  @JsonIgnore
  public boolean isCalibrated() {
    return !generation().equals(UNCALIBRATED);
  }

  /**
   * Returns the text form, such as {@code NVIDIA Blackwell, FP4, MoE}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return generation() + ", " + computeFormat() + ", " + (isMixtureOfExperts() ? "MoE" : "dense");
  }

  @Value.Check
  protected final void check() {
    Checks.notBlank(generation(), "Regime generation");
  }
}
