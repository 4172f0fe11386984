/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.PriceCatalog;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiUsageRecorder} with Micrometer's real {@link SimpleMeterRegistry} and costs priced at
 * the bundled catalog (gpt-4o-mini: USD 0.15 input, 0.075 cached input, 0.60 output per million
 * tokens; gpt-5.1 priority tier: 2.50 / 0.25 / 20.00).
 */
final class ApiUsageRecorderTest {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled();

  /** 1,000 input tokens of which 400 cached, 300 output tokens. */
  private static final ApiUsage USAGE = ApiUsage.builder().inputTokens(TokenCount.of(1_000))
      .cachedInputTokens(TokenCount.of(400)).outputTokens(TokenCount.of(300)).build();

  private final MeterRegistry registry = new SimpleMeterRegistry();

  private static Tags tags(String model, String tier, boolean batch) {
    return Tags.of("gen_ai.operation.name", "chat", "gen_ai.provider.name", "openai",
        "gen_ai.request.model", model, "inference_econ.service_tier", tier,
        "inference_econ.batch", Boolean.toString(batch), "currency", "USD");
  }

  private DistributionSummary tokens(Tags tags, String type) {
    return registry.get(ApiUsageRecorder.TOKEN_USAGE).tags(tags)
        .tag("gen_ai.token.type", type).summary();
  }

  private double cost(Tags tags) {
    return registry.get(ApiUsageRecorder.COST).tags(tags).functionCounter().count();
  }

  private double unpriced(Tags tags) {
    return registry.get(ApiUsageRecorder.UNPRICED).tags(tags).counter().count();
  }

  @Test
  void record_pricedCall_recordsTokensAndCost() {
    // 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 90 + 30 + 180 = 300 per 1M = USD 0.0003
    ApiUsageRecorder recorder = ApiUsageRecorder.create();
    recorder.bindTo(registry);
    recorder.record(USAGE, CATALOG.cost("openai", "gpt-4o-mini-2024-07-18", USAGE));

    Tags tags = tags("gpt-4o-mini", "default", false);
    DistributionSummary input = tokens(tags, "input");
    assertThat(input.count()).isEqualTo(1);
    assertThat(input.totalAmount()).isEqualTo(1_000);   // cache reads included, as OTel asks
    assertThat(tokens(tags, "output").totalAmount()).isEqualTo(300);
    assertThat(cost(tags)).isEqualTo(0.0003);
    assertThat(unpriced(tags)).isZero();
    assertThat(input.getId().getBaseUnit()).isEqualTo("{token}");
    FunctionCounter cost = registry.get(ApiUsageRecorder.COST).functionCounter();
    assertThat(cost.getId().getBaseUnit()).isEqualTo("USD");
  }

  @Test
  void record_manyCalls_addsTheExactCosts() {
    // Ten calls of 1 input token at USD 0.15 per 1M: exactly USD 0.0000015, where adding the
    // doubles 1.5e-7 ten times drifts (1.5000000000000002E-6).
    ApiUsage one = ApiUsage.of(1, 0);
    ApiCost each = CATALOG.cost("openai", "gpt-4o-mini", one);
    ApiUsageRecorder recorder = ApiUsageRecorder.create();
    recorder.bindTo(registry);
    double naive = 0;
    for (int i = 0; i < 10; i++) {
      recorder.record(one, each);
      naive += each.total().amount().doubleValue();
    }
    assertThat(naive).isNotEqualTo(1.5e-6);
    assertThat(cost(tags("gpt-4o-mini", "default", false)))
        .isEqualTo(new BigDecimal("0.0000015").doubleValue());
    assertThat(tokens(tags("gpt-4o-mini", "default", false), "input").count()).isEqualTo(10);
  }

  @Test
  void record_unpricedCall_countsItWithoutAddingCost() {
    // The bundled gpt-4o-mini card has no batch price: the call is unpriced, not free.
    ApiUsage batch = USAGE.withBatch(true);
    ApiUsageRecorder recorder = ApiUsageRecorder.create();
    recorder.bindTo(registry);
    recorder.record(batch, CATALOG.cost("openai", "gpt-4o-mini", batch));
    Tags tags = tags("gpt-4o-mini", "default", true);
    assertThat(unpriced(tags)).isEqualTo(1);
    assertThat(cost(tags)).isZero();
    assertThat(tokens(tags, "output").totalAmount()).isEqualTo(300);
  }

  @Test
  void record_serviceTier_isATag() {
    // gpt-5.1 at priority: 600 x 2.50 + 400 x 0.25 + 300 x 20 = 1,500 + 100 + 6,000
    // = 7,600 per 1M = USD 0.0076
    ApiUsage priority = USAGE.withServiceTier("priority");
    ApiUsageRecorder recorder = ApiUsageRecorder.create();
    recorder.bindTo(registry);
    recorder.record(priority, CATALOG.cost("openai", "gpt-5.1", priority));
    assertThat(cost(tags("gpt-5.1", "priority", false))).isEqualTo(0.0076);
  }

