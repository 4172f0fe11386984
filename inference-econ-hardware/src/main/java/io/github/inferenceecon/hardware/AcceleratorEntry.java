/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.util.ArrayList;
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

  AcceleratorEntry() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AcceleratorEntry}. Required: id, vendor, name and at least one source for
   * every figure set.
   */
  public static final class Builder extends ImmutableAcceleratorEntry.Builder {
    Builder() {}
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
    AcceleratorSpec.Builder b = AcceleratorSpec.builder()
        .id(id())
        .vendor(vendor())
        .name(name())
        .aliases(aliases())
        .memory(memory().get())
        .memoryBandwidth(memoryBandwidth().get())
        .densePeak(densePeak())
        .sparsePeak(sparsePeak())
        .thermalDesignPower(thermalDesignPower());
    scaleUp().flatMap(ScaleUpLink::toInterconnect).ifPresent(b::scaleUp);
    return Optional.of(b.build());
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
    if (spec.isPresent()) {
      return spec.get();
    }
    List<String> missing = new ArrayList<>();
    if (memory().isEmpty()) {
      missing.add(Figures.MEMORY);
    }
    if (memoryBandwidth().isEmpty()) {
      missing.add(Figures.MEMORY_BANDWIDTH);
    }
    throw new MissingFigureException(id(), missing, SPEC_NEEDS);
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
