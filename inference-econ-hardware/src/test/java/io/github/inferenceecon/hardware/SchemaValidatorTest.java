/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static io.github.inferenceecon.hardware.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SchemaValidatorTest {

  /** A schema using every supported keyword. */
  private static final String SCHEMA = "{'$schema': 'https://json-schema.org/draft/2020-12/"
      + "schema', 'title': 't', 'type': 'object', 'required': ['id', 'when'],"
      + " 'additionalProperties': false,"
      + " 'properties': {"
      + "  'id': {'$ref': '#/$defs/id', 'description': 'd'},"
      + "  'when': {'type': 'string', 'format': 'date'},"
      + "  'kind': {'enum': ['A', 'B']},"
      + "  'version': {'const': 1},"
      + "  'count': {'type': 'integer', 'minimum': 1},"
      + "  'name': {'type': 'string', 'minLength': 1, 'pattern': '\\\\S'},"
      + "  'tags': {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}},"
      + "  'peaks': {'type': 'object', 'propertyNames': {'enum': ['BF16', 'FP8']},"
      + "            'additionalProperties': {'type': 'number'}},"
      + "  'flag': {'type': 'boolean'}, 'nothing': {'type': 'null'}},"
      + " '$defs': {'id': {'type': 'string', 'pattern': '^[a-z]+$'}}}";

  private static List<String> violations(String schema, String document)
      throws JsonProcessingException {
    SchemaValidator validator = new SchemaValidator(Fixtures.MAPPER.readTree(json(schema)));
    JsonNode node = Fixtures.MAPPER.readTree(json(document));
    return validator.validate(node).stream().map(Object::toString)
        .collect(Collectors.toList());
  }

  @Test
  void validate_conformingDocument_hasNoViolations() throws JsonProcessingException {
    assertThat(violations(SCHEMA, "{'id': 'abc', 'when': '2026-11-27', 'kind': 'A',"
        + " 'version': 1, 'count': 2, 'name': 'n', 'tags': ['x'], 'peaks': {'BF16': 1.5},"
        + " 'flag': true, 'nothing': null}")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{'when': '2026-11-27'}                          | [id]: is required",
      "{'id': 'abc', 'when': '2026-11-27', 'x': 1}     | [x]: is not a known property",
      "{'id': 'ABC', 'when': '2026-11-27'}             | [id]: must match ^[a-z]+$: 'ABC'",
      "{'id': 7, 'when': '2026-11-27'}                 | [id]: must be a string: 7",
      "{'id': 'abc', 'when': '27.11.2026'}             "
          + "| [when]: must be an ISO date such as 2026-11-27: '27.11.2026'",
      "{'id': 'abc', 'when': '2026-11-27', 'kind': 'C'} | [kind]: must be one of A, B: 'C'",
      "{'id': 'abc', 'when': '2026-11-27', 'version': 2} | [version]: must be 1: 2",
      "{'id': 'abc', 'when': '2026-11-27', 'count': 1.5} | [count]: must be an integer: 1.5",
      "{'id': 'abc', 'when': '2026-11-27', 'count': 0}   | [count]: must be at least 1: 0",
      "{'id': 'abc', 'when': '2026-11-27', 'name': ''}   | [name]: must not be empty",
      "{'id': 'abc', 'when': '2026-11-27', 'name': ' '}  | [name]: must not be blank: ' '",
      "{'id': 'abc', 'when': '2026-11-27', 'tags': []}   | [tags]: must have at least 1 item: 0",
      "{'id': 'abc', 'when': '2026-11-27', 'tags': [1]}  | [tags, 0]: must be a string: 1",
      "{'id': 'abc', 'when': '2026-11-27', 'peaks': {'FP4': 1}} "
          + "| [peaks, FP4]: must be one of BF16, FP8: 'FP4'",
      "{'id': 'abc', 'when': '2026-11-27', 'peaks': {'FP8': 'x'}} "
          + "| [peaks, FP8]: must be a number: 'x'",
      "{'id': 'abc', 'when': '2026-11-27', 'flag': 'yes'} | [flag]: must be a boolean: 'yes'",
      "{'id': 'abc', 'when': '2026-11-27', 'nothing': 0}  | [nothing]: must be a null: 0",
      "[]                                               | []: must be an object: []"})
  void validate_brokenRule_reportsPathAndMessage(String document, String violation)
      throws JsonProcessingException {
    assertThat(violations(SCHEMA, document)).containsExactly(violation);
  }

  @Test
  void validate_integerWrittenAsDecimal_isAnInteger() throws JsonProcessingException {
    assertThat(violations(SCHEMA, "{'id': 'abc', 'when': '2026-11-27', 'count': 2.0}"))
        .isEmpty();
  }

  @Test
  void new_unsupportedKeyword_throws() {
    assertThatThrownBy(() -> violations("{'type': 'object', 'maxItems': 3}", "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("inference-econ bug: unsupported schema keyword 'maxItems'");
  }

  @Test
  void new_unsupportedKeywordInNestedSchema_throws() {
    assertThatThrownBy(() -> violations("{'properties': {'a': {'oneOf': []}}}", "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("inference-econ bug: unsupported schema keyword 'oneOf'");
  }

  @Test
  void new_unsupportedFormat_throws() {
    assertThatThrownBy(() -> violations("{'format': 'email'}", "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("inference-econ bug: unsupported schema format 'email'");
  }

  @Test
  void validate_externalRef_throws() {
    assertThatThrownBy(() -> violations("{'$ref': 'other.json#/x'}", "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("inference-econ bug: unsupported schema $ref 'other.json#/x'");
  }

  @Test
  void validate_refToMissingDefinition_throws() {
    assertThatThrownBy(() -> violations("{'$ref': '#/$defs/none'}", "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("inference-econ bug: schema $ref '#/$defs/none' names no definition");
  }

  @Test
  void validate_falseSchema_rejectsAnything() throws JsonProcessingException {
    assertThat(violations("{'properties': {'a': false}}", "{'a': 1}"))
        .containsExactly("[a]: is not allowed");
  }
}
