/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.json;

import static io.github.inferenceecon.core.CoreGenerators.durations;
import static io.github.inferenceecon.core.CoreGenerators.moneyAmounts;
import static io.github.inferenceecon.core.CoreGenerators.monies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class InferenceEconJsonProperties {

  private static final ObjectMapper MAPPER = InferenceEconJson.newMapper();

  @Test
  void decimalNumbers_readBackExactly_scaleIncluded() {
    // a JSON number with a fraction is read as the BigDecimal of its text, never as a double
    qt().forAll(moneyAmounts(), integers().between(1, 12)).checkAssert((amount, extraScale) -> {
      BigDecimal decimal = amount.setScale(Math.max(amount.scale(), 0) + extraScale);
      String text = decimal.toPlainString();
      assertThat(read(text, Object.class)).isEqualTo(new BigDecimal(text));
    });
  }

  @Test
  void durations_roundTripAsIsoText() {
    qt().forAll(durations()).checkAssert(duration -> {
      String json = write(duration);
      assertThat(json).isEqualTo("\"" + duration + "\"");
      assertThat(read(json, Duration.class)).isEqualTo(duration);
    });
  }

  @Test
  void newMapper_writesTheSameTextEveryTime() {
    qt().forAll(monies()).checkAssert(money -> {
      String once = write(money);
      try {
        assertThat(InferenceEconJson.newMapper().writeValueAsString(money)).isEqualTo(once);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
