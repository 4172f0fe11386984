/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of hostile input: option values and JSON values a careless or
 * hostile user might give (numbers at and beyond every edge, dates out of range, control
 * characters, long text), and mutations of valid JSON documents that put one of them at one
 * place.
 */
final class HostileGenerators {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Values at and beyond the edges, typed as text. */
  static final List<String> EDGE_TEXTS = List.of("", " ", "0", "-0", "1", "-1", "0.5", "1.0",
      "NaN", "Infinity", "-Infinity", "1e12", "1e-10", "1e308", "1e-324", "4.9e-324",
      "1e999999999", "1e-999999999", "2147483647", "2147483648", "-2147483649",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0x10", "1_000",
      "+1000000000-06-01T00:00:00Z", "-999999999-01-01", "2099-01-01", "2025-02-30",
      "PT2S", "P999999999D", "-1s", "0s", "2s", "1e9h", "max", "h100", "mi300x", "BF16", "FP4",
      "llama-3.1-8b", "gpt-4o-mini", "openai:gpt-4o-mini", "openai:", ":", "=", "--", "-",
      "/nonexistent/config.json", "/dev/null", "/", ".", "..", "a\nb", "a\rb", "\u0000",
      "\u2028", "é", "\uD800", "'", "\"", "%n", "${user.home}", "a".repeat(1_000),
      "1e-300 TB/s", "0 TB/s", "1e300 TB/s", "3.9 TB/s", "BF16=1e-300 TFLOP/s",
      "BF16=1e300 TFLOP/s", "BF16=0 TFLOP/s", "FP8=989 TFLOP/s", "1,2,4,8", "0,1", "BF16,FP8",
      "anthropic:claude-sonnet-4", "aws-p5.48xlarge-us-east-1-capacity-block-pre2025", "nvidia-b200", "gb300");

  private HostileGenerators() {}

  /** An option value: an edge, a random number of any size, or random text. */
  static Gen<String> optionValues() {
    return Generate.oneOf(Generate.pick(EDGE_TEXTS),
        doubles().any().map((Double d) -> String.valueOf(d)),
        longs().all().map((Long l) -> String.valueOf(l)),
        integers().between(-3, 300).map((Integer i) -> String.valueOf(i)),
        strings().allPossible().ofLengthBetween(0, 12),
        strings().basicLatinAlphabet().ofLengthBetween(0, 40));
  }

  /** A JSON value to put somewhere in a document. */
  static Gen<JsonNode> jsonValues() {
    Gen<JsonNode> numbers = Generate.pick(List.of("0", "-1", "1", "0.5", "1e12", "1e-10",
        "1e308", "1e999999999", "1e-999999999", "2147483647", "2147483648",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "123456789012345678901234567890123456789"))
        .map(t -> (JsonNode) NODES.numberNode(new BigDecimal(t)));
    Gen<JsonNode> texts = optionValues().map(t -> (JsonNode) NODES.textNode(t));
    Gen<JsonNode> others = Generate.pick(List.<JsonNode>of(NODES.nullNode(),
        NODES.booleanNode(true), NODES.booleanNode(false), NODES.arrayNode(), NODES.objectNode(),
        NODES.arrayNode().add(NODES.arrayNode().add(1)), NODES.textNode("a".repeat(100_000))));
    return Generate.oneOf(numbers, texts, others, doubles().any().map(d ->
        (JsonNode) NODES.numberNode(d)), longs().all().map(l -> (JsonNode) NODES.numberNode(l)));
  }

  /**
   * Mutations of a valid document: one value replaced or removed, or the text cut or spliced.
   *
   * @param seed the valid document's text
   */
  static Gen<String> mutations(String seed) {
    JsonNode root = tree(seed);
    int places = places(root).size();
    Gen<String> replaced = integers().between(0, places - 1).zip(jsonValues(),
        integers().between(0, 3), (i, value, how) -> replaced(seed, i, value, how));
    Gen<String> cut = integers().between(0, seed.length()).map(i -> seed.substring(0, i));
    Gen<String> spliced = integers().between(0, seed.length()).zip(
        strings().allPossible().ofLengthBetween(1, 3),
        (i, s) -> seed.substring(0, i) + s + seed.substring(i));
    return Generate.frequency(List.of(
        org.quicktheories.api.Pair.of(8, replaced),
        org.quicktheories.api.Pair.of(1, cut),
        org.quicktheories.api.Pair.of(1, spliced)));
  }

  /** The document with the value at place i replaced (how 0-2), or removed (how 3). */
  private static String replaced(String seed, int i, JsonNode value, int how) {
    JsonNode root = tree(seed);
    Object[] place = places(root).get(i);
    JsonNode parent = (JsonNode) place[0];
    if (parent instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) parent;
      if (how == 3) {
        o.remove((String) place[1]);
      } else {
        o.set((String) place[1], value);
      }
    } else {
      ArrayNode a = (ArrayNode) parent;
      int index = (Integer) place[1];
      if (how == 3) {
        a.remove(index);
      } else if (how == 2) {
        a.add(a.get(index).deepCopy()); // a repeated element
      } else {
        a.set(index, value);
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every (parent, key or index) of the document, in document order. */
  private static List<Object[]> places(JsonNode root) {
    List<Object[]> places = new ArrayList<>();
    collect(root, places);
    return places;
  }

  private static void collect(JsonNode node, List<Object[]> places) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        places.add(new Object[] {node, e.getKey()});
        collect(e.getValue(), places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        places.add(new Object[] {node, i});
        collect(node.get(i), places);
      }
    }
  }

  private static JsonNode tree(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
