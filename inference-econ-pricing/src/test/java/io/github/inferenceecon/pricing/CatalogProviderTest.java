/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import org.junit.jupiter.api.Test;

/** {@link CatalogProvider}: names, model-id prefixes and value behaviour. */
final class CatalogProviderTest {

  private static final CatalogProvider BEDROCK = CatalogProvider.builder().id("amazon-bedrock")
      .name("Amazon Bedrock").addAliases("bedrock").addModelIdPrefixes("us.", "global.").build();

  @Test
  void names_areIdThenAliases() {
    assertThat(BEDROCK.names()).containsExactly("amazon-bedrock", "bedrock");
  }

  @Test
  void withoutPrefix_stripsTheFirstMatchingPrefixAnyCase() {
    assertThat(BEDROCK.withoutPrefix("us.anthropic.claude-x")).contains("anthropic.claude-x");
    assertThat(BEDROCK.withoutPrefix("GLOBAL.anthropic.claude-x")).contains("anthropic.claude-x");
    assertThat(BEDROCK.withoutPrefix("anthropic.claude-x")).isEmpty();
    assertThat(BEDROCK.withoutPrefix("us.")).isEmpty();
    assertThatThrownBy(() -> BEDROCK.withoutPrefix(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("modelId");
  }

  @Test
  void of_idWithoutLetterOrDigit_throws() {
    assertThatThrownBy(() -> CatalogProvider.of("-"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Provider id must contain a letter or digit: '-'");
  }

  @Test
  void builder_blankPrefix_throws() {
    assertThatThrownBy(() -> CatalogProvider.builder().id("p").addModelIdPrefixes(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Model-id prefix must not be blank: ' '");
  }

  @Test
  void equals_byValue() {
    assertThat(CatalogProvider.of("p")).isEqualTo(CatalogProvider.of("p"))
        .hasSameHashCodeAs(CatalogProvider.of("p")).isNotEqualTo(CatalogProvider.of("q"));
  }

  @Test
  void json_roundTrips() throws Exception {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    String json = mapper.writeValueAsString(BEDROCK);
    assertThat(json).doesNotContain("names");
    assertThat(mapper.readValue(json, CatalogProvider.class)).isEqualTo(BEDROCK);
  }
}
