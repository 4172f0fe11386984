/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

final class LongContextTierTest {

  static final TokenRates USD_6_22_50 = TokenRates.of(TokenPrice.perMillion("USD", "6"),
      TokenPrice.perMillion("USD", "22.50"));

  @Test
  void of_keepsParts() {
    LongContextTier t = LongContextTier.of(TokenCount.of(200_000), LongContextRule.ALL_TOKENS,
        USD_6_22_50);

    assertThat(t.threshold()).isEqualTo(TokenCount.of(200_000));
    assertThat(t.rule()).isEqualTo(LongContextRule.ALL_TOKENS);
    assertThat(t.rates()).isEqualTo(USD_6_22_50);
  }

  @Test
  void of_zeroThreshold_throws() {
    assertThatThrownBy(() -> LongContextTier.of(TokenCount.ZERO, LongContextRule.ALL_TOKENS,
        USD_6_22_50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Long-context threshold must be positive: 0 tokens");
  }

  @Test
  void json_roundTrips() {
    LongContextTier t = LongContextTier.of(TokenCount.of(100), LongContextRule.EXCESS_TOKENS,
        USD_6_22_50);

    assertThat(CostTesting.roundTrip(t, LongContextTier.class)).isEqualTo(t);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableLongContextTier.class);
  }
}
