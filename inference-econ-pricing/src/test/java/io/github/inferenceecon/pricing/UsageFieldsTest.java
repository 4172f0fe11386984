/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The usage fields a convention reads: counts, texts, nulls, the names messages show. */
final class UsageFieldsTest {

  @Test
  void counts_missingNullNegativeAndText() {
    UsageFields f = UsageFields.builder("Usage.").count("a", 5).nullValue("b").count("c", -1)
        .text("t", "batch").build();

    assertThat(f.count("a")).isEqualTo(5);
    assertThat(f.nullableCount("b")).isZero();
    assertThat(f.optionalCount("z")).isZero();
    assertThat(f.text("t")).contains("batch");
    assertThatThrownBy(() -> f.count("z")).isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'Usage.z' is required: missing");
    assertThatThrownBy(() -> f.nullableCount("z"))
        .hasMessage("Usage field 'Usage.z' is required: missing");
    assertThatThrownBy(() -> f.count("c")).hasMessage("Usage field 'Usage.c' must not be "
        + "negative: -1");
    assertThatThrownBy(() -> f.count("t")).hasMessage("Usage field 'Usage.t' must be a count: "
        + "'batch'");
  }

  @Test
  void prefix_appliesToTheFieldsGivenAfterIt() {
    UsageFields f = UsageFields.builder("CompletionUsage.").count("prompt_tokens", 1)
        .prefix("ChatCompletion.").text("service_tier", "auto").build();

    assertThat(f.shown("prompt_tokens")).isEqualTo("CompletionUsage.prompt_tokens");
    assertThat(f.shown("service_tier")).isEqualTo("ChatCompletion.service_tier");
    assertThat(f.shown("never_given")).isEqualTo("CompletionUsage.never_given");
  }

  @Test
  void unsplitCacheWriteTtl_mapsWritesWithoutTheirSplit() {
    // Bedrock writes without cacheDetails, the application's cachePoint lasting 1 hour
    UsageFields f = UsageFields.builder("usage.").count("inputTokens", 100)
        .count("outputTokens", 10).count("cacheWriteInputTokens", 50)
        .unsplitCacheWriteTtl(Duration.ofHours(1)).build();

    ApiUsage usage = ApiResponseFormat.BEDROCK_CONVERSE.toApiUsage(f);

    assertThat(usage.inputTokens()).isEqualTo(TokenCount.of(150));
    assertThat(usage.cacheWriteTokens()).isEqualTo(Map.of(Duration.ofHours(1),
        TokenCount.of(50)));
    assertThatThrownBy(() -> UsageFields.builder("").unsplitCacheWriteTtl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache time-to-live must be positive: PT0S");
  }

  @Test
  void nulls_throw() {
    assertThatThrownBy(() -> UsageFields.builder(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("prefix");
    assertThatThrownBy(() -> UsageFields.builder("").count(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> UsageFields.builder("").text("a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> ApiResponseFormat.GEMINI_GENERATE_CONTENT.toApiUsage(null))
        .isInstanceOf(NullPointerException.class).hasMessage("usage");
    assertThatThrownBy(() -> ApiResponseUsage.read(null, "{}"))
        .isInstanceOf(NullPointerException.class).hasMessage("format");
    assertThatThrownBy(() -> ApiResponseUsage.read(ApiResponseFormat.BEDROCK_CONVERSE,
        (String) null)).isInstanceOf(NullPointerException.class).hasMessage("body");
  }
}
