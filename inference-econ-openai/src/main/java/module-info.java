/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * inference-econ OpenAI adapter: prices the calls of the OpenAI Java SDK by mapping its Chat
 * Completions and Responses API usage onto {@link io.github.inferenceecon.core.billing.ApiUsage}.
 *
 * <p>The application brings its own {@code com.openai:openai-java} (tested with 4.105.0), whose
 * core jar is the automatic module {@code openai.java.core}; this module reads it only when the
 * application does.
 *
 * <pre>{@code
 * ChatCompletion completion = client.chat().completions().create(params);
 * ApiCost cost = PriceCatalog.bundled().cost("openai", completion.model(),
 *     OpenAiUsages.toApiUsage(completion));
 * }</pre>
 */
module io.github.inferenceecon.openai {
  requires transitive io.github.inferenceecon.pricing;
  // Provided by the application; static, so that neither compiling nor running a modular
  // application needs anything it does not declare itself.
  requires static openai.java.core;
  requires static org.jspecify;

  exports io.github.inferenceecon.openai;
}
