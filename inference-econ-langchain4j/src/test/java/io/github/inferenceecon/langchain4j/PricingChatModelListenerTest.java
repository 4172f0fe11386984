/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.anthropic.AnthropicChatResponseMetadata;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.TokenUsage;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PricingChatModelListener} with LangChain4j's real request, response and context types:
 * the callback receives the exact cost, and what cannot be priced goes to the failure handler.
 */
final class PricingChatModelListenerTest {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled();

  private final List<ApiCost> costs = new ArrayList<>();
  private final List<RuntimeException> failures = new ArrayList<>();

  private static ChatModelResponseContext context(ModelProvider provider, String requestModel,
      ChatResponse response) {
    ChatRequest request = ChatRequest.builder().messages(UserMessage.from("hello"))
        .modelName(requestModel).build();
    return new ChatModelResponseContext(response, request, provider, new HashMap<>());
  }

  private PricingChatModelListener listener() {
    return PricingChatModelListener.of(CATALOG, (cost, context) -> costs.add(cost))
        .withFailureHandler((failure, context) -> failures.add(failure));
  }

  @Test
  void onResponse_openAi_handsTheExactCostToTheCallback() {
    // gpt-4o-mini, 1,000 input tokens (400 cached), 300 output:
    // 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 90 + 30 + 180 = 300 per 1M = USD 0.0003
    ChatResponse response = LangChain4jUsagesTest.response("gpt-4o-mini-2024-07-18",
        LangChain4jUsagesTest.openAi(1_000, 400, 300, 0), "default");
    listener().onResponse(context(ModelProvider.OPEN_AI, "gpt-4o-mini", response));
    assertThat(failures).isEmpty();
    assertThat(costs).hasSize(1);
    ApiCost cost = costs.get(0);
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0003"));
    assertThat(cost).isEqualTo(CATALOG.cost("openai", "gpt-4o-mini",
        LangChain4jUsages.defaults().toApiUsage(response)));
  }

  @Test
  void onResponse_anthropic_pricesWithTheNamedCacheTtl() {
    // claude-sonnet-4, input 2,000 + cache reads 8,000 + 5-minute writes 1,000, output 700:
    // 6,000 + 2,400 + 3,750 + 10,500 = 22,650 per 1M = USD 0.02265
    ChatResponse response = ChatResponse.builder().aiMessage(AiMessage.from("ok"))
        .metadata(AnthropicChatResponseMetadata.builder().id("msg_test")
            .modelName("claude-sonnet-4-20250514")
            .tokenUsage(LangChain4jUsagesTest.anthropic(2_000, 8_000, 1_000, 700)).build())
        .build();
    ChatModelResponseContext context = context(ModelProvider.ANTHROPIC, "claude-sonnet-4",
        response);
    listener().onResponse(context);
    assertThat(costs).isEmpty();
    assertThat(failures).singleElement().isInstanceOf(UnmappableUsageException.class);

    PricingChatModelListener withTtl = listener()
        .withUsages(LangChain4jUsages.defaults().withCacheWriteTtl(Duration.ofMinutes(5)));
    withTtl.onResponse(context);
    assertThat(costs).singleElement().satisfies(cost -> {
      assertThat(cost.total()).isEqualTo(Money.of("USD", "0.02265"));
      assertThat(cost.provider()).isEqualTo("anthropic");
      assertThat(cost.model()).isEqualTo("claude-sonnet-4");
    });
  }

  @Test
  void onResponse_modelFromTheRequest_whenTheResponseNamesNone() {
    ChatResponse response = ChatResponse.builder().aiMessage(AiMessage.from("ok"))
        .metadata(ChatResponseMetadata.builder().tokenUsage(
            LangChain4jUsagesTest.openAi(1_000, 0, 0, 0)).build()).build();
    listener().onResponse(context(ModelProvider.OPEN_AI, "gpt-4o-mini", response));
    assertThat(costs).singleElement().extracting(ApiCost::total)
        .isEqualTo(Money.of("USD", "0.00015"));
  }

  @Test
  void onResponse_unmappedProvider_failsUnlessMapped() {
    // deepseek-chat through an OpenAI-compatible client, reported as OTHER with a plain usage.
    ChatResponse response = ChatResponse.builder().aiMessage(AiMessage.from("ok"))
        .metadata(ChatResponseMetadata.builder().modelName("deepseek-chat")
            .tokenUsage(new TokenUsage(1_000, 100)).build()).build();
    ChatModelResponseContext context = context(ModelProvider.OTHER, "deepseek-chat", response);
    listener().onResponse(context);
    assertThat(failures).singleElement().isInstanceOf(UnknownNameException.class)
        .extracting(Throwable::getMessage).asString()
        .startsWith("Unknown LangChain4j model provider 'OTHER'");

    PricingChatModelListener mapped = listener().withProviderId(ModelProvider.OTHER, "deepseek")
        .withUsages(LangChain4jUsages.defaults().acceptingPlainTokenUsage());
    mapped.onResponse(context);
    assertThat(costs).singleElement().satisfies(cost -> {
      assertThat(cost.provider()).isEqualTo("deepseek");
      assertThat(cost).isEqualTo(CATALOG.cost("deepseek", "deepseek-chat",
          ApiUsage.of(1_000, 100)));
    });
  }

  @Test
  void onResponse_failureByDefault_isThrownOn() {
    ChatResponse response = ChatResponse.builder().aiMessage(AiMessage.from("ok"))
        .metadata(ChatResponseMetadata.builder().modelName("gpt-4o-mini")
            .tokenUsage(new TokenUsage(1, 1)).build()).build();
    PricingChatModelListener listener = PricingChatModelListener.of(CATALOG,
        (cost, context) -> costs.add(cost));
    assertThatThrownBy(() -> listener.onResponse(context(ModelProvider.OPEN_AI, "gpt-4o-mini",
        response))).isInstanceOf(UnmappableUsageException.class);
    assertThat(costs).isEmpty();
  }

  @Test
  void cost_unknownModel_throws() {
    ChatResponse response = LangChain4jUsagesTest.response("gpt-9",
        LangChain4jUsagesTest.openAi(1, 0, 1, 0), "default");
    assertThatThrownBy(() -> listener().cost(context(ModelProvider.OPEN_AI, "gpt-9", response)))
        .isInstanceOf(UnknownNameException.class).hasMessageContaining("'gpt-9'");
  }

  @Test
  void withProviderId_blank_throws() {
    assertThatThrownBy(() -> listener().withProviderId(ModelProvider.OTHER, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Catalog provider must not be blank: ' '");
  }

  @Test
  void nulls_throw() {
    assertThatThrownBy(() -> PricingChatModelListener.of(null, (c, x) -> { }))
        .isInstanceOf(NullPointerException.class).hasMessage("catalog");
    assertThatThrownBy(() -> PricingChatModelListener.of(CATALOG, null))
        .isInstanceOf(NullPointerException.class).hasMessage("onCost");
    assertThatThrownBy(() -> listener().withUsages(null))
        .isInstanceOf(NullPointerException.class).hasMessage("usages");
    assertThatThrownBy(() -> listener().withFailureHandler(null))
        .isInstanceOf(NullPointerException.class).hasMessage("onFailure");
    assertThatThrownBy(() -> listener().withProviderId(null, "openai"))
        .isInstanceOf(NullPointerException.class).hasMessage("provider");
    assertThatThrownBy(() -> listener().onResponse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("context");
  }

  @Test
  void toString_namesTheMapping() {
    assertThat(listener()).hasToString("PricingChatModelListener[LangChain4jUsages[strict]]");
  }
}
