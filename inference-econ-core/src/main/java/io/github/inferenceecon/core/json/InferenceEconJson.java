/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson wiring for inference-econ's types.
 *
 * <p>Every value type maps to JSON through annotations on the type itself, so any
 * {@link ObjectMapper} that has the {@code Jdk8Module} (for {@code Optional}) and the
 * {@code JavaTimeModule} (for {@code java.time}) registered can read and write them. This class
 * builds such a mapper with the settings the bundled catalogs are read with: unknown properties,
 * trailing tokens, duplicate keys and nulls for primitives are errors; floating-point numbers are
 * read as {@link java.math.BigDecimal}; dates are written as ISO-8601 text. Default typing
 * (polymorphic deserialisation) is never enabled.
 *
 * <pre>{@code
 * ObjectMapper mapper = InferenceEconJson.newMapper();
 * String json = mapper.writeValueAsString(Money.of("USD", "0.0234"));
 * // {"amount":"0.0234","currency":"USD"}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each call returns a new mapper.
 */
public final class InferenceEconJson {

  private InferenceEconJson() {}

  /**
   * Creates a new mapper configured for inference-econ's types and catalogs.
   *
   * @return a new mapper, not null
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
        .build();
  }
}
