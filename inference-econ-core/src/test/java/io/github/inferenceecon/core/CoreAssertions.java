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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions shared by the tests of every value type: immutability by reflection (ThreeTen's
 * {@code test_immutable}), the {@code equals}/{@code hashCode} contract, and JSON through
 * {@link InferenceEconJson#newMapper()}.
 *
 * <p>This class has no mutable state and is thread-safe.
 */
public final class CoreAssertions {

  /** One mapper for all tests; a configured {@link ObjectMapper} is thread-safe. */
  private static final ObjectMapper MAPPER = InferenceEconJson.newMapper();

  private CoreAssertions() {}

  /**
   * Asserts that a value type is shallowly immutable: the class is final, it declares at least
   * one instance field, and every instance field is private and final.
   *
   * @param type the class to check, not null
   */
  public static void assertImmutable(Class<?> type) {
    assertThat(Modifier.isFinal(type.getModifiers()))
        .as("%s is final", type.getSimpleName()).isTrue();
    List<Field> instanceFields = Arrays.stream(type.getDeclaredFields())
        .filter(field -> !Modifier.isStatic(field.getModifiers()))
        .filter(field -> !field.isSynthetic())
        .collect(Collectors.toList());
    assertThat(instanceFields).as("instance fields of %s", type.getSimpleName()).isNotEmpty();
    for (Field field : instanceFields) {
      assertThat(Modifier.isFinal(field.getModifiers()))
          .as("%s.%s is final", type.getSimpleName(), field.getName()).isTrue();
      assertThat(Modifier.isPrivate(field.getModifiers()))
          .as("%s.%s is private", type.getSimpleName(), field.getName()).isTrue();
    }
  }

  /**
   * Asserts the {@code equals}/{@code hashCode} contract on three values: {@code x} equals
   * itself and {@code equalToX} (both ways, with the same hash code), and neither equals
   * {@code different}, {@code null} or an object of another class.
   *
   * @param x a value, not null
   * @param equalToX a distinct instance equal to {@code x}, not null
   * @param different a value not equal to {@code x}, not null
   */
  public static void assertEqualsContract(Object x, Object equalToX, Object different) {
    assertThat(x.equals(x)).as("reflexive").isTrue();
    assertThat(x.equals(equalToX)).as("x equals its twin").isTrue();
    assertThat(equalToX.equals(x)).as("symmetric").isTrue();
    assertThat(x.hashCode()).as("equal hash codes").isEqualTo(equalToX.hashCode());
    assertThat(x.equals(different)).as("x differs from another value").isFalse();
    assertThat(different.equals(x)).as("symmetric difference").isFalse();
    assertThat(x.equals(null)).as("not equal to null").isFalse();
    assertThat(x.equals(x.toString())).as("not equal to its text").isFalse();
  }

  /**
   * Asserts that two doubles differ by at most a tolerance, with the difference computed
   * exactly.
   *
   * <p>AssertJ's {@code isCloseTo(double, offset)} subtracts the shortest decimal forms of the two
   * values, which can overstate the distance between neighbouring doubles (it reports 70000 for
   * two doubles 65536 apart near 2.9515e20); the laws on ulps need the exact distance.
   *
   * @param actual the value computed, finite
   * @param expected the value expected, finite
   * @param tolerance the largest allowed distance, finite and not negative
   */
  public static void assertWithin(double actual, double expected, double tolerance) {
    BigDecimal distance = new BigDecimal(actual).subtract(new BigDecimal(expected)).abs();
    assertThat(distance)
        .as("distance from %s to %s (tolerance %s)", actual, expected, tolerance)
        .isLessThanOrEqualTo(new BigDecimal(tolerance));
  }

  /**
   * Writes a value as JSON with the shared inference-econ mapper.
   *
   * @param value the value, not null
   * @return the JSON text, not null
   */
  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from JSON with the shared inference-econ mapper.
   *
   * @param json the JSON text, not null
   * @param type the type to read, not null
   * @param <T> the type to read
   * @return the value, not null
   * @throws UncheckedIOException wrapping Jackson's exception if the JSON cannot be read
   */
  public static <T> T fromJson(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value as JSON and reads it back as its own class.
   *
   * @param value the value, not null
   * @param <T> the type of the value
   * @return the value read back, not null
   */
  @SuppressWarnings("unchecked")
  public static <T> T jsonRoundTrip(T value) {
    return fromJson(toJson(value), (Class<T>) value.getClass());
  }
}
