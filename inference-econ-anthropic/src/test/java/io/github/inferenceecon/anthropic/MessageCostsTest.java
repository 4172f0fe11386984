/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.models.messages.Message;
import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

/** The README's example, {@link MessageCosts}, run on a real SDK response. */
final class MessageCostsTest {

  @Test
  void costOf_message_isTheCatalogPrice() {
    // claude-sonnet-4, 2,000 uncached input tokens, 8,000 cache reads, 700 output tokens:
    // 2,000 x 3 + 8,000 x 0.30 + 700 x 15 = 6,000 + 2,400 + 10,500 per 1M = USD 0.0189
    Message message =
        AnthropicUsagesTest.message(AnthropicUsagesTest.usage(2_000, 8_000, 0, 0, 700).build());

    assertThat(MessageCosts.costOf(message).total()).isEqualTo(Money.of("USD", "0.0189"));
  }
}
