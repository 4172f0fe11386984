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
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inferenceecon.core.json.InferenceEconJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
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

  /** An object with fields k0, k1, ... of random values, with white space around its tokens. */
  private static void spacedObject(Random random, StringBuilder b) {
    b.append("{ ");
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ,\n ").append("\"k").append(i).append("\" :\t");
      value(random, b, 1);
    }
    b.append(" }");
  }

  @Test
  void elementsAndReadFields_anyArrayOfObjects_giveWhatAMapperReads() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder b = new StringBuilder(" [ ");
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : " ,\r\n");
        spacedObject(random, b);
      }
      String json = b.append(" ]\n").toString();
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      try {
        JsonNode expected = MAPPER.readTree(json);

        int[] spans = JsonCursor.elements(bytes, "p.json");
        assertThat(spans).as(json).hasSize(2 * expected.size());
        for (int i = 0; i < expected.size(); i++) {
          assertThat(JsonCursor.readElement(bytes, spans[2 * i], spans[2 * i + 1], i, "p.json")
              .node()).as(json).isEqualTo(expected.get(i));
          // the fields asked for, as the whole element has them (k1 or k3 may be absent)
          ObjectNode fields = MAPPER.createObjectNode();
          for (String k : new String[] {"k1", "k3"}) {
            if (expected.get(i).has(k)) {
              fields.set(k, expected.get(i).get(k));
            }
          }
          JsonCursor header = JsonCursor.readFields(bytes, spans[2 * i], spans[2 * i + 1], i,
              Set.of("k1", "k3"), "p.json");
          assertThat(header.node()).as(json).isEqualTo(fields);
          assertThat(header.path()).isEqualTo("[" + i + "]");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(json, e);
      }
    });
  }
}
