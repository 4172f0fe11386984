/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The precision a model's published checkpoint ships in, and where that was read, such as
 * 'routed experts MXFP4, the rest BF16, from quantization_config (quant_method mxfp4) of
 * gpt-oss-120b's config.json'.
 *
 * <p>The model: the {@link Precision} a serving engine runs the checkpoint in by default (its
 * weights as stored, block scales included; the KV cache and activations in the checkpoint's
 * unquantised type, or FP8 activations where the quantisation says so), and an {@link #origin()}
 * that says which fields of the configuration it comes from, for output that explains a default.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableCheckpointPrecision.class)
@JsonDeserialize(as = ImmutableCheckpointPrecision.class)
public abstract class CheckpointPrecision {

  CheckpointPrecision() {}

  /**
   * Obtains an instance of {@code CheckpointPrecision} from the precision and its origin.
   *
   * @param precision the precision the checkpoint is served in by default, not null
   * @param origin where it was read, such as {@code torch_dtype bfloat16}, not blank, not null
   * @return the checkpoint precision, not null
   * @throws IllegalArgumentException if the origin is blank
   */
  public static CheckpointPrecision of(Precision precision, String origin) {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(origin, "origin");
    return ImmutableCheckpointPrecision.of(precision, origin);
  }

  /**
   * Returns the precision a serving engine runs the checkpoint in by default.
   *
   * @return the precision, not null
   */
  @Value.Parameter(order = 0)
  public abstract Precision precision();

  /**
   * Returns where the precision was read, such as
   * {@code quantization_config (quant_method fp8, e4m3, 128x128 blocks), torch_dtype bfloat16}.
   *
   * @return the origin, not blank, not null
   */
  @Value.Parameter(order = 1)
  public abstract String origin();

  @Value.Check
  protected final void check() {
    Checks.notBlank(origin(), "Checkpoint precision origin");
  }

  /**
   * Returns the text form, such as
   * {@code weights=BF16, experts=MXFP4, kvCache=BF16, activations=BF16 (quantization_config ...)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return precision() + " (" + origin() + ")";
  }
}
