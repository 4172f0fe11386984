/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.FlopRate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Accelerator figures a caller supplies for a catalog entry, such as 'memory bandwidth 3.9 TB/s'
 * for an entry whose vendor page the catalog has not sourced, or 'scale-up 450 GB/s per
 * direction' for a link published without its direction.
 *
 * <p>The rules ({@link AcceleratorEntry#spec(SuppliedFigures)}): a catalog figure always wins
 * over a supplied one, except the scale-up bandwidth, which replaces the catalog's link:
 * <ul>
 *   <li>{@link #memoryBandwidth()} is used only when the entry has none;
 *   <li>each of {@link #densePeak()} is used only for a compute format the entry has no dense
 *       peak for;
 *   <li>{@link #scaleUpBandwidth()}, per device and direction, replaces the entry's scale-up
 *       link.
 * </ul>
 * A figure used this way is given by the caller, not sourced: it has no {@link
 * io.github.inferenceecon.core.SourceTier} ({@link AcceleratorEntry#tierOf(String,
 * SuppliedFigures)}).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSuppliedFigures.class)
@JsonDeserialize(as = ImmutableSuppliedFigures.class)
public abstract class SuppliedFigures {

  private static final SuppliedFigures EMPTY = builder().build();

  SuppliedFigures() {}

  /**
   * Obtains the instance that supplies no figure.
   *
   * @return the empty instance, not null
   */
  public static SuppliedFigures empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableSuppliedFigures.builder();
  }

  /**
   * Builds a {@link SuppliedFigures}; every figure is optional.
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
    public abstract Builder from(SuppliedFigures instance);

    /**
     * Sets the memory bandwidth to use when the entry has none, in bytes per second. Optional: if
     * not set, {@link SuppliedFigures#memoryBandwidth() memoryBandwidth} is empty.
     *
     * @param memoryBandwidth the bandwidth, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memoryBandwidth} is null
     */
    public abstract Builder memoryBandwidth(ByteRate memoryBandwidth);

    /**
     * Sets {@link SuppliedFigures#memoryBandwidth() memoryBandwidth} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param memoryBandwidth the bandwidth, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memoryBandwidth} is null
     */
    public abstract Builder memoryBandwidth(Optional<? extends ByteRate> memoryBandwidth);

    /**
     * Adds an entry to {@link SuppliedFigures#densePeak() densePeak}.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    public abstract Builder putDensePeak(ComputeFormat key, FlopRate value);

    /**
     * Sets dense peaks by compute format, each to use when the entry has no dense peak for its
     * format. Replaces any entries added before. Optional: if not set,
     * {@link SuppliedFigures#densePeak() densePeak} is empty.
     *
     * @param entries the peaks, positive, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder densePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Adds the entries of a map to {@link SuppliedFigures#densePeak() densePeak}, after those
     * already added.
     *
     * @param entries the entries, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder putAllDensePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Sets the scale-up (NVLink, Infinity Fabric) bandwidth per device and direction, which
     * replaces the entry's scale-up link. Optional: if not set,
     * {@link SuppliedFigures#scaleUpBandwidth() scaleUpBandwidth} is empty.
     *
     * @param scaleUpBandwidth the bandwidth, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code scaleUpBandwidth} is null
     */
    public abstract Builder scaleUpBandwidth(ByteRate scaleUpBandwidth);

    /**
     * Sets {@link SuppliedFigures#scaleUpBandwidth() scaleUpBandwidth} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param scaleUpBandwidth the bandwidth, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code scaleUpBandwidth} is null
     */
    public abstract Builder scaleUpBandwidth(Optional<? extends ByteRate> scaleUpBandwidth);

    /**
     * Builds the {@link SuppliedFigures}.
     *
     * @return the new instance, not null
     * @throws IllegalArgumentException if the values break a rule of {@link SuppliedFigures} (the
     *     message names the field, the value and the rule)
     */
    public abstract SuppliedFigures build();
  }

  /**
   * Returns the memory bandwidth to use when the entry has none, in bytes per second.
   *
   * @return the bandwidth, positive, or empty
   */
  public abstract Optional<ByteRate> memoryBandwidth();

  /**
   * Returns dense peaks by compute format, each to use when the entry has no dense peak for its
   * format.
   *
   * @return the peaks, positive, not null
   */
  public abstract Map<ComputeFormat, FlopRate> densePeak();

  /**
   * Returns the scale-up (NVLink, Infinity Fabric) bandwidth per device and direction, which
   * replaces the entry's scale-up link.
   *
   * @return the bandwidth, positive, or empty
   */
  public abstract Optional<ByteRate> scaleUpBandwidth();

  /**
   * Returns the scale-up link the supplied bandwidth stands for: named {@code user-supplied},
   * per direction.
   *
   * @return the interconnect, or empty when no scale-up bandwidth is supplied
   */
  public Optional<Interconnect> scaleUp() {
    return scaleUpBandwidth().map(b -> Interconnect.of("user-supplied", b,
        BandwidthBasis.PER_DIRECTION));
  }

  /**
   * Returns the text form, such as {@code memoryBandwidth 3.9 TB/s, scaleUp 450 GB/s per
   * direction}, or {@code none}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    memoryBandwidth().ifPresent(r -> b.append(", memoryBandwidth ").append(r));
    densePeak().forEach((f, r) -> b.append(", densePeak.").append(f).append(' ').append(r));
    scaleUpBandwidth().ifPresent(r -> b.append(", scaleUp ").append(r).append(" per direction"));
    return b.length() == 0 ? "none" : b.substring(2);
  }

  @Value.Check
  protected final void check() {
    memoryBandwidth().ifPresent(r -> positive(r.isZero(), "Memory bandwidth", r));
    densePeak().forEach((f, r) -> positive(r.isZero(), "Dense " + f + " peak", r));
    scaleUpBandwidth().ifPresent(r -> positive(r.isZero(), "Scale-up bandwidth", r));
  }

  private static void positive(boolean zero, String what, Object value) {
    if (zero) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
  }
}
