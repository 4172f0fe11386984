/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.SourceTier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The source tier of each figure behind an estimate, such as 'memory PRIMARY, memoryBandwidth
 * PRIMARY, densePeak.BF16 SECONDARY, price given', and the tier of the estimate: the weakest of
 * them.
 *
 * <p>The model: figure names in the order added, each with the {@link SourceTier} of the catalog
 * figure used, or none when the caller gave the figure itself (a supplied accelerator figure, a
 * price typed in). A given figure does not weaken the estimate's tier: the tier says how far the
 * catalog's figures can be trusted, and the caller answers for its own. An estimate of given
 * figures alone is {@link SourceTier#PRIMARY}.
 *
 * <pre>{@code
 * FigureTiers tiers = entry.tiersOf(AcceleratorEntry.figuresUsedBy(deployment), supplied)
 *     .plus("price", offer.tier());
 * tiers.weakest();   // SECONDARY if any of them is only secondary
 * }</pre>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FigureTiers {

  private static final FigureTiers EMPTY = new FigureTiers(Map.of());

  /** By figure name, in the order added; an empty tier for a figure the caller gave. */
  private final Map<String, Optional<SourceTier>> tiers;

  private FigureTiers(Map<String, Optional<SourceTier>> tiers) {
    this.tiers = tiers;
  }

  /**
   * Obtains the tiers of no figure.
   *
   * @return the empty instance, not null
   */
  public static FigureTiers empty() {
    return EMPTY;
  }

  /**
   * Returns a copy with a catalog figure and its tier added, replacing a figure of the same name.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param figure the figure's name, such as {@code densePeak.BF16} or {@code price}, not null
   * @param tier the tier of its source, not null
   * @return the new instance, not null
   */
  public FigureTiers plus(String figure, SourceTier tier) {
    return with(figure, Optional.of(Objects.requireNonNull(tier, "tier")));
  }

  /**
   * Returns a copy with a figure the caller gave added, replacing a figure of the same name.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param figure the figure's name, not null
   * @return the new instance, not null
   */
  public FigureTiers plusGiven(String figure) {
    return with(figure, Optional.empty());
  }

  /**
   * Returns a copy with every figure of other tiers added, in their order, each replacing a
   * figure of the same name.
   *
   * <pre>{@code
   * FigureTiers all = hardware.defaultEnergyTiers(entry).map(tiers::plus).orElse(tiers);
   * }</pre>
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param others the tiers to add, not null
   * @return the new instance, not null
   */
  public FigureTiers plus(FigureTiers others) {
    Objects.requireNonNull(others, "others");
    if (others.tiers.isEmpty()) {
      return this;
    }
    Map<String, Optional<SourceTier>> copy = new LinkedHashMap<>(tiers);
    copy.putAll(others.tiers);
    return new FigureTiers(Collections.unmodifiableMap(copy));
  }

  private FigureTiers with(String figure, Optional<SourceTier> tier) {
    Objects.requireNonNull(figure, "figure");
    Map<String, Optional<SourceTier>> copy = new LinkedHashMap<>(tiers);
    copy.put(figure, tier);
    return new FigureTiers(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the tier of each figure in the order added: empty for a figure the caller gave.
   *
   * @return the tiers by figure name, unmodifiable, not null
   */
  public Map<String, Optional<SourceTier>> tiers() {
    return tiers;
  }

  /**
   * Returns the tier of the estimate: the weakest tier of its catalog figures, and
   * {@link SourceTier#PRIMARY} when every figure was given (or there is none).
   *
   * @return the weakest tier, not null
   */
  public SourceTier weakest() {
    SourceTier weakest = SourceTier.PRIMARY;
    for (Optional<SourceTier> tier : tiers.values()) {
      if (tier.isPresent()) {
        weakest = weakest.weakerOf(tier.get());
      }
    }
    return weakest;
  }

  /**
   * Checks if this equals another instance: the same figures, in the same order, with the same
   * tiers.
   *
   * @param obj the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FigureTiers && List.copyOf(tiers.entrySet())
        .equals(List.copyOf(((FigureTiers) obj).tiers.entrySet()));
  }

  /**
   * Returns a hash code for this instance.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return tiers.hashCode();
  }

  /**
   * Returns the text form, such as {@code memory PRIMARY, densePeak.BF16 SECONDARY, price given;
   * weakest SECONDARY}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    tiers.forEach((figure, tier) -> b.append(b.length() == 0 ? "" : ", ").append(figure)
        .append(' ').append(tier.map(Enum::name).orElse("given")));
    return b.append(b.length() == 0 ? "" : "; ").append("weakest ").append(weakest()).toString();
  }
}
