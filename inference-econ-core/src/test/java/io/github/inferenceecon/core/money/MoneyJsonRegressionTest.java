/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import org.junit.jupiter.api.Test;

/** Regression: the is-predicates of Money and TokenPrice must not leak into their JSON form. */
final class MoneyJsonRegressionTest {

  private static final ObjectMapper MAPPER = InferenceEconJson.newMapper();

  @Test
  void money_json_hasOnlyAmountAndCurrency_roundTrips() throws Exception {
    Money usd = Money.of("USD", "0.0234");
    String json = MAPPER.writeValueAsString(usd);
    assertThat(json).isEqualTo("{\"amount\":\"0.0234\",\"currency\":\"USD\"}");
    assertThat(MAPPER.readValue(json, Money.class)).isEqualTo(usd);
  }

  @Test
  void tokenPrice_json_hasNoZeroFlag_roundTrips() throws Exception {
    TokenPrice price = TokenPrice.perMillion("USD", "0");
    String json = MAPPER.writeValueAsString(price);
    assertThat(json).isEqualTo("{\"amount\":\"0\",\"currency\":\"USD\",\"perTokens\":1000000}");
    assertThat(MAPPER.readValue(json, TokenPrice.class)).isEqualTo(price);
  }
}
