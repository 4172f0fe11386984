/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.inferenceecon.core.SourceTier;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FigureTiersTest {

  private static final FigureTiers MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN =
      FigureTiers.empty().plus("memory", SourceTier.PRIMARY)
          .plus("densePeak.BF16", SourceTier.SECONDARY).plusGiven("price");

  @Test
  void empty_isPrimaryWithNoFigure() {
    assertThat(FigureTiers.empty().tiers()).isEmpty();
    assertThat(FigureTiers.empty().weakest()).isEqualTo(SourceTier.PRIMARY);
  }

  @Test
  void weakest_isTheWeakestCatalogTier_givenFiguresDoNotCount() {
    assertThat(MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN.weakest())
        .isEqualTo(SourceTier.SECONDARY);
    assertThat(FigureTiers.empty().plus("memory", SourceTier.PRIMARY).plusGiven("price")
        .weakest()).isEqualTo(SourceTier.PRIMARY);
    assertThat(FigureTiers.empty().plusGiven("price").weakest()).isEqualTo(SourceTier.PRIMARY);
  }

  @Test
  void tiers_inTheOrderAdded() {
    assertThat(MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN.tiers()).containsExactly(
        entry("memory", Optional.of(SourceTier.PRIMARY)),
        entry("densePeak.BF16", Optional.of(SourceTier.SECONDARY)),
        entry("price", Optional.empty()));
  }

  @Test
  void plus_sameFigure_replacesItInPlace() {
    FigureTiers replaced = MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN
        .plus("densePeak.BF16", SourceTier.PRIMARY);

    assertThat(replaced.tiers().keySet()).containsExactly("memory", "densePeak.BF16", "price");
    assertThat(replaced.weakest()).isEqualTo(SourceTier.PRIMARY);
    // this instance is unchanged
    assertThat(MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN.weakest())
        .isEqualTo(SourceTier.SECONDARY);
  }

  @Test
  void plus_otherTiers_addedInTheirOrderReplacingInPlace() {
    FigureTiers energy = FigureTiers.empty().plus("thermalDesignPower", SourceTier.SECONDARY)
        .plus("memory", SourceTier.PRIMARY);

    FigureTiers all = MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN.plus(energy);

    // memory keeps its place; thermalDesignPower is added after price
    assertThat(all.tiers()).containsExactly(
        entry("memory", Optional.of(SourceTier.PRIMARY)),
        entry("densePeak.BF16", Optional.of(SourceTier.SECONDARY)),
        entry("price", Optional.empty()),
        entry("thermalDesignPower", Optional.of(SourceTier.SECONDARY)));
    assertThat(MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN.plus(FigureTiers.empty()))
        .isSameAs(MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN);
    assertThat(FigureTiers.empty().plus(energy)).isEqualTo(energy);
  }

  @Test
  void tiers_unmodifiable() {
    assertThatThrownBy(() -> MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN.tiers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equals_sameFiguresInTheSameOrder() {
    FigureTiers same = FigureTiers.empty().plus("memory", SourceTier.PRIMARY)
        .plus("densePeak.BF16", SourceTier.SECONDARY).plusGiven("price");
    FigureTiers reordered = FigureTiers.empty().plusGiven("price")
        .plus("memory", SourceTier.PRIMARY).plus("densePeak.BF16", SourceTier.SECONDARY);

    assertThat(same).isEqualTo(MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN)
        .hasSameHashCodeAs(MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN);
    assertThat(reordered).isNotEqualTo(MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN);
    assertThat(same).isNotEqualTo(null).isNotEqualTo("memory PRIMARY");
  }

  @Test
  void toString_listsEachTierAndTheWeakest() {
    assertThat(MEMORY_PRIMARY_PEAK_SECONDARY_PRICE_GIVEN).hasToString(
        "memory PRIMARY, densePeak.BF16 SECONDARY, price given; weakest SECONDARY");
    assertThat(FigureTiers.empty()).hasToString("weakest PRIMARY");
  }

  @Test
  void nulls_throw() {
    assertThatThrownBy(() -> FigureTiers.empty().plus(null, SourceTier.PRIMARY))
        .isInstanceOf(NullPointerException.class).hasMessage("figure");
    assertThatThrownBy(() -> FigureTiers.empty().plus("memory", null))
        .isInstanceOf(NullPointerException.class).hasMessage("tier");
    assertThatThrownBy(() -> FigureTiers.empty().plusGiven(null))
        .isInstanceOf(NullPointerException.class).hasMessage("figure");
    assertThatThrownBy(() -> FigureTiers.empty().plus((FigureTiers) null))
        .isInstanceOf(NullPointerException.class).hasMessage("others");
  }

  @Test
  void fields_finalAndPrivate() {
    for (Field f : FigureTiers.class.getDeclaredFields()) {
      assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue();
      assertThat(Modifier.isPrivate(f.getModifiers())).as(f.getName()).isTrue();
    }
    assertThat(Modifier.isFinal(FigureTiers.class.getModifiers())).isTrue();
  }
}
