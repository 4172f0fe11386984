/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * inference-econ LangChain4j adapter: maps LangChain4j's token usage onto
 * {@link io.github.inferenceecon.core.billing.ApiUsage} and prices every chat response with a
 * {@code ChatModelListener}.
 *
 * <p>The application brings its own LangChain4j (tested with 1.19.0): {@code langchain4j-core}
 * (automatic module {@code langchain4j.core}) and whichever of {@code langchain4j-open-ai}
 * ({@code langchain4j.open.ai}) and {@code langchain4j-anthropic} ({@code langchain4j.anthropic})
 * it uses; this module reads each only when the application has it.
 *
 * <pre>{@code
 * ChatModel model = OpenAiChatModel.builder().apiKey(key).modelName("gpt-4o-mini")
 *     .listeners(List.of(PricingChatModelListener.of(PriceCatalog.bundled(),
 *         (cost, context) -> spend.add(cost.total()))))
 *     .build();
 * }</pre>
 */
module io.github.inferenceecon.langchain4j {
  requires transitive io.github.inferenceecon.pricing;
  // Provided by the application; static, so that neither compiling nor running a modular
  // application needs anything it does not declare itself.
  requires static langchain4j.core;
  requires static langchain4j.open.ai;
  requires static langchain4j.anthropic;
  requires static org.jspecify;

  exports io.github.inferenceecon.langchain4j;
}
