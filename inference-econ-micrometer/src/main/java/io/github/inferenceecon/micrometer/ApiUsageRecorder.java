/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.micrometer;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records the tokens and the cost of priced API calls as Micrometer meters named after the
 * OpenTelemetry semantic conventions for generative AI, such as a gpt-4o-mini call of 1,000
 * input and 300 output tokens costing USD 0.0003, recorded as two {@code gen_ai.client.token.usage}
 * observations and USD 0.0003 on {@code inference_econ.client.cost}.
 *
 * <p><b>Meters</b> (bound with {@link #bindTo(MeterRegistry)}, created per provider, model,
 * service tier and batch flag as calls are recorded):
 * <ul>
 *   <li>{@value #TOKEN_USAGE}: a distribution summary (histogram) of tokens per call, unit
 *       {@code {token}}, with the explicit buckets the conventions recommend (1, 4, 16, ... 4^13),
 *       tagged {@code gen_ai.token.type} {@code input} or {@code output}. As the conventions
 *       ask, input counts every input token, cache reads and cache writes included
 *       ({@link ApiUsage#inputTokens()}), and output every output token, reasoning included
 *       ({@link ApiUsage#outputTokens()}).</li>
 *   <li>{@value #COST}: a counter of the exact cost, in the currency's <em>major</em> unit (US
 *       dollars, not cents), its base unit the ISO 4217 code, tagged {@code currency}. Only fully
 *       priced calls are added.</li>
 *   <li>{@value #UNPRICED}: a counter of the calls whose cost is not fully known (a token kind
 *       the price card does not price, such as batch on a card without batch prices), so that a
 *       gap in the cost counter shows instead of passing for a zero.</li>
 * </ul>
 *
 * <p><b>Tags</b> on every meter: {@code gen_ai.operation.name} ({@code chat} unless
 * {@link #withOperationName(String)} says otherwise); {@code gen_ai.provider.name}, the
 * conventions' well-known value for the cost's provider ({@code openai}, {@code anthropic},
 * {@code aws.bedrock}, {@code azure.ai.openai}, {@code gcp.gemini}, {@code gcp.vertex_ai},
 * {@code deepseek}, {@code mistral_ai}, {@code x_ai}, {@code groq}; other catalog provider ids as
 * they are); {@code gen_ai.request.model}, the price card's model id (one value per model,
 * whatever alias or snapshot the request named, which keeps the series few); two of this
 * library's own, {@code inference_econ.service_tier} ({@code default} or the tier's name) and
 * {@code inference_econ.batch} ({@code true} or {@code false}); and {@code currency}, the ISO
 * 4217 code of the price card.
 *
 * <p><b>Why major units.</b> Per-call costs are fractions of a cent (USD 0.00012), so minor units
 * would not make the values whole numbers either, and their size differs by currency (2 decimal
 * places for USD, 0 for JPY); major units read directly on a dashboard. Exactness is kept where
 * it can be: each series adds the exact decimal costs ({@link BigDecimal}) and the counter reads
 * the running total, converted to a {@code double} only then, so no rounding error accumulates
 * over millions of calls; a registry's {@code double} still shows about 15 significant digits.
 *
 * <pre>{@code
 * ApiUsageRecorder recorder = ApiUsageRecorder.create();
 * recorder.bindTo(meterRegistry);
 * ApiUsage usage = OpenAiUsages.toApiUsage(completion);
 * recorder.record(usage, PriceCatalog.bundled().cost("openai", completion.model(), usage));
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
// Micrometer's types appear in this API, yet the module requires Micrometer static only, never
// transitive: an application that binds the recorder requires Micrometer itself.
@SuppressWarnings("exports")
public final class ApiUsageRecorder implements MeterBinder {

  /** The name of the token histogram, from the OpenTelemetry GenAI semantic conventions. */
  public static final String TOKEN_USAGE = "gen_ai.client.token.usage";
  /** The name of the cost counter, in the currency's major unit. */
  public static final String COST = "inference_econ.client.cost";
  /** The name of the counter of calls whose cost is not fully priced. */
  public static final String UNPRICED = "inference_econ.client.cost.unpriced";

  /** The conventions' recommended buckets: 1, 4, 16, ... 67,108,864 tokens. */
  private static final double[] BUCKETS = {1, 4, 16, 64, 256, 1_024, 4_096, 16_384, 65_536,
      262_144, 1_048_576, 4_194_304, 16_777_216, 67_108_864};

  /** Well-known gen_ai.provider.name values by catalog provider id. */
  private static final Map<String, String> PROVIDER_NAMES = Map.of(
      "openai", "openai",
      "anthropic", "anthropic",
      "amazon-bedrock", "aws.bedrock",
      "azure-openai", "azure.ai.openai",
      "google", "gcp.gemini",
      "google-vertex", "gcp.vertex_ai",
      "deepseek", "deepseek",
      "mistral", "mistral_ai",
      "xai", "x_ai",
      "groq", "groq");

  private final String operation;
  private final Object lock = new Object();
  private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
  private final ConcurrentMap<Tags, Series> series = new ConcurrentHashMap<>();

  private ApiUsageRecorder(String operation) {
    this.operation = operation;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a recorder for chat calls ({@code gen_ai.operation.name} {@code chat}), bound to no
   * registry yet.
   *
   * @return the recorder, not null
   */
  public static ApiUsageRecorder create() {
    return new ApiUsageRecorder("chat");
  }

  /**
   * Returns a new recorder, bound to no registry, for another operation, such as
   * {@code text_completion} or {@code generate_content}.
   *
   * <p>This instance is unaffected by this method.
   *
   * @param operation the {@code gen_ai.operation.name} value, not blank, not null
   * @return the new recorder, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public ApiUsageRecorder withOperationName(String operation) {
    Objects.requireNonNull(operation, "operation");
    if (operation.isBlank()) {
      throw new IllegalArgumentException("Operation name must not be blank: '" + operation
          + "'");
    }
    return new ApiUsageRecorder(operation);
  }

  /**
   * Returns the {@code gen_ai.operation.name} this recorder tags its meters with.
   *
   * @return the operation name, not null
   */
  public String operationName() {
    return operation;
  }

  //-----------------------------------------------------------------------
  /**
   * Binds the recorder to a registry: the meters of every series recorded so far, and of every
   * series recorded from now on, are registered there. Binding to several registries records to
   * each.
   *
   * @param registry the registry, not null
   */
  @Override
  public void bindTo(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    synchronized (lock) {
      if (registries.contains(registry)) {
        return;
      }
      registries.add(registry);
      for (Series s : series.values()) {
        s.register(registry);
      }
    }
  }

  /**
   * Records one priced call: its input and output tokens, and its cost when fully priced (else
   * one unpriced call).
   *
   * @param usage the call's usage, not null
   * @param cost the call's cost, of that usage, not null
   * @throws IllegalStateException if the recorder is bound to no registry yet
   * @throws IllegalArgumentException if the usage and the cost disagree on the batch flag
   */
  public void record(ApiUsage usage, ApiCost cost) {
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(cost, "cost");
    if (usage.isBatch() != cost.isBatch()) {
      throw new IllegalArgumentException("Usage and cost must agree on the batch flag: "
          + usage.isBatch() + "/" + cost.isBatch());
    }
    if (registries.isEmpty()) {
      throw new IllegalStateException("Bind the recorder to a MeterRegistry before recording");
    }
    Tags tags = tags(cost);
    Series s = series.get(tags);
    if (s == null) {
      synchronized (lock) {
        s = series.computeIfAbsent(tags, t -> new Series(t, cost.currency().getCurrencyCode()));
        for (MeterRegistry registry : registries) {
          s.register(registry);
        }
      }
    }
    s.record(usage, cost);
  }

  private Tags tags(ApiCost cost) {
    return Tags.of(
        "gen_ai.operation.name", operation,
        "gen_ai.provider.name", providerName(cost.provider()),
        "gen_ai.request.model", cost.model(),
        "inference_econ.service_tier", cost.serviceTier().orElse("default"),
        "inference_econ.batch", Boolean.toString(cost.isBatch()),
        "currency", cost.currency().getCurrencyCode());
  }

  /**
   * Returns the {@code gen_ai.provider.name} value for a catalog provider id: the conventions'
   * well-known value where one applies, such as {@code aws.bedrock} for {@code amazon-bedrock},
   * else the id itself.
   *
   * @param catalogProvider the catalog provider id, not null
   * @return the provider name, not null
   */
  public static String providerName(String catalogProvider) {
    Objects.requireNonNull(catalogProvider, "catalogProvider");
    return PROVIDER_NAMES.getOrDefault(catalogProvider, catalogProvider);
  }

  /**
   * Returns the text form, such as {@code ApiUsageRecorder[chat, 2 series, 1 registry]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "ApiUsageRecorder[" + operation + ", " + series.size() + " series, "
        + registries.size() + (registries.size() == 1 ? " registry]" : " registries]");
  }

  //-----------------------------------------------------------------------
  /** The meters of one provider, model, tier and batch flag, in every bound registry. */
  private static final class Series {
    private final Tags tags;
    private final String currency;
    /** The exact running cost; the counters read it. */
    private final AtomicReference<BigDecimal> cost = new AtomicReference<>(BigDecimal.ZERO);
    private final List<DistributionSummary> inputs = new CopyOnWriteArrayList<>();
    private final List<DistributionSummary> outputs = new CopyOnWriteArrayList<>();
    private final List<Counter> unpriced = new CopyOnWriteArrayList<>();
    /** Strong references: Micrometer holds a function counter's state weakly. */
    private final List<FunctionCounter> costCounters = new ArrayList<>();

    Series(Tags tags, String currency) {
      this.tags = tags;
      this.currency = currency;
    }

    /** Registers this series' meters in a registry; called under the recorder's lock. */
    void register(MeterRegistry registry) {
      inputs.add(tokens(registry, "input"));
      outputs.add(tokens(registry, "output"));
      costCounters.add(FunctionCounter.builder(COST, cost, c -> c.get().doubleValue())
          .tags(tags).baseUnit(currency)
          .description("Cost of the fully priced calls, in the currency's major unit")
          .register(registry));
      unpriced.add(Counter.builder(UNPRICED).tags(tags).baseUnit("{request}")
          .description("Calls whose cost is not fully priced").register(registry));
    }

    private DistributionSummary tokens(MeterRegistry registry, String type) {
      return DistributionSummary.builder(TOKEN_USAGE).tags(tags).tag("gen_ai.token.type", type)
          .baseUnit("{token}").description("Number of input and output tokens used.")
          .serviceLevelObjectives(BUCKETS).register(registry);
    }

    void record(ApiUsage usage, ApiCost apiCost) {
      double in = usage.inputTokens().count();
      double out = usage.outputTokens().count();
      for (DistributionSummary s : inputs) {
        s.record(in);
      }
      for (DistributionSummary s : outputs) {
        s.record(out);
      }
      if (apiCost.isFullyPriced()) {
        BigDecimal amount = apiCost.total().amount();
        cost.accumulateAndGet(amount, BigDecimal::add);
      } else {
        for (Counter c : unpriced) {
          c.increment();
        }
      }
    }
  }
}
