/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;

/**
 * Shared helpers for the tests of the cost packages (billing,
 * selfhosted, energy, economics).
 */
public final class CostTesting {

  public static final ObjectMapper MAPPER = InferenceEconJson.newMapper();

  private CostTesting() {}

  /** Writes a value to JSON and reads it back. */
  public static <T> T roundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value to JSON. */
  public static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts every instance field of a class is final, except Immutables' construction-time
   * {@code initShim}, which is cleared once the constructor ends.
   */
  public static void assertFieldsFinal(Class<?> type) {
    for (Field f : type.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && !f.getName().equals("initShim")) {
        assertThat(Modifier.isFinal(f.getModifiers()))
            .as(type.getSimpleName() + "." + f.getName() + " is final").isTrue();
      }
    }
  }

  /** Asserts two decimals agree to a relative tolerance. */
  public static void assertClose(BigDecimal actual, BigDecimal expected, String relative) {
    BigDecimal diff = actual.subtract(expected).abs();
    BigDecimal bound = expected.abs().multiply(new BigDecimal(relative));
    assertThat(diff).as(actual + " close to " + expected).isLessThanOrEqualTo(bound);
  }
}
