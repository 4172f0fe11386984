/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.inferenceecon.core.money.Money;
import java.util.HashMap;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The README's example, {@link PricedChatModel}: a real {@code OpenAiChatModel} (built, never
 * called) whose listener adds the cost of each response to the spend.
 */
final class PricedChatModelTest {

  @Test
  void create_listenerAddsEachResponsesCostToTheSpend() {
    AtomicReference<Money> spend = new AtomicReference<>(Money.zero(Currency.getInstance("USD")));
    ChatModel model = PricedChatModel.create("not-a-key", spend);
    // gpt-4o-mini, 1,000 input tokens (400 cached), 300 output:
    // 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 90 + 30 + 180 = 300 per 1M = USD 0.0003
    ChatResponse response = LangChain4jUsagesTest.response("gpt-4o-mini-2024-07-18",
        LangChain4jUsagesTest.openAi(1_000, 400, 300, 0), "default");
    ChatRequest request = ChatRequest.builder().messages(UserMessage.from("hello"))
        .modelName("gpt-4o-mini").build();
    ChatModelResponseContext context =
        new ChatModelResponseContext(response, request, ModelProvider.OPEN_AI, new HashMap<>());

    assertThat(model.listeners()).hasSize(1);
    for (ChatModelListener listener : model.listeners()) {
      listener.onResponse(context);
      listener.onResponse(context);
    }

    assertThat(spend.get()).isEqualTo(Money.of("USD", "0.0006"));
  }
}
