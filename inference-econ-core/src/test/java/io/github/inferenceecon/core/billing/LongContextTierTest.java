/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

final class LongContextTierTest {

  private static final TokenCount TOKENS_200K = TokenCount.ofThousands(200);
  private static final TokenRates USD_6_00_AND_22_50 = TokenRates.of(
      TokenPrice.perMillion("USD", "6.00"), TokenPrice.perMillion("USD", "22.50"));

  @Test
  void of_keepsThresholdRuleAndRates() {
    LongContextTier tier = LongContextTier.of(TOKENS_200K, LongContextRule.ALL_TOKENS,
        USD_6_00_AND_22_50);

    assertThat(tier.threshold()).isEqualTo(TokenCount.of(200_000));
    assertThat(tier.rule()).isEqualTo(LongContextRule.ALL_TOKENS);
    assertThat(tier.rates()).isEqualTo(USD_6_00_AND_22_50);
  }

  @Test
  void of_zeroThreshold_throws() {
    assertThatThrownBy(() -> LongContextTier.of(TokenCount.ZERO, LongContextRule.EXCESS_TOKENS,
        USD_6_00_AND_22_50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Long-context threshold must be positive: 0 tokens");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> LongContextTier.of(null, LongContextRule.ALL_TOKENS,
        USD_6_00_AND_22_50)).isInstanceOf(NullPointerException.class).hasMessage("threshold");
    assertThatThrownBy(() -> LongContextTier.of(TOKENS_200K, null, USD_6_00_AND_22_50))
        .isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> LongContextTier.of(TOKENS_200K, LongContextRule.ALL_TOKENS, null))
        .isInstanceOf(NullPointerException.class).hasMessage("rates");
  }

  @Test
  void equals_sameTier_equal() {
    assertEqualsContract(
        LongContextTier.of(TOKENS_200K, LongContextRule.ALL_TOKENS, USD_6_00_AND_22_50),
        LongContextTier.of(TokenCount.of(200_000), LongContextRule.ALL_TOKENS,
            USD_6_00_AND_22_50),
        LongContextTier.of(TOKENS_200K, LongContextRule.EXCESS_TOKENS, USD_6_00_AND_22_50));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(LongContextTier.class,
        LongContextTier.of(TOKENS_200K, LongContextRule.ALL_TOKENS, USD_6_00_AND_22_50));
  }

  @Test
  void json_roundTrips() {
    LongContextTier tier = LongContextTier.of(TOKENS_200K, LongContextRule.EXCESS_TOKENS,
        USD_6_00_AND_22_50);

    assertThat(jsonRoundTrip(tier, LongContextTier.class)).isEqualTo(tier);
  }
}
