/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import com.anthropic.models.messages.CacheCreation;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.Usage;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.completions.CompletionUsage;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import io.github.inferenceecon.anthropic.AnthropicUsages;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.langchain4j.PricingChatModelListener;
import io.github.inferenceecon.openai.OpenAiUsages;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures adapting a client's usage object and pricing it, per call, as an application does
 * after each response: the adapter maps the client's usage onto an {@code ApiUsage}, and the
 * bundled catalog looks the model up by the name the response carries and prices it.
 *
 * <ul>
 *   <li>{@link #openAi()}: an OpenAI SDK {@code ChatCompletion} for gpt-4o-mini-2024-07-18 (an
 *       alias) with 1,000 prompt tokens (400 cached) and 300 completion tokens: USD 0.0003.</li>
 *   <li>{@link #anthropic()}: an Anthropic SDK {@code Message} for claude-sonnet-4-20250514 with
 *       2,000 input tokens, 8,000 cache reads, 1,000 5-minute cache writes and 700 output
 *       tokens: USD 0.02265.</li>
 *   <li>{@link #langChain4j()}: the LangChain4j listener pricing an OpenAI chat response of the
 *       same gpt-4o-mini request: USD 0.0003.</li>
 * </ul>
 *
 * <p>The response objects are built once in the set-up; what is measured is reading their usage,
 * the checks, the catalog look-up by name and the exact pricing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AdapterCostBenchmark {

  // Not final, so the JIT cannot fold the inputs into constants.
  PriceCatalog catalog;
  ChatCompletion completion;
  Message message;
  ChatModelResponseContext context;
  PricingChatModelListener listener;
  AnthropicUsages anthropicUsages;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public AdapterCostBenchmark() {}

  /**
   * Loads the bundled catalog and builds the three responses with the clients' builders.
   */
  @Setup
  public void setUp() {
    catalog = PriceCatalog.bundled();
    completion = ChatCompletion.builder().id("chatcmpl-bench").choices(List.of())
        .created(1_767_225_600L).model("gpt-4o-mini-2024-07-18")
        .serviceTier(ChatCompletion.ServiceTier.DEFAULT)
        .usage(CompletionUsage.builder().promptTokens(1_000).completionTokens(300)
            .totalTokens(1_300)
            .promptTokensDetails(CompletionUsage.PromptTokensDetails.builder()
                .cachedTokens(400).audioTokens(0).build())
            .completionTokensDetails(CompletionUsage.CompletionTokensDetails.builder()
                .reasoningTokens(0).audioTokens(0).build())
            .build())
        .build();
    message = Message.builder().id("msg_bench").container(Optional.empty()).content(List.of())
        .diagnostics(Optional.empty()).model("claude-sonnet-4-20250514")
        .stopDetails(Optional.empty()).stopReason(Optional.empty())
        .stopSequence(Optional.empty())
        .usage(Usage.builder().inputTokens(2_000).cacheReadInputTokens(8_000L)
            .cacheCreationInputTokens(1_000L)
            .cacheCreation(CacheCreation.builder().ephemeral5mInputTokens(1_000)
                .ephemeral1hInputTokens(0).build())
            .outputTokens(700).outputTokensDetails(Optional.empty())
            .serverToolUse(Optional.empty()).serviceTier(Usage.ServiceTier.STANDARD)
            .speed(Optional.empty()).inferenceGeo(Optional.empty()).build())
        .build();
    anthropicUsages = AnthropicUsages.defaults();
    ChatResponse response = ChatResponse.builder().aiMessage(AiMessage.from("ok"))
        .metadata(OpenAiChatResponseMetadata.builder().id("chatcmpl-bench")
            .modelName("gpt-4o-mini-2024-07-18").serviceTier("default")
            .tokenUsage(OpenAiTokenUsage.builder().inputTokenCount(1_000)
                .inputTokensDetails(OpenAiTokenUsage.InputTokensDetails.builder()
                    .cachedTokens(400).build())
                .outputTokenCount(300)
                .outputTokensDetails(OpenAiTokenUsage.OutputTokensDetails.builder()
                    .reasoningTokens(0).build())
                .totalTokenCount(1_300).build())
            .build())
        .build();
    context = new ChatModelResponseContext(response, ChatRequest.builder()
        .messages(UserMessage.from("hello")).modelName("gpt-4o-mini").build(),
        ModelProvider.OPEN_AI, new HashMap<>());
    listener = PricingChatModelListener.of(catalog, (cost, ctx) -> { });
  }

  /**
   * Adapts an OpenAI chat completion's usage and prices it at the bundled catalog.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost openAi() {
    return catalog.cost("openai", completion.model(), OpenAiUsages.toApiUsage(completion));
  }

  /**
   * Adapts an Anthropic message's usage and prices it at the bundled catalog.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost anthropic() {
    return catalog.cost("anthropic", message.model().asString(),
        anthropicUsages.toApiUsage(message));
  }

  /**
   * Prices a LangChain4j response as the listener does.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost langChain4j() {
    return listener.cost(context);
  }
}
