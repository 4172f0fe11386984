/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.models.chat.completions.ChatCompletion;
import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

/** The README's example, {@link ChatCompletionCosts}, run on a real SDK response. */
final class ChatCompletionCostsTest {

  @Test
  void costOf_chatCompletion_isTheCatalogPrice() {
    // gpt-4o-mini, 1,000 prompt tokens (400 cached), 300 completion tokens:
    // 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 90 + 30 + 180 = 300 per 1M = USD 0.0003
    ChatCompletion completion = OpenAiUsagesTest.completion("gpt-4o-mini-2024-07-18",
        OpenAiUsagesTest.chatUsage(1_000, 400, 300, 0), ChatCompletion.ServiceTier.DEFAULT);

    assertThat(ChatCompletionCosts.costOf(completion).total())
        .isEqualTo(Money.of("USD", "0.0003"));
  }
}
