/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

/** Laws of {@link OpenAiUsages} over any counts the SDK's types can carry. */
final class OpenAiUsagesProperties {

  @Test
  void toApiUsage_consistentCounts_carryOverUnchanged() {
    // OpenAI's subsets (cached in prompt, reasoning in completion) are ApiUsage's subsets.
    qt().forAll(longs().between(0, 10_000_000), longs().between(0, 10_000_000),
        longs().between(0, 10_000_000), longs().between(0, 10_000_000))
        .checkAssert((prompt, cachedSeed, completion, reasoningSeed) -> {
          long cached = cachedSeed % (prompt + 1);
          long reasoning = reasoningSeed % (completion + 1);
          ApiUsage usage = OpenAiUsages.toApiUsage(OpenAiUsagesTest.chatUsage(prompt, cached,
              completion, reasoning));
          assertThat(usage).isEqualTo(ApiUsage.builder().inputTokens(TokenCount.of(prompt))
              .cachedInputTokens(TokenCount.of(cached)).outputTokens(TokenCount.of(completion))
              .reasoningTokens(TokenCount.of(reasoning)).build());
          assertThat(usage.uncachedInputTokens().count()).isEqualTo(prompt - cached);
        });
  }

  @Test
  void toApiUsage_cachedBeyondPrompt_alwaysThrows() {
    qt().forAll(longs().between(0, 10_000_000), longs().between(1, 10_000_000))
        .checkAssert((prompt, excess) -> assertThatThrownBy(() -> OpenAiUsages.toApiUsage(
            OpenAiUsagesTest.chatUsage(prompt, prompt + excess, 0, 0)))
            .isInstanceOf(UnmappableUsageException.class));
  }

  @Test
  void toApiUsage_responsesCacheWrites_stayWithinTheInput() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000),
        longs().between(0, 1_000_000), longs().between(0, 1_000_000))
        .checkAssert((uncached, cached, write30m, write12h) -> {
          long input = uncached + cached + write30m + write12h;
          ApiUsage usage = OpenAiUsages.toApiUsage(OpenAiUsagesTest.responseUsage(input, cached,
              write30m, write12h, 0, 0));
          assertThat(usage.inputTokens().count()).isEqualTo(input);
          assertThat(usage.uncachedInputTokens().count()).isEqualTo(uncached);
          assertThat(usage.totalCacheWriteTokens().count()).isEqualTo(write30m + write12h);
        });
  }
}
