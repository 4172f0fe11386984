/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of {@link AnthropicUsages} over any counts the SDK's types can carry. */
final class AnthropicUsagesProperties {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled();

  private static Gen<Long> counts() {
    return longs().between(0, 1_000_000);
  }

  /** Counts small enough that a prompt of four of them fits Claude Sonnet 4's 200K window. */
  private static Gen<Long> inWindow() {
    return longs().between(0, 50_000);
  }

  /** 5-minute and 1-hour cache writes. */
  private static Gen<long[]> writes() {
    return counts().zip(counts(), (fiveMinutes, oneHour) -> new long[] {fiveMinutes, oneHour});
  }

  @Test
  void toApiUsage_exclusiveCounts_addUpToTheInput_andEachKeepsItsKind() {
    qt().forAll(counts(), counts(), writes(), counts())
        .checkAssert((input, reads, writes, output) -> {
          ApiUsage usage = AnthropicUsages.defaults().toApiUsage(
              AnthropicUsagesTest.usage(input, reads, writes[0], writes[1], output).build());
          assertThat(usage.inputTokens().count()).isEqualTo(input + reads + writes[0]
              + writes[1]);
          assertThat(usage.uncachedInputTokens().count()).isEqualTo(input);
          assertThat(usage.cachedInputTokens().count()).isEqualTo(reads);
          assertThat(usage.cacheWritesByTtl().getOrDefault(Duration.ofMinutes(5),
              TokenCount.ZERO).count()).isEqualTo(writes[0]);
          assertThat(usage.cacheWritesByTtl().getOrDefault(Duration.ofHours(1),
              TokenCount.ZERO).count()).isEqualTo(writes[1]);
          assertThat(usage.outputTokens().count()).isEqualTo(output);
        });
  }

  @Test
  void toApiUsage_claudeSonnet4_costIsEachKindAtItsRate() {
    // USD per 1M: input 3, cache reads 0.30, 5-minute writes 3.75, 1-hour writes 6, output 15.
    // Prompts stay within the 200,000-token window: beyond it the catalog refuses the request
    // (ContextWindowExceededException), and these flat rates would not apply anyway.
    qt().forAll(inWindow(), inWindow(), inWindow().zip(inWindow(),
        (fiveMinutes, oneHour) -> new long[] {fiveMinutes, oneHour}), counts())
        .checkAssert((input, reads, writes, output) -> {
          ApiUsage usage = AnthropicUsages.defaults().toApiUsage(
              AnthropicUsagesTest.usage(input, reads, writes[0], writes[1], output).build());
          BigDecimal perMillion = BigDecimal.valueOf(input).multiply(new BigDecimal("3"))
              .add(BigDecimal.valueOf(reads).multiply(new BigDecimal("0.30")))
              .add(BigDecimal.valueOf(writes[0]).multiply(new BigDecimal("3.75")))
              .add(BigDecimal.valueOf(writes[1]).multiply(new BigDecimal("6")))
              .add(BigDecimal.valueOf(output).multiply(new BigDecimal("15")));
          assertThat(CATALOG.cost("anthropic", "claude-sonnet-4", usage).total().amount())
              .isEqualByComparingTo(perMillion.movePointLeft(6));
        });
  }
}