  @Test
  void bindTo_later_registrySeesTheCostSoFar() {
    ApiUsageRecorder recorder = ApiUsageRecorder.create();
    recorder.bindTo(registry);
    recorder.record(USAGE, CATALOG.cost("openai", "gpt-4o-mini", USAGE));
    MeterRegistry later = new SimpleMeterRegistry();
    recorder.bindTo(later);
    recorder.bindTo(later);
    Tags tags = tags("gpt-4o-mini", "default", false);
    assertThat(later.get(ApiUsageRecorder.COST).tags(tags).functionCounter().count())
        .isEqualTo(0.0003);
    recorder.record(USAGE, CATALOG.cost("openai", "gpt-4o-mini", USAGE));
    assertThat(later.get(ApiUsageRecorder.TOKEN_USAGE).tags(tags).tag("gen_ai.token.type",
        "input").summary().count()).isEqualTo(1);
    assertThat(tokens(tags, "input").count()).isEqualTo(2);
    assertThat(recorder).hasToString("ApiUsageRecorder[chat, 1 series, 2 registries]");
  }

  @Test
  void record_beforeBinding_throws() {
    ApiUsageRecorder recorder = ApiUsageRecorder.create();
    assertThatThrownBy(() -> recorder.record(USAGE, CATALOG.cost("openai", "gpt-4o-mini",
        USAGE))).isInstanceOf(IllegalStateException.class)
        .hasMessage("Bind the recorder to a MeterRegistry before recording");
  }

  @Test
  void record_batchFlagsDiffer_throws() {
    ApiUsageRecorder recorder = ApiUsageRecorder.create();
    recorder.bindTo(registry);
    ApiCost online = CATALOG.cost("openai", "gpt-4o-mini", USAGE);
    assertThatThrownBy(() -> recorder.record(USAGE.withBatch(true), online))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Usage and cost must agree on the batch flag: true/false");
  }

  @Test
  void withOperationName_tagsTheOperation() {
    ApiUsageRecorder recorder = ApiUsageRecorder.create().withOperationName("text_completion");
    assertThat(recorder.operationName()).isEqualTo("text_completion");
    recorder.bindTo(registry);
    recorder.record(USAGE, CATALOG.cost("anthropic", "claude-sonnet-4", USAGE));
    assertThat(registry.get(ApiUsageRecorder.TOKEN_USAGE).summaries())
        .allSatisfy(s -> assertThat(s.getId().getTags()).contains(
            Tag.of("gen_ai.operation.name", "text_completion"),
            Tag.of("gen_ai.provider.name", "anthropic")));
    assertThatThrownBy(() -> recorder.withOperationName(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Operation name must not be blank: ' '");
  }

  @Test
  void providerName_usesTheConventionsWellKnownValues() {
    assertThat(ApiUsageRecorder.providerName("amazon-bedrock")).isEqualTo("aws.bedrock");
    assertThat(ApiUsageRecorder.providerName("azure-openai")).isEqualTo("azure.ai.openai");
    assertThat(ApiUsageRecorder.providerName("google")).isEqualTo("gcp.gemini");
    assertThat(ApiUsageRecorder.providerName("google-vertex")).isEqualTo("gcp.vertex_ai");
    assertThat(ApiUsageRecorder.providerName("mistral")).isEqualTo("mistral_ai");
    assertThat(ApiUsageRecorder.providerName("xai")).isEqualTo("x_ai");
    assertThat(ApiUsageRecorder.providerName("together")).isEqualTo("together");
  }

  @Test
  void nulls_throw() {
    ApiUsageRecorder recorder = ApiUsageRecorder.create();
    assertThatThrownBy(() -> recorder.bindTo(null))
        .isInstanceOf(NullPointerException.class).hasMessage("registry");
    assertThatThrownBy(() -> recorder.record(null, CATALOG.cost("openai", "gpt-4o-mini",
        USAGE))).isInstanceOf(NullPointerException.class).hasMessage("usage");
    assertThatThrownBy(() -> recorder.record(USAGE, null))
        .isInstanceOf(NullPointerException.class).hasMessage("cost");
    assertThatThrownBy(() -> recorder.withOperationName(null))
        .isInstanceOf(NullPointerException.class).hasMessage("operation");
    assertThatThrownBy(() -> ApiUsageRecorder.providerName(null))
        .isInstanceOf(NullPointerException.class).hasMessage("catalogProvider");
  }
}
