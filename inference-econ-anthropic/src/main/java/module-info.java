/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * inference-econ Anthropic adapter: prices the calls of the Anthropic Java SDK by mapping its
 * Messages API usage onto {@link io.github.inferenceecon.core.billing.ApiUsage}.
 *
 * <p>The application brings its own {@code com.anthropic:anthropic-java} (tested with 3.16.0),
 * whose core jar is the module {@code com.anthropic.core}; this module reads it only when the
 * application does.
 *
 * <pre>{@code
 * Message message = client.messages().create(params);
 * ApiCost cost = PriceCatalog.bundled().cost("anthropic", message.model().asString(),
 *     AnthropicUsages.defaults().toApiUsage(message));
 * }</pre>
 */
module io.github.inferenceecon.anthropic {
  requires transitive io.github.inferenceecon.pricing;
  // Provided by the application; static, so that neither compiling nor running a modular
  // application needs anything it does not declare itself.
  requires static com.anthropic.core;
  requires static org.jspecify;

  exports io.github.inferenceecon.anthropic;
}
