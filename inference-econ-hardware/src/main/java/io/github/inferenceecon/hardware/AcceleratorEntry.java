/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One accelerator of the catalog with the source of every figure, such as 'NVIDIA H100 SXM:
 * 80 GiB, 3.35 TB/s, 989 TFLOP/s dense BF16, 700 W, each read from an NVIDIA page on
 * 2026-11-27'.
 *
 * <p>The model: the identity (id, vendor, name, aliases, form factor); the figures, each of
 * which may be absent when no official source publishes it (memory, memory bandwidth, dense,
 * with-sparsity and unlabelled peaks per {@link ComputeFormat}, thermal design power, scale-up
 * link); the {@link Source}s, each naming the figures it supports; the {@link Conflict}s between
 * published values; the {@link Gap}s (figures looked for and not found); and notes.
 *
 * <p>Units: memory is device memory in binary units ({@code 80 GiB}; vendors label HBM "GB" but
 * mean binary gigabytes, and {@link #memoryLabel()} keeps their wording); bandwidths are decimal
 * bytes per second as published; peaks are in FLOP/s, and for integer formats in integer
 * operations per second. {@link #densePeak()} holds dense figures only; figures whose source
 * does not say dense or sparse are in {@link #unlabelledPeak()} and are never used as dense.
 *
 * <p>{@link #spec()} gives core's {@link AcceleratorSpec}, which the calculators use, when the
 * figures it requires (memory and memory bandwidth) are published; otherwise it is empty and
 * {@link #requireSpec()} throws {@link MissingFigureException}.
 *
 * <p>Each source has a {@link SourceTier}; a figure is {@linkplain #tierOf(String) primary} when
 * at least one primary source supports it and secondary when only secondary sources do.
 * {@link #primaryOnly()} keeps the primary figures alone.
 *
 * <p>The checks guarantee that every figure present is named by at least one source, that
 * every source names only figures present, and that no gap names a figure present.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@JsonSerialize(as = ImmutableAcceleratorEntry.class)
@JsonDeserialize(as = ImmutableAcceleratorEntry.class)
public abstract class AcceleratorEntry {

  private static final String SPEC_NEEDS = "a spec needs memory and memoryBandwidth";
  private static final String SECONDARY_ONLY = "Only secondary sources publish this figure; "
      + "left out of the primary-only catalog";

  AcceleratorEntry() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableAcceleratorEntry.builder();
  }

  /**
   * Builds an {@link AcceleratorEntry}. Required: id, vendor, name and at least one source for
   * every figure set.
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
    public abstract Builder from(AcceleratorEntry instance);

    /**
     * Sets the id, lower case and vendor-prefixed, such as {@code nvidia-h100-sxm}. Required (see
     * {@link AcceleratorEntry#id() id}).
     *
     * @param id the id, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code id} is null
     */
    public abstract Builder id(String id);

    /**
     * Sets the vendor, such as {@code NVIDIA}. Required (see
     * {@link AcceleratorEntry#vendor() vendor}).
     *
     * @param vendor the vendor, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code vendor} is null
     */
    public abstract Builder vendor(String vendor);

    /**
     * Sets the product name, such as {@code H100 SXM}. Required (see
     * {@link AcceleratorEntry#name() name}).
     *
     * @param name the name, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(String name);

    /**
     * Adds an element to {@link AcceleratorEntry#aliases() aliases}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addAliases(String element);

    /**
     * Adds elements to {@link AcceleratorEntry#aliases() aliases}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAliases(String... elements);

    /**
     * Sets other names of this device, such as {@code H100 SXM5 80GB}; look-ups match them ignoring
     * case and punctuation. Replaces any elements added before. Optional: if not set,
     * {@link AcceleratorEntry#aliases() aliases} is empty.
     *
     * @param elements the aliases, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder aliases(Iterable<String> elements);

    /**
     * Adds elements to {@link AcceleratorEntry#aliases() aliases}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllAliases(Iterable<String> elements);

    /**
     * Sets the form factor as described by the vendor, such as {@code SXM5} or {@code OAM}.
     * Optional: if not set, {@link AcceleratorEntry#formFactor() formFactor} is empty.
     *
     * @param formFactor the description, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code formFactor} is null
     */
    public abstract Builder formFactor(String formFactor);

    /**
     * Sets {@link AcceleratorEntry#formFactor() formFactor} to the value of an {@code Optional}, or
     * to empty when it is empty.
     *
     * @param formFactor the description, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code formFactor} is null
     */
    public abstract Builder formFactor(Optional<String> formFactor);

    /**
     * Sets the device memory capacity, in binary units. Optional: if not set,
     * {@link AcceleratorEntry#memory() memory} is empty.
     *
     * @param memory the capacity, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memory} is null
     */
    public abstract Builder memory(ByteSize memory);

    /**
     * Sets {@link AcceleratorEntry#memory() memory} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param memory the capacity, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memory} is null
     */
    public abstract Builder memory(Optional<? extends ByteSize> memory);

    /**
     * Sets the vendor's own wording of the memory capacity, such as {@code 80 GB HBM3}. Optional:
     * if not set, {@link AcceleratorEntry#memoryLabel() memoryLabel} is empty.
     *
     * @param memoryLabel the label, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memoryLabel} is null
     */
    public abstract Builder memoryLabel(String memoryLabel);

    /**
     * Sets {@link AcceleratorEntry#memoryLabel() memoryLabel} to the value of an {@code Optional},
     * or to empty when it is empty.
     *
     * @param memoryLabel the label, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memoryLabel} is null
     */
    public abstract Builder memoryLabel(Optional<String> memoryLabel);

    /**
     * Sets the peak memory bandwidth, in decimal bytes per second. Optional: if not set,
     * {@link AcceleratorEntry#memoryBandwidth() memoryBandwidth} is empty.
     *
     * @param memoryBandwidth the bandwidth, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memoryBandwidth} is null
     */
    public abstract Builder memoryBandwidth(ByteRate memoryBandwidth);

    /**
     * Sets {@link AcceleratorEntry#memoryBandwidth() memoryBandwidth} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param memoryBandwidth the bandwidth, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code memoryBandwidth} is null
     */
    public abstract Builder memoryBandwidth(Optional<? extends ByteRate> memoryBandwidth);

    /**
     * Adds an entry to {@link AcceleratorEntry#densePeak() densePeak}.
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
     * {@link AcceleratorEntry#densePeak() densePeak} is empty.
     *
     * @param entries the peaks, each positive, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder densePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Adds the entries of a map to {@link AcceleratorEntry#densePeak() densePeak}, after those
     * already added.
     *
     * @param entries the entries, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder putAllDensePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Adds an entry to {@link AcceleratorEntry#sparsePeak() sparsePeak}.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    public abstract Builder putSparsePeak(ComputeFormat key, FlopRate value);

    /**
     * Sets the published peaks with structured sparsity, for reference only. Replaces any entries
     * added before. Optional: if not set, {@link AcceleratorEntry#sparsePeak() sparsePeak} is
     * empty.
     *
     * @param entries the peaks, each positive, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder sparsePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Adds the entries of a map to {@link AcceleratorEntry#sparsePeak() sparsePeak}, after those
     * already added.
     *
     * @param entries the entries, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder putAllSparsePeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Adds an entry to {@link AcceleratorEntry#unlabelledPeak() unlabelledPeak}.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    public abstract Builder putUnlabelledPeak(ComputeFormat key, FlopRate value);

    /**
     * Sets published peaks whose source does not say whether they are dense or with sparsity; kept
     * for reference and never used as dense by this library. Replaces any entries added before.
     * Optional: if not set, {@link AcceleratorEntry#unlabelledPeak() unlabelledPeak} is empty.
     *
     * @param entries the peaks, each positive, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder unlabelledPeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Adds the entries of a map to {@link AcceleratorEntry#unlabelledPeak() unlabelledPeak}, after
     * those already added.
     *
     * @param entries the entries, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder putAllUnlabelledPeak(Map<ComputeFormat, ? extends FlopRate> entries);

    /**
     * Sets the thermal design power (maximum board or module power). Optional: if not set,
     * {@link AcceleratorEntry#thermalDesignPower() thermalDesignPower} is empty.
     *
     * @param thermalDesignPower the power, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code thermalDesignPower} is null
     */
    public abstract Builder thermalDesignPower(Power thermalDesignPower);

    /**
     * Sets {@link AcceleratorEntry#thermalDesignPower() thermalDesignPower} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param thermalDesignPower the power, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code thermalDesignPower} is null
     */
    public abstract Builder thermalDesignPower(Optional<? extends Power> thermalDesignPower);

    /**
     * Sets the scale-up link as published. Optional: if not set,
     * {@link AcceleratorEntry#scaleUp() scaleUp} is empty.
     *
     * @param scaleUp the link, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code scaleUp} is null
     */
    public abstract Builder scaleUp(ScaleUpLink scaleUp);

    /**
     * Sets {@link AcceleratorEntry#scaleUp() scaleUp} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param scaleUp the link, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code scaleUp} is null
     */
    public abstract Builder scaleUp(Optional<? extends ScaleUpLink> scaleUp);

    /**
     * Adds an element to {@link AcceleratorEntry#sources() sources}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addSources(Source element);

    /**
     * Adds elements to {@link AcceleratorEntry#sources() sources}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addSources(Source... elements);

    /**
     * Sets the sources, each naming the figures it supports. Replaces any elements added before.
     * Optional: if not set, {@link AcceleratorEntry#sources() sources} is empty.
     *
     * @param elements the sources, not empty, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder sources(Iterable<? extends Source> elements);

    /**
     * Adds elements to {@link AcceleratorEntry#sources() sources}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllSources(Iterable<? extends Source> elements);

    /**
     * Adds an element to {@link AcceleratorEntry#conflicts() conflicts}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addConflicts(Conflict element);

    /**
     * Adds elements to {@link AcceleratorEntry#conflicts() conflicts}, in order, after those
     * already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addConflicts(Conflict... elements);

    /**
     * Sets the published values that disagree with the ones chosen. Replaces any elements added
     * before. Optional: if not set, {@link AcceleratorEntry#conflicts() conflicts} is empty.
     *
     * @param elements the conflicts, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder conflicts(Iterable<? extends Conflict> elements);

    /**
     * Adds elements to {@link AcceleratorEntry#conflicts() conflicts}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllConflicts(Iterable<? extends Conflict> elements);

    /**
     * Adds an element to {@link AcceleratorEntry#gaps() gaps}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addGaps(Gap element);

    /**
     * Adds elements to {@link AcceleratorEntry#gaps() gaps}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addGaps(Gap... elements);

    /**
     * Sets the figures looked for and not found, with the reason. Replaces any elements added
     * before. Optional: if not set, {@link AcceleratorEntry#gaps() gaps} is empty.
     *
     * @param elements the gaps, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder gaps(Iterable<? extends Gap> elements);

    /**
     * Adds elements to {@link AcceleratorEntry#gaps() gaps}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllGaps(Iterable<? extends Gap> elements);

    /**
     * Adds an element to {@link AcceleratorEntry#notes() notes}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addNotes(String element);

    /**
     * Adds elements to {@link AcceleratorEntry#notes() notes}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addNotes(String... elements);

    /**
     * Sets notes on the entry and its research. Replaces any elements added before. Optional: if
     * not set, {@link AcceleratorEntry#notes() notes} is empty.
     *
     * @param elements the notes, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder notes(Iterable<String> elements);

    /**
     * Adds elements to {@link AcceleratorEntry#notes() notes}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllNotes(Iterable<String> elements);

    /**
     * Builds the {@link AcceleratorEntry}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link AcceleratorEntry} (the
     *     message names the field, the value and the rule)
     */
    public abstract AcceleratorEntry build();
  }

  /**
   * Returns the id, lower case and vendor-prefixed, such as {@code nvidia-h100-sxm}.
   *
   * @return the id, not null
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
   * Returns other names of this device, such as {@code H100 SXM5 80GB}; look-ups match them
   * ignoring case and punctuation.
   *
   * @return the aliases, not null
   */
  public abstract List<String> aliases();

  /**
   * Returns the form factor as described by the vendor, such as {@code SXM5} or {@code OAM}.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> formFactor();

  /**
   * Returns the device memory capacity, in binary units.
   *
   * @return the capacity, positive, or empty when no source publishes it
   */
  public abstract Optional<ByteSize> memory();

  /**
   * Returns the vendor's own wording of the memory capacity, such as {@code 80 GB HBM3}.
   *
   * @return the label, or empty
   */
  public abstract Optional<String> memoryLabel();

  /**
   * Returns the peak memory bandwidth, in decimal bytes per second.
   *
   * @return the bandwidth, positive, or empty when no source publishes it
   */
  public abstract Optional<ByteRate> memoryBandwidth();

  /**
   * Returns the dense (no structured sparsity) peak compute per format; a format without a
   * published dense figure is absent.
   *
   * @return the peaks, each positive, not null
   */
  public abstract Map<ComputeFormat, FlopRate> densePeak();

  /**
   * Returns the published peaks with structured sparsity, for reference only.
   *
   * @return the peaks, each positive, not null
   */
  public abstract Map<ComputeFormat, FlopRate> sparsePeak();

  /**
   * Returns published peaks whose source does not say whether they are dense or with sparsity;
   * kept for reference and never used as dense by this library.
   *
   * @return the peaks, each positive, not null
   */
  public abstract Map<ComputeFormat, FlopRate> unlabelledPeak();

  /**
   * Returns the thermal design power (maximum board or module power).
   *
   * @return the power, positive, or empty when no source publishes it
   */
  public abstract Optional<Power> thermalDesignPower();

  /**
   * Returns the scale-up link as published.
   *
   * @return the link, or empty when the device has none or no source describes it
   */
  public abstract Optional<ScaleUpLink> scaleUp();

  /**
   * Returns the sources, each naming the figures it supports.
   *
   * @return the sources, not empty, not null
   */
  public abstract List<Source> sources();

  /**
   * Returns the published values that disagree with the ones chosen.
   *
   * @return the conflicts, not null
   */
  public abstract List<Conflict> conflicts();

  /**
   * Returns the figures looked for and not found, with the reason.
   *
   * @return the gaps, not null
   */
  public abstract List<Gap> gaps();

  /**
   * Returns notes on the entry and its research.
   *
   * @return the notes, not null
   */
  public abstract List<String> notes();

  //-----------------------------------------------------------------------
  /**
   * Returns the dense peak compute in a format.
   *
   * @param format the compute format, not null
   * @return the peak, or empty when no dense figure is published for the format
   */
  public Optional<FlopRate> peak(ComputeFormat format) {
    Objects.requireNonNull(format, "format");
    return Optional.ofNullable(densePeak().get(format));
  }

  /**
   * Checks if a dense peak is published for a format.
   *
   * @param format the compute format, not null
   * @return true if {@link #peak(ComputeFormat)} is present
   */
  public boolean supports(ComputeFormat format) {
    return densePeak().containsKey(Objects.requireNonNull(format, "format"));
  }

  /**
   * Returns the paths of the figures present, in a fixed order: {@code memory},
   * {@code memoryBandwidth}, the peaks by map and format (such as {@code densePeak.BF16}),
   * {@code thermalDesignPower}, {@code scaleUp}, {@code formFactor}.
   *
   * @return the figure paths, not null
   */
  @JsonIgnore
  public List<String> figures() {
    List<String> paths = new ArrayList<>();
    if (memory().isPresent()) {
      paths.add(Figures.MEMORY);
    }
    if (memoryBandwidth().isPresent()) {
      paths.add(Figures.MEMORY_BANDWIDTH);
    }
    Figures.addPeaks(paths, Figures.DENSE_PEAK, densePeak());
    Figures.addPeaks(paths, Figures.SPARSE_PEAK, sparsePeak());
    Figures.addPeaks(paths, Figures.UNLABELLED_PEAK, unlabelledPeak());
    if (thermalDesignPower().isPresent()) {
      paths.add(Figures.THERMAL_DESIGN_POWER);
    }
    if (scaleUp().isPresent()) {
      paths.add(Figures.SCALE_UP);
    }
    if (formFactor().isPresent()) {
      paths.add(Figures.FORM_FACTOR);
    }
    return List.copyOf(paths);
  }

  /**
   * Returns the sources that support a figure.
   *
   * @param figure the figure path, such as {@code memoryBandwidth} or {@code densePeak.BF16},
   *     not null
   * @return the sources, empty when the figure is absent, not null
   */
  public List<Source> sourcesOf(String figure) {
    Objects.requireNonNull(figure, "figure");
    List<Source> found = new ArrayList<>();
    for (Source source : sources()) {
      if (source.figures().contains(figure)) {
        found.add(source);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the tier of a figure: {@link SourceTier#PRIMARY} when at least one primary source
   * supports it, {@link SourceTier#SECONDARY} when only secondary sources do.
   *
   * @param figure the figure path, such as {@code densePeak.BF16}, not null
   * @return the tier, or empty when the figure is absent (or, for {@code formFactor}, has no
   *     source)
   */
  public Optional<SourceTier> tierOf(String figure) {
    Objects.requireNonNull(figure, "figure");
    Optional<SourceTier> tier = Optional.empty();
    for (Source source : sources()) {
      if (source.figures().contains(figure)) {
        if (source.tier().isPrimary()) {
          return Optional.of(SourceTier.PRIMARY);
        }
        tier = Optional.of(SourceTier.SECONDARY);
      }
    }
    return tier;
  }

  /**
   * Returns the weakest tier of some figures: {@link SourceTier#SECONDARY} when any of them has
   * only secondary sources, otherwise {@link SourceTier#PRIMARY}.
   *
   * @param figures the figure paths, such as those of {@link #figuresUsedBy(Deployment)}, not
   *     null
   * @return the weakest tier, or empty when a figure is absent or the collection is empty
   */
  public Optional<SourceTier> tierOf(Collection<String> figures) {
    Objects.requireNonNull(figures, "figures");
    Optional<SourceTier> weakest = Optional.empty();
    for (String figure : figures) {
      Optional<SourceTier> tier = tierOf(figure);
      if (tier.isEmpty()) {
        return Optional.empty();
      }
      weakest = Optional.of(weakest.isEmpty() ? tier.get() : weakest.get().weakerOf(tier.get()));
    }
    return weakest;
  }

  /**
   * Returns the tier of a figure as an estimate with some supplied figures uses it: empty when
   * the figure is not the catalog's, because the caller supplied it
   * ({@link SuppliedFigures}) or neither has it.
   *
   * @param figure the figure path, such as {@code memoryBandwidth} or {@code densePeak.BF16},
   *     not null
   * @param supplied the figures the caller supplies, not null
   * @return the tier of the catalog's figure, or empty
   */
  public Optional<SourceTier> tierOf(String figure, SuppliedFigures supplied) {
    Objects.requireNonNull(figure, "figure");
    return usesSupplied(figure, Objects.requireNonNull(supplied, "supplied")) ? Optional.empty()
        : tierOf(figure);
  }

  /**
   * Returns the tiers of some figures as an estimate with some supplied figures uses them (see
   * {@link #tierOf(String, SuppliedFigures)}), in order, to which the tiers of the estimate's
   * other figures (such as its price) can be added.
   *
   * @param figures the figure paths, such as those of {@link #figuresUsedBy(Deployment)}, not
   *     null
   * @param supplied the figures the caller supplies, not null
   * @return the tiers, not null
   */
  public FigureTiers tiersOf(Collection<String> figures, SuppliedFigures supplied) {
    Objects.requireNonNull(figures, "figures");
    FigureTiers tiers = FigureTiers.empty();
    for (String figure : figures) {
      Optional<SourceTier> tier = tierOf(figure, supplied);
      tiers = tier.isPresent() ? tiers.plus(figure, tier.get()) : tiers.plusGiven(figure);
    }
    return tiers;
  }

  /** Whether a supplied figure stands in for this figure of the entry. */
  private boolean usesSupplied(String figure, SuppliedFigures supplied) {
    if (figure.equals(Figures.MEMORY_BANDWIDTH)) {
      return memoryBandwidth().isEmpty() && supplied.memoryBandwidth().isPresent();
    }
    if (figure.equals(Figures.SCALE_UP)) {
      return supplied.scaleUpBandwidth().isPresent();
    }
    for (ComputeFormat format : supplied.densePeak().keySet()) {
      if (figure.equals(Figures.peak(Figures.DENSE_PEAK, format))) {
        return !densePeak().containsKey(format);
      }
    }
    return false;
  }

  /**
   * Returns the paths of the accelerator figures that a performance estimate of a deployment
   * reads: {@code memory}, {@code memoryBandwidth}, the dense peak of the deployment's compute
   * format (such as {@code densePeak.FP8}) and, when a replica spans more than one device,
   * {@code scaleUp}.
   *
   * @param deployment the deployment, not null
   * @return the figure paths, in that order, not null
   */
  public static List<String> figuresUsedBy(Deployment deployment) {
    Objects.requireNonNull(deployment, "deployment");
    List<String> figures = new ArrayList<>(List.of(Figures.MEMORY, Figures.MEMORY_BANDWIDTH,
        Figures.peak(Figures.DENSE_PEAK, deployment.precision().computeFormat())));
    if (deployment.tensorParallel() * deployment.pipelineParallel() > 1) {
      figures.add(Figures.SCALE_UP);
    }
    return List.copyOf(figures);
  }

  /**
   * Returns the figures a performance estimate of a deployment reads (see
   * {@link #figuresUsedBy(Deployment)}) that this entry lacks, as precisely as the entry allows:
   * a scale-up link that is published without a bandwidth or without its direction is named
   * {@code scaleUp.bandwidth} or {@code scaleUp.basis}.
   *
   * @param deployment the deployment, not null
   * @return the missing figure paths, empty when the entry has every figure the estimate reads,
   *     not null
   */
  public List<String> missingFor(Deployment deployment) {
    return missingFor(deployment, SuppliedFigures.empty());
  }

  /**
   * Returns the figures a performance estimate of a deployment reads (see
   * {@link #figuresUsedBy(Deployment)}) that neither this entry nor the supplied figures give,
   * as {@link #missingFor(Deployment)} names them.
   *
   * @param deployment the deployment, not null
   * @param supplied the figures the caller supplies, not null
   * @return the missing figure paths, empty when the estimate has every figure it reads, not
   *     null
   */
  public List<String> missingFor(Deployment deployment, SuppliedFigures supplied) {
    Objects.requireNonNull(supplied, "supplied");
    List<String> missing = new ArrayList<>();
    for (String figure : figuresUsedBy(deployment)) {
      if (usesSupplied(figure, supplied)) {
        continue;
      }
      if (!figure.equals(Figures.SCALE_UP)) {
        if (!figures().contains(figure)) {
          missing.add(figure);
        }
      } else if (scaleUp().isEmpty()) {
        missing.add(figure);
      } else if (scaleUp().get().bandwidth().isEmpty()) {
        missing.add(Figures.SCALE_UP + ".bandwidth");
      } else if (scaleUp().get().basis().isEmpty()) {
        missing.add(Figures.SCALE_UP + ".basis");
      }
    }
    return List.copyOf(missing);
  }


  /**
   * Returns a copy of this entry with its primary figures alone: the figures no primary source
   * supports are left out and recorded as gaps, and the secondary sources are dropped.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the copy (this entry itself when every source is primary), or empty when no source
   *     of the entry is primary
   */
  public Optional<AcceleratorEntry> primaryOnly() {
    List<Source> primary = new ArrayList<>();
    for (Source source : sources()) {
      if (source.tier().isPrimary()) {
        primary.add(source);
      }
    }
    if (primary.size() == sources().size()) {
      return Optional.of(this);
    }
    if (primary.isEmpty()) {
      return Optional.empty();
    }
    List<String> dropped = new ArrayList<>();
    for (String figure : figures()) {
      if (!figure.equals(Figures.FORM_FACTOR) && !tierOf(figure).orElseThrow().isPrimary()) {
        dropped.add(figure);
      }
    }
    AcceleratorEntry.Builder b = builder().from(this).sources(primary);
    if (dropped.contains(Figures.MEMORY)) {
      b.memory(Optional.empty()).memoryLabel(Optional.empty());
    }
    if (dropped.contains(Figures.MEMORY_BANDWIDTH)) {
      b.memoryBandwidth(Optional.empty());
    }
    if (dropped.contains(Figures.THERMAL_DESIGN_POWER)) {
      b.thermalDesignPower(Optional.empty());
    }
    if (dropped.contains(Figures.SCALE_UP)) {
      b.scaleUp(Optional.empty());
    }
    b.densePeak(kept(Figures.DENSE_PEAK, densePeak(), dropped))
        .sparsePeak(kept(Figures.SPARSE_PEAK, sparsePeak(), dropped))
        .unlabelledPeak(kept(Figures.UNLABELLED_PEAK, unlabelledPeak(), dropped));
    for (String figure : dropped) {
      b.addGaps(Gap.of(figure, SECONDARY_ONLY));
    }
    return Optional.of(b.build());
  }

  private static Map<ComputeFormat, FlopRate> kept(String map, Map<ComputeFormat, FlopRate> peaks,
      List<String> dropped) {
    Map<ComputeFormat, FlopRate> out = new EnumMap<>(ComputeFormat.class);
    for (Map.Entry<ComputeFormat, FlopRate> peak : peaks.entrySet()) {
      if (!dropped.contains(Figures.peak(map, peak.getKey()))) {
        out.put(peak.getKey(), peak.getValue());
      }
    }
    return out;
  }

  /**
   * Returns core's accelerator spec of this entry, which the calculators use: the memory, the
   * memory bandwidth, the dense and sparse peaks, the thermal design power when published, and
   * the interconnect when its bandwidth and basis are published. Unlabelled peaks are left out.
   *
   * @return the spec, or empty when the memory or the memory bandwidth is not published
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<AcceleratorSpec> spec() {
    if (memory().isEmpty() || memoryBandwidth().isEmpty()) {
      return Optional.empty();
    }
    AcceleratorSpec.Builder b = specBuilder(memoryBandwidth().get());
    scaleUp().flatMap(ScaleUpLink::toInterconnect).ifPresent(b::scaleUp);
    return Optional.of(b.build());
  }

  /**
   * Returns core's accelerator spec of this entry with figures the caller supplies where the
   * entry lacks them: the supplied memory bandwidth when the entry has none, a supplied dense
   * peak for each compute format the entry has none for, and the supplied scale-up bandwidth in
   * place of the entry's link (see {@link SuppliedFigures}).
   *
   * <pre>{@code
   * AcceleratorSpec spec = catalog.get("h100-nvl").spec(SuppliedFigures.builder()
   *     .memoryBandwidth(ByteRate.parse("3.9 TB/s")).build());
   * }</pre>
   *
   * @param supplied the figures the caller supplies, not null
   * @return the spec, not null
   * @throws MissingFigureException if the memory is not published, or the memory bandwidth is
   *     neither published nor supplied
   */
  public AcceleratorSpec spec(SuppliedFigures supplied) {
    Objects.requireNonNull(supplied, "supplied");
    Optional<ByteRate> bandwidth = memoryBandwidth().or(supplied::memoryBandwidth);
    if (memory().isEmpty() || bandwidth.isEmpty()) {
      List<String> missing = new ArrayList<>();
      if (memory().isEmpty()) {
        missing.add(Figures.MEMORY);
      }
      if (bandwidth.isEmpty()) {
        missing.add(Figures.MEMORY_BANDWIDTH);
      }
      throw new MissingFigureException(id(), missing, SPEC_NEEDS);
    }
    AcceleratorSpec.Builder b = specBuilder(bandwidth.get());
    supplied.densePeak().forEach((format, peak) -> {
      if (!densePeak().containsKey(format)) {
        b.putDensePeak(format, peak);
      }
    });
    supplied.scaleUp().or(() -> scaleUp().flatMap(ScaleUpLink::toInterconnect))
        .ifPresent(b::scaleUp);
    return b.build();
  }

  /** The spec's builder with this entry's figures and a memory bandwidth, without a link. */
  private AcceleratorSpec.Builder specBuilder(ByteRate memoryBandwidth) {
    return AcceleratorSpec.builder()
        .id(id())
        .vendor(vendor())
        .name(name())
        .aliases(aliases())
        .memory(memory().get())
        .memoryBandwidth(memoryBandwidth)
        .densePeak(densePeak())
        .sparsePeak(sparsePeak())
        .thermalDesignPower(thermalDesignPower());
  }

  /**
   * Returns core's accelerator spec of this entry, or throws when a figure it requires is not
   * published.
   *
   * @return the spec, not null
   * @throws MissingFigureException if the memory or the memory bandwidth is not published
   */
  public AcceleratorSpec requireSpec() {
    Optional<AcceleratorSpec> spec = spec();
    return spec.isPresent() ? spec.get() : spec(SuppliedFigures.empty());
  }


  //-----------------------------------------------------------------------
  @Value.Check
  protected final void check() {
    Figures.id(id(), "Accelerator");
    Figures.notBlank(vendor(), "vendor", "Accelerator vendor");
    Figures.notBlank(name(), "name", "Accelerator name");
    for (String alias : aliases()) {
      Figures.notBlank(alias, "aliases", "Accelerator alias");
    }
    Figures.notBlank(formFactor(), Figures.FORM_FACTOR, "Form factor");
    Figures.notBlank(memoryLabel(), "memoryLabel", "Memory label");
    // plain tests rather than ifPresent and forEach: a lambda costs a class of its own the
    // first time it runs, and every bundled accelerator is checked at start-up
    if (memory().isPresent() && memory().get().isZero()) {
      throw new InvalidFieldException(Figures.MEMORY, "Accelerator memory must be positive: "
          + memory().get());
    }
    if (memoryBandwidth().isPresent() && memoryBandwidth().get().isZero()) {
      throw new InvalidFieldException(Figures.MEMORY_BANDWIDTH,
          "Accelerator memory bandwidth must be positive: " + memoryBandwidth().get());
    }
    positivePeaks(Figures.DENSE_PEAK, densePeak());
    positivePeaks(Figures.SPARSE_PEAK, sparsePeak());
    positivePeaks(Figures.UNLABELLED_PEAK, unlabelledPeak());
    if (thermalDesignPower().isPresent() && thermalDesignPower().get().isZero()) {
      throw new InvalidFieldException(Figures.THERMAL_DESIGN_POWER,
          "Thermal design power must be positive: " + thermalDesignPower().get());
    }
    checkSources();
    for (Gap gap : gaps()) {
      if (isPresent(gap.figure())) {
        throw new InvalidFieldException("gaps", "Gap names a figure that is present: '"
            + gap.figure() + "'");
      }
    }
    for (String note : notes()) {
      Figures.notBlank(note, "notes", "Note");
    }
  }

  private static void positivePeaks(String map, Map<ComputeFormat, FlopRate> peaks) {
    for (Map.Entry<ComputeFormat, FlopRate> peak : peaks.entrySet()) {
      if (peak.getValue().isZero()) {
        throw new InvalidFieldException(Figures.peak(map, peak.getKey()), "Peak must be "
            + "positive (leave an unpublished format out): " + peak.getKey() + " "
            + peak.getValue());
      }
    }
  }

  private void checkSources() {
    if (sources().isEmpty()) {
      throw new InvalidFieldException("sources", "Accelerator must cite at least one source: "
          + "'" + id() + "'");
    }
    List<String> present = figures();
    for (Source source : sources()) {
      if (source.figures().isEmpty()) {
        throw new InvalidFieldException("sources", "Accelerator source must name the figures "
            + "it supports: " + source.url());
      }
      for (String figure : source.figures()) {
        if (!present.contains(figure)) {
          throw new InvalidFieldException("sources", "Source names a figure that is absent: '"
              + figure + "' (" + source.url() + ")");
        }
      }
    }
    for (String figure : present) {
      if (!figure.equals(Figures.FORM_FACTOR) && sourcesOf(figure).isEmpty()) {
        throw new InvalidFieldException(figure, "Figure has no source: '" + figure + "'");
      }
    }
  }

  private boolean isPresent(String topic) {
    switch (topic) {
      case Figures.DENSE_PEAK:
        return !densePeak().isEmpty();
      case Figures.SPARSE_PEAK:
        return !sparsePeak().isEmpty();
      case Figures.UNLABELLED_PEAK:
        return !unlabelledPeak().isEmpty();
      case "scaleUp.bandwidth":
        return scaleUp().isPresent() && scaleUp().get().bandwidth().isPresent();
      case "scaleUp.basis":
        return scaleUp().isPresent() && scaleUp().get().basis().isPresent();
      default:
        return figures().contains(topic);
    }
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
}
