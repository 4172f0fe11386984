/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The tree {@link JsonCursor} reads: the one a mapper reads, and its errors. */
final class JsonCursorTreeTest {

  private static final String DOCUMENT = "{\"text\": \"a\\u00e9\", \"int\": 7, \"long\": 8000000000,"
      + " \"big\": 123456789012345678901234567890, \"decimal\": 1.50, \"exponent\": 2.5e3,"
      + " \"true\": true, \"false\": false, \"null\": null, \"array\": [1, [], {}],"
      + " \"object\": {\"nested\": [\"x\"]}}";

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = KnownArchitectures.class
        .getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode readTree(String json) {
    return JsonCursor.read(json, "t.json").node();
  }

  private static JsonNode readTree(byte[] json) {
    return JsonCursor.readElement(json, 0, json.length, 0, "t.json").node();
  }

  private static JsonNode readTree(InputStream in) throws IOException {
    return JsonCursor.read(in, "t.json").node();
  }

  /** The parser's exception behind the cursor's report of malformed JSON. */
  private static JsonProcessingException parseError(ThrowingCallable read) {
    InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, read);
    assertThat(e.rule()).startsWith("Malformed JSON");
    return (JsonProcessingException) e.getCause();
  }

  //--- readTree ---------------------------------------------------------------------------------

  @Test
  void readTree_isTheTreeAMapperReads() throws IOException {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    JsonNode expected = mapper.readTree(DOCUMENT);

    assertThat(readTree(DOCUMENT)).isEqualTo(expected);
    // toString shows each decimal's scale, which equals ignores
    assertThat(readTree(DOCUMENT)).hasToString(expected.toString());
    assertThat(readTree(DOCUMENT.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(expected);
    assertThat(readTree(stream(DOCUMENT))).isEqualTo(expected);
  }

  @Test
  void readTree_bundledArchitectures_areTheTreesAMapperReads() throws IOException {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    JsonNode index = mapper.readTree(resource("known/architectures.json"));
    assertThat(readTree(resource("known/architectures.json"))).isEqualTo(index);
    for (JsonNode entry : index.get("architectures")) {
      String file = "known/" + entry.get("config").asText();
      JsonNode expected = mapper.readTree(resource(file));

      assertThat(readTree(resource(file))).as(file).isEqualTo(expected)
          .hasToString(expected.toString());
    }
  }

  @Test
  void readTree_deepNesting_isRead() throws IOException {
    // the tree is built without recursion
    String deep = "[".repeat(500) + "1" + "]".repeat(500);

    JsonNode tree = readTree(deep);
    for (int i = 0; i < 500; i++) {
      tree = tree.get(0);
    }
    assertThat(tree.intValue()).isEqualTo(1);
  }

  @Test
  void readTree_numbers_keepTheirKindAndDigits() throws IOException {
    JsonNode tree = readTree(DOCUMENT);

    assertThat(tree.get("int").isInt()).isTrue();
    assertThat(tree.get("long").isLong()).isTrue();
    assertThat(tree.get("big").bigIntegerValue())
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
    // floating-point numbers are exact decimals, never doubles
    assertThat(tree.get("decimal").isBigDecimal()).isTrue();
    assertThat(tree.get("decimal").decimalValue()).isEqualTo(new BigDecimal("1.5"));
    assertThat(tree.get("exponent").decimalValue()).isEqualByComparingTo(new BigDecimal("2500"));
  }

  @Test
  void readTree_empty_isRejectedAsADocument() throws IOException {
    assertThatThrownBy(() -> readTree("")).isInstanceOf(InvalidJsonException.class)
        .hasMessage("Invalid JSON in 't.json': Document must not be empty");
    assertThatThrownBy(() -> readTree(stream("  "))).isInstanceOf(InvalidJsonException.class)
        .hasMessage("Invalid JSON in 't.json': Document must not be empty");
    // an element's bytes are found by a scan, never empty; read alone they are a missing node
    assertThat(readTree(new byte[0]).isMissingNode()).isTrue();
  }

  @Test
  void readTree_stream_isReadButNotClosed() throws IOException {
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(stream("[1]")) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };

    assertThat(readTree(in).size()).isEqualTo(1);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void readTree_malformed_throwsWithLocation() {
    JsonProcessingException e = parseError(() -> readTree("{\n  \"a\": 1,,\n}"));
    assertThat(e.getOriginalMessage()).startsWith("Unexpected character (',' (code 44))");
    assertThat(e.getLocation().getLineNr()).isEqualTo(2);
  }

  @Test
  void readTree_unclosed_throws() {
    assertThat(parseError(() -> readTree("[1, {\"a\": 2")).getOriginalMessage())
        .startsWith("Unexpected end-of-input");
  }

  @Test
  void readTree_errors_areTheOnesAMapperReports() {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    for (String bad : new String[] {"{} []", "{\n\"a\": 1,,\n}", "{\"a\": 1, \"a\": 2}", "[1,"}) {
      JsonProcessingException mine = parseError(() -> readTree(bad));
      JsonProcessingException jackson = catchThrowableOfType(JsonProcessingException.class,
          () -> mapper.readTree(bad));

      assertThat(mine.getOriginalMessage()).as(bad).isEqualTo(jackson.getOriginalMessage());
      assertThat(mine.getLocation().getLineNr()).as(bad)
          .isEqualTo(jackson.getLocation().getLineNr());
      assertThat(mine.getLocation().getColumnNr()).as(bad)
          .isEqualTo(jackson.getLocation().getColumnNr());
    }
  }

  @Test
  void readTree_duplicateKey_throws() {
    assertThat(parseError(() -> readTree("{\"a\": 1, \"a\": 2}")).getOriginalMessage())
        .startsWith("Duplicate field 'a'");
  }

  @Test
  void readTree_trailingContent_throws() {
    assertThat(parseError(() -> readTree("{} []")).getOriginalMessage())
        .startsWith("Trailing token (of type START_ARRAY)");
    assertThat(parseError(() -> readTree(stream("[{\"a\": [1]}] 2"))))
        .hasMessageStartingWith("Trailing token (of type VALUE_NUMBER_INT) found after value "
            + "(bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per "
            + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
  }

  @Test
  void readTree_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> readTree((String) null))
        .withMessage("json");
    assertThatNullPointerException()
        .isThrownBy(() -> JsonCursor.readElement(null, 0, 0, 0, "t.json"))
        .withMessage("json");
    assertThatNullPointerException().isThrownBy(() -> readTree((InputStream) null))
        .withMessage("in");
  }

  //-----------------------------------------------------------------------
  // elements, readFields, readElement: the skimmed parts of a bundled catalog

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The message of the error that reading the whole document gives. */
  private static String wholeError(String json) {
    return catchThrowableOfType(InvalidJsonException.class, () -> readTree(bytes(json)))
        .getMessage();
  }

  @Test
  void elements_findEachElementWithoutCheckingIt() {
    // "tru" is malformed, but only strings and brackets are followed here
    byte[] json = bytes("[{\"a\": \"]}\\\"\"}, 7 ,\n{\"b\": tru}, [[]]]");

    int[] spans = JsonCursor.elements(json, "t.json");

    assertThat(spans).containsExactly(1, 14, 16, 17, 20, 30, 32, 36);
    assertThat(JsonCursor.readElement(json, 1, 14, 0, "t.json").node().toString())
        .isEqualTo("{\"a\":\"]}\\\"\"}");
    assertThat(JsonCursor.readElement(json, 1, 14, 0, "t.json").path()).isEqualTo("[0]");
    assertThat(JsonCursor.elements(bytes(" [ ] "), "t.json")).isEmpty();
  }

  @Test
  void elements_malformedOrNotAnArray_throwsAsTheWholeDocumentReports() {
    for (String json : new String[] {"[{\"a\": [1}, 2", "[1,]", "[1 2]", "[\"x]", "[1] 2"}) {
      assertThatThrownBy(() -> JsonCursor.elements(bytes(json), "t.json")).as(json)
          .isInstanceOf(InvalidJsonException.class).hasMessage(wholeError(json));
    }
    assertThatThrownBy(() -> JsonCursor.elements(bytes("{\"a\": 1}"), "t.json"))
        .hasMessage("Invalid JSON in 't.json': Document must be an array");
  }

  @Test
  void readElement_malformed_throwsAtItsLineAndColumnInTheWholeDocument() {
    String json = "[{\"a\": 1},\n {\"b\": tru}]";
    int[] spans = JsonCursor.elements(bytes(json), "t.json");

    assertThatThrownBy(() -> JsonCursor.readElement(bytes(json), spans[2], spans[3], 1,
        "t.json")).hasMessage(wholeError(json)).hasMessageContaining("line 2, column 8");
  }

  @Test
  void readFields_readsOnlyTheFieldsAndStopsOnceItHasThem() {
    // what follows the fields is neither read nor checked
    JsonCursor header = JsonCursor.readFields(bytes("{\"x\": {\"a\": 0}, \"a\": [1, {}],"
        + " \"b\": \"t\", \"c\": tru"), 0, 48, -1, Set.of("a", "b"), "t.json");

    assertThat(header.node().toString()).isEqualTo("{\"a\":[1,{}],\"b\":\"t\"}");
    assertThat(header.path()).isEmpty();
    assertThat(header.field("b").path()).isEqualTo("b");
    assertThat(JsonCursor.readFields(bytes("{ }"), 0, 3, 2, Set.of("a"), "t.json").path())
        .isEqualTo("[2]");
  }

  @Test
  void readFields_escapedName_isReadWhole() {
    JsonCursor header = JsonCursor.readFields(bytes("{\"\\u0061\": 1, \"b\": 2}"), 0, 21, -1,
        Set.of("a"), "t.json");

    assertThat(header.field("a").node().intValue()).isEqualTo(1);
  }

  @Test
  void readFields_duplicateOrMalformed_throwsAsTheWholeDocumentReports() {
    for (String json : new String[] {"{\"a\": 1, \"a\": 2}", "{\"a\": tru, \"b\": 1}",
        "{\"a\" 1}", "{\"b\": [1, }"}) {
      byte[] bytes = bytes(json);
      assertThatThrownBy(() -> JsonCursor.readFields(bytes, 0, bytes.length, -1,
          Set.of("a", "z"), "t.json")).as(json).isInstanceOf(InvalidJsonException.class)
          .hasMessage(wholeError(json));
    }
  }
}
