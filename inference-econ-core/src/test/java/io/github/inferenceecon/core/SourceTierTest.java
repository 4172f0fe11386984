/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

final class SourceTierTest {

  //-----------------------------------------------------------------------
  // isPrimary
  @Test
  void isPrimary_primaryOnly() {
    assertThat(SourceTier.PRIMARY.isPrimary()).isTrue();
    assertThat(SourceTier.SECONDARY.isPrimary()).isFalse();
  }

  //-----------------------------------------------------------------------
  // weakerOf
  @Test
  void weakerOf_anySecondary_isSecondary() {
    assertThat(SourceTier.PRIMARY.weakerOf(SourceTier.PRIMARY)).isEqualTo(SourceTier.PRIMARY);
    assertThat(SourceTier.PRIMARY.weakerOf(SourceTier.SECONDARY))
        .isEqualTo(SourceTier.SECONDARY);
    assertThat(SourceTier.SECONDARY.weakerOf(SourceTier.PRIMARY))
        .isEqualTo(SourceTier.SECONDARY);
    assertThat(SourceTier.SECONDARY.weakerOf(SourceTier.SECONDARY))
        .isEqualTo(SourceTier.SECONDARY);
  }

  @Test
  void weakerOf_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> SourceTier.PRIMARY.weakerOf(null))
        .withMessage("other");
  }

  //-----------------------------------------------------------------------
  // ordering
  @Test
  void compareTo_primaryBeforeSecondary() {
    assertThat(SourceTier.PRIMARY).isLessThan(SourceTier.SECONDARY);
  }
}
