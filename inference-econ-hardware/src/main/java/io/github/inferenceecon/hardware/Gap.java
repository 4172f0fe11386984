/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.InvalidFieldException;
import org.immutables.value.Value;

/**
 * A figure that was looked for and could not be sourced, with the reason, such as
 * 'thermalDesignPower: Google does not publish per-chip power for Cloud TPUs'.
 *
 * <p>The figure is a path of an accelerator entry ({@code memoryBandwidth},
 * {@code densePeak.FP16}), a whole peak map ({@code sparsePeak}) or a part of the scale-up link
 * ({@code scaleUp.bandwidth}). A gap's figure is always absent from its entry.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableGap.class)
@JsonDeserialize(as = ImmutableGap.class)
public abstract class Gap {

  Gap() {}

  /**
   * Obtains an instance of {@code Gap}.
   *
   * @param figure the figure that is missing, such as {@code memoryBandwidth}, not null
   * @param reason why it is missing, not blank, not null
   * @return the gap, not null
   * @throws IllegalArgumentException if the figure is not a figure path or the reason is blank
   */
  public static Gap of(String figure, String reason) {
    return ImmutableGap.of(figure, reason);
  }

  /**
   * Returns the figure that is missing.
   *
   * @return the figure path, not null
   */
  @Value.Parameter(order = 0)
  public abstract String figure();

  /**
   * Returns why the figure is missing: what was looked for and not found.
   *
   * @return the reason, not blank, not null
   */
  @Value.Parameter(order = 1)
  public abstract String reason();

  @Value.Check
  protected final void check() {
    if (!Figures.isTopicPath(figure())) {
      throw new InvalidFieldException("figure", "Gap figure must be a figure path such as "
          + "'memoryBandwidth' or 'densePeak.FP16': '" + figure() + "'");
    }
    Figures.notBlank(reason(), "reason", "Gap reason");
  }

  /**
   * Returns the text form, {@code <figure>: <reason>}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return figure() + ": " + reason();
  }
}
