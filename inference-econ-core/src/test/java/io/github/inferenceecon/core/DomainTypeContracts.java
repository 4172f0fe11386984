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
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Assertions shared by the tests of the aggregate and value types of the {@code format},
 * {@code architecture}, {@code accelerator}, {@code workload}, {@code deployment} and
 * {@code cost} packages: immutability, the {@code equals}/{@code hashCode} contract and JSON
 * round trips through the library's own mapper.
 */
public final class DomainTypeContracts {

  private static final ObjectMapper MAPPER = InferenceEconJson.newMapper();

  private DomainTypeContracts() {}

  /**
   * Asserts that the runtime class of a value and all its superclasses hold only final instance
   * fields (ThreeTen's {@code test_immutable}), and that the public type cannot be subclassed
   * from outside its package.
   *
   * <p>Transient fields are allowed: Immutables stores {@code @Value.Lazy} results in transient
   * memo fields, which are written once and never change what the value means.
   *
   * @param publicType the public abstract or final class
   * @param value an instance, whose runtime class may be the generated {@code ImmutableX}
   */
  public static void assertImmutable(Class<?> publicType, Object value) {
    assertThat(publicType.isInstance(value)).isTrue();
    assertThat(Modifier.isFinal(value.getClass().getModifiers()))
        .as("%s is final", value.getClass().getName()).isTrue();
    if (!Modifier.isFinal(publicType.getModifiers())) {
      for (Constructor<?> c : publicType.getDeclaredConstructors()) {
        assertThat(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))
            .as("constructor of %s is package-private or private", publicType.getName())
            .isFalse();
      }
    }
    for (Class<?> c = value.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m) || Modifier.isTransient(m)) {
          continue;
        }
        assertThat(Modifier.isFinal(m)).as("field %s.%s is final", c.getName(), f.getName())
            .isTrue();
        assertThat(Modifier.isPrivate(m)).as("field %s.%s is private", c.getName(), f.getName())
            .isTrue();
      }
    }
  }

  /**
   * Asserts the {@code equals} and {@code hashCode} contract on three values.
   *
   * @param value a value
   * @param equalValue a distinct instance equal to {@code value}
   * @param otherValue a value not equal to {@code value}
   */
  public static void assertEqualsContract(Object value, Object equalValue, Object otherValue) {
    assertThat(value).isNotSameAs(equalValue);
    assertThat(value.equals(value)).isTrue();
    assertThat(value.equals(equalValue)).isTrue();
    assertThat(equalValue.equals(value)).isTrue();
    assertThat(value.hashCode()).isEqualTo(equalValue.hashCode());
    assertThat(value.equals(otherValue)).isFalse();
    assertThat(otherValue.equals(value)).isFalse();
    assertThat(value.equals(null)).isFalse();
    assertThat(value.equals("not a value")).isFalse();
  }

  /**
   * Writes a value to JSON with the library's mapper.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from JSON with the library's mapper.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type
   * @return the value
   * @throws JsonProcessingException if the text is not a valid value
   */
  public static <T> T fromJson(String json, Class<T> type) throws JsonProcessingException {
    return MAPPER.readValue(json, type);
  }

  /**
   * Writes a value to JSON and reads it back as its public type.
   *
   * @param value the value
   * @param type the public type
   * @param <T> the type
   * @return the value read back
   */
  public static <T> T jsonRoundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
