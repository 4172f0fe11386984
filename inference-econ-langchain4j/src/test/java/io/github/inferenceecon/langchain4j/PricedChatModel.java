/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.langchain4j.PricingChatModelListener;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

final class PricedChatModel {

  static ChatModel create(String apiKey, AtomicReference<Money> spend) {
    return OpenAiChatModel.builder().apiKey(apiKey).modelName("gpt-4o-mini")
        .listeners(List.of(PricingChatModelListener.of(PriceCatalog.bundled(),
            (cost, context) -> spend.accumulateAndGet(cost.total(), Money::plus))))
        .build();
  }
}
