/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.PriceNotKnownException;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A LangChain4j {@link ChatModelListener} that prices every chat response at a price catalog and
 * hands the exact cost to a callback, such as a gpt-4o-mini response of 1,000 input tokens (400
 * cached) priced at USD 0.00012.
 *
 * <p>For each response, the provider is the chat model's {@link ModelProvider} mapped to the
 * catalog's provider id ({@code OPEN_AI} to {@code openai}, {@code ANTHROPIC} to
 * {@code anthropic}, {@code AZURE_OPEN_AI} to {@code azure-openai}, {@code AMAZON_BEDROCK} to
 * {@code amazon-bedrock}, {@code GOOGLE_AI_GEMINI} to {@code google},
 * {@code GOOGLE_VERTEX_AI_GEMINI} to {@code google-vertex}, {@code MISTRAL_AI} to
 * {@code mistral}; others with {@link #withProviderId(ModelProvider, String)}); the model is the
 * one the response names, or else the one the request named; the usage is mapped by
 * {@link LangChain4jUsages} (strict unless {@link #withUsages(LangChain4jUsages)} says
 * otherwise). The cost is {@link PriceCatalog#cost(String, String, ApiUsage)} at the model's
 * latest price card.
 *
 * <p>A response that cannot be priced (no usage or model, a usage that cannot be mapped exactly,
 * an unknown provider, model or tier, a model without a price) goes to the failure handler,
 * which by default throws the exception on, where LangChain4j logs it at WARN level and carries
 * on. The cost callback is never called with a guessed cost: a cost whose price card leaves some
 * tokens unpriced reaches it as such ({@link ApiCost#isFullyPriced()} false, the unpriced
 * components named). Both callbacks run on the thread
 * that received the response; they must be thread-safe if the model is shared.
 *
 * <pre>{@code
 * ChatModel model = OpenAiChatModel.builder().apiKey(key).modelName("gpt-4o-mini")
 *     .listeners(List.of(PricingChatModelListener.of(PriceCatalog.bundled(),
 *         (cost, context) -> spend.add(cost.total()))))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (given thread-safe callbacks).
 */
// LangChain4j's types appear in this API, yet the module requires LangChain4j static only,
// never transitive: an application that uses this listener requires LangChain4j itself.
@SuppressWarnings("exports")
public final class PricingChatModelListener implements ChatModelListener {

  /** Catalog provider ids by LangChain4j provider name (names, so no constant is linked). */
  private static final Map<String, String> DEFAULT_PROVIDERS = Map.of(
      "OPEN_AI", "openai",
      "ANTHROPIC", "anthropic",
      "AZURE_OPEN_AI", "azure-openai",
      "AMAZON_BEDROCK", "amazon-bedrock",
      "GOOGLE_AI_GEMINI", "google",
      "GOOGLE_VERTEX_AI_GEMINI", "google-vertex",
      "MISTRAL_AI", "mistral");

  private static final BiConsumer<RuntimeException, ChatModelResponseContext> RETHROW =
      (failure, context) -> {
        throw failure;
      };

  private final PriceCatalog catalog;
  private final BiConsumer<ApiCost, ChatModelResponseContext> onCost;
  private final BiConsumer<RuntimeException, ChatModelResponseContext> onFailure;
  private final LangChain4jUsages usages;
  private final Map<String, String> providers;

  private PricingChatModelListener(PriceCatalog catalog,
      BiConsumer<ApiCost, ChatModelResponseContext> onCost,
      BiConsumer<RuntimeException, ChatModelResponseContext> onFailure,
      LangChain4jUsages usages, Map<String, String> providers) {
    this.catalog = catalog;
    this.onCost = onCost;
    this.onFailure = onFailure;
    this.usages = usages;
    this.providers = Map.copyOf(providers);
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a listener that prices every response at a catalog and hands the cost to a callback.
   *
   * @param catalog the price catalog, such as {@link PriceCatalog#bundled()}, not null
   * @param onCost called with the exact cost of each priced response and its context, not null
   * @return the listener, strict usage mapping, failures thrown on, not null
   */
  public static PricingChatModelListener of(PriceCatalog catalog,
      BiConsumer<ApiCost, ChatModelResponseContext> onCost) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(onCost, "onCost");
    return new PricingChatModelListener(catalog, onCost, RETHROW, LangChain4jUsages.defaults(),
        DEFAULT_PROVIDERS);
  }

  /**
   * Returns a copy of this listener that maps usage with the given mapping, such as
   * {@code LangChain4jUsages.defaults().withCacheWriteTtl(Duration.ofMinutes(5))}.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param usages the usage mapping, not null
   * @return the new listener, not null
   */
  public PricingChatModelListener withUsages(LangChain4jUsages usages) {
    Objects.requireNonNull(usages, "usages");
    return new PricingChatModelListener(catalog, onCost, onFailure, usages, providers);
  }

  /**
   * Returns a copy of this listener that prices the responses of a LangChain4j provider at a
   * catalog provider, such as {@code OTHER} at {@code deepseek}.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param provider the LangChain4j provider, not null
   * @param catalogProvider the catalog's provider id or alias, not blank, not null
   * @return the new listener, not null
   * @throws IllegalArgumentException if the catalog provider is blank
   */
  public PricingChatModelListener withProviderId(ModelProvider provider, String catalogProvider) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(catalogProvider, "catalogProvider");
    if (catalogProvider.isBlank()) {
      throw new IllegalArgumentException("Catalog provider must not be blank: '"
          + catalogProvider + "'");
    }
    Map<String, String> copy = new HashMap<>(providers);
    copy.put(provider.name(), catalogProvider);
    return new PricingChatModelListener(catalog, onCost, onFailure, usages, copy);
  }

  /**
   * Returns a copy of this listener that hands the responses it cannot price to a handler
   * instead of throwing.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param onFailure called with the reason and the context of each response that cannot be
   *     priced, not null
   * @return the new listener, not null
   */
  public PricingChatModelListener withFailureHandler(
      BiConsumer<RuntimeException, ChatModelResponseContext> onFailure) {
    Objects.requireNonNull(onFailure, "onFailure");
    return new PricingChatModelListener(catalog, onCost, onFailure, usages, providers);
  }

  //-----------------------------------------------------------------------
  /**
   * Prices a response and hands the cost to the callback, or the reason it cannot be priced to
   * the failure handler.
   *
   * @param context the response context, not null
   */
  @Override
  public void onResponse(ChatModelResponseContext context) {
    Objects.requireNonNull(context, "context");
    ApiCost cost;
    try {
      cost = cost(context);
    } catch (RuntimeException failure) {
      onFailure.accept(failure, context);
      return;
    }
    onCost.accept(cost, context);
  }

  /**
   * Returns the exact cost of a response.
   *
   * @param context the response context, not null
   * @return the cost, not null
   * @throws UnmappableUsageException if the response has no usage or model, or the usage
   *     cannot be mapped exactly
   * @throws UnknownNameException if the provider has no catalog id, or the catalog does not know
   *     the provider, the model or the service tier
   * @throws PriceNotKnownException if the model has no price
   */
  public ApiCost cost(ChatModelResponseContext context) {
    Objects.requireNonNull(context, "context");
    ChatResponse response = context.chatResponse();
    ModelProvider provider = context.modelProvider();
    String providerName = provider == null ? "null" : provider.name();
    String catalogProvider = providers.get(providerName);
    if (catalogProvider == null) {
      // the known names, for the message; others are added with withProviderId
      List<String> known = new ArrayList<>(providers.keySet());
      Collections.sort(known);
      throw new UnknownNameException("LangChain4j model provider", providerName, known);
    }
    String model = model(response, context.chatRequest());
    return catalog.cost(catalogProvider, model, usages.toApiUsage(response));
  }

  private static String model(ChatResponse response, ChatRequest request) {
    String model = response.metadata() == null ? null : response.metadata().modelName();
    if (model == null || model.isBlank()) {
      model = request.parameters() == null ? null : request.parameters().modelName();
    }
    if (model == null || model.isBlank()) {
      throw new UnmappableUsageException("ChatResponse.metadata.modelName", "is required (or "
          + "ChatRequest.parameters.modelName)", "null");
    }
    return model;
  }

  /**
   * Returns the text form, such as {@code PricingChatModelListener[LangChain4jUsages[strict]]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "PricingChatModelListener[" + usages + "]";
  }
}
