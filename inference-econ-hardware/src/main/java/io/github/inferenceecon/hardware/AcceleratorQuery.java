/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteSize;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A filter over the accelerator catalog, such as 'AMD devices with at least 192 GiB that
 * publish a dense FP8 peak'.
 *
 * <p>Every condition that is set must hold; an empty query matches every entry. A condition on
 * a figure that an entry does not publish fails: an entry with no published memory never
 * matches a minimum memory.
 *
 * <pre>{@code
 * List<AcceleratorEntry> big = catalog.filter(AcceleratorQuery.builder()
 *     .minimumMemory(ByteSize.ofGibibytes(141))
 *     .addFormats(ComputeFormat.FP8)
 *     .build());
 * }</pre>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AcceleratorQuery {

  AcceleratorQuery() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableAcceleratorQuery.builder();
  }

  /**
   * Obtains the query that matches every entry.
   *
   * @return the query, not null
   */
  public static AcceleratorQuery all() {
    return builder().build();
  }

  /**
   * Builds an {@link AcceleratorQuery}; every condition is optional.
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
    public abstract Builder from(AcceleratorQuery instance);

    /**
     * Sets the vendor to match, ignoring case, such as {@code nvidia}. Optional: if not set,
     * {@link AcceleratorQuery#vendor() vendor} is empty.
     *
     * @param vendor the vendor, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code vendor} is null
     */
    public abstract Builder vendor(String vendor);

    /**
     * Sets {@link AcceleratorQuery#vendor() vendor} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param vendor the vendor, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code vendor} is null
     */
    public abstract Builder vendor(Optional<String> vendor);

    /**
     * Sets the least device memory to match. Optional: if not set,
     * {@link AcceleratorQuery#minimumMemory() minimumMemory} is empty.
     *
     * @param minimumMemory the memory, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code minimumMemory} is null
     */
    public abstract Builder minimumMemory(ByteSize minimumMemory);

    /**
     * Sets {@link AcceleratorQuery#minimumMemory() minimumMemory} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param minimumMemory the memory, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code minimumMemory} is null
     */
    public abstract Builder minimumMemory(Optional<? extends ByteSize> minimumMemory);

    /**
     * Adds an element to {@link AcceleratorQuery#formats() formats}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addFormats(ComputeFormat element);

    /**
     * Adds elements to {@link AcceleratorQuery#formats() formats}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addFormats(ComputeFormat... elements);

    /**
     * Sets the formats in which a dense peak must be published. Replaces any elements added before.
     * Optional: if not set, {@link AcceleratorQuery#formats() formats} is empty.
     *
     * @param elements the formats, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder formats(Iterable<ComputeFormat> elements);

    /**
     * Adds elements to {@link AcceleratorQuery#formats() formats}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllFormats(Iterable<ComputeFormat> elements);

    /**
     * Sets whether only entries with a complete {@link AcceleratorEntry#spec()} match; false by
     * default. Optional (see {@link AcceleratorQuery#isSpecRequired() specRequired}).
     *
     * @param specRequired true if a spec is required
     * @return this builder, not null
     */
    public abstract Builder specRequired(boolean specRequired);

    /**
     * Builds the {@link AcceleratorQuery}.
     *
     * @return the new instance, not null
     */
    public abstract AcceleratorQuery build();
  }

  /**
   * Returns the vendor to match, ignoring case, such as {@code nvidia}.
   *
   * @return the vendor, or empty for any vendor
   */
  public abstract Optional<String> vendor();

  /**
   * Returns the least device memory to match.
   *
   * @return the memory, or empty for any
   */
  public abstract Optional<ByteSize> minimumMemory();

  /**
   * Returns the formats in which a dense peak must be published.
   *
   * @return the formats, not null
   */
  public abstract Set<ComputeFormat> formats();

  /**
   * Checks if only entries with a complete {@link AcceleratorEntry#spec()} match; false by
   * default.
   *
   * @return true if a spec is required
   */
  @Value.Default
  public boolean isSpecRequired() {
    return false;
  }

  /**
   * Checks if an entry matches this query.
   *
   * @param entry the entry, not null
   * @return true if every condition set holds
   */
  public boolean matches(AcceleratorEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (vendor().isPresent() && !vendor().get().equalsIgnoreCase(entry.vendor())) {
      return false;
    }
    if (minimumMemory().isPresent() && (entry.memory().isEmpty()
        || entry.memory().get().isLessThan(minimumMemory().get()))) {
      return false;
    }
    for (ComputeFormat format : formats()) {
      if (!entry.supports(format)) {
        return false;
      }
    }
    return !isSpecRequired() || entry.spec().isPresent();
  }
}
