/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class JsonCursorTreeProperties {

  private static final ObjectMapper MAPPER = InferenceEconJson.newMapper();

  private static final String[] SCALARS = {"0", "-7", "2147483648", "123456789012345678901234",
      "1.50", "-0.0", "2.5e3", "1E-2", "100.000", "true", "false", "null", "\"\"", "\"text\"",
      "\"\\u00e9\\n\\\"q\\\"\""};

  /** A random JSON document from a seed: nested objects and arrays of assorted scalars. */
  private static String document(long seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder();
    value(random, b, 0);
    return b.toString();
  }

  private static void value(Random random, StringBuilder b, int depth) {
    int kind = depth > 4 ? 2 : random.nextInt(3);
    if (kind == 0) {
      b.append('{');
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":");
        value(random, b, depth + 1);
      }
      b.append('}');
    } else if (kind == 1) {
      b.append('[');
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : ",");
        value(random, b, depth + 1);
      }
      b.append(']');
    } else {
      b.append(SCALARS[random.nextInt(SCALARS.length)]);
    }
  }

  @Test
  void readTree_anyDocument_isTheTreeAMapperReads() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      String json = document(seed);
      try {
        JsonNode expected = MAPPER.readTree(json);

        assertThat(JsonCursor.read(json, "p.json").node()).as(json).isEqualTo(expected)
            .hasToString(expected.toString());
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(JsonCursor.readElement(bytes, 0, bytes.length, 0, "p.json").node())
            .isEqualTo(expected);
      } catch (IOException e) {
        throw new UncheckedIOException(json, e);
      }
    });
  }
}
