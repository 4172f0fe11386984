/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.internal.IsoDates;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Validates a JSON document against the subset of JSON Schema (draft 2020-12) that the shipped
 * catalog schemas use, so that the schemas are the enforced definition of the file formats and
 * not only their documentation.
 *
 * <p>Supported keywords: {@code type} (one type), {@code const}, {@code enum},
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code propertyNames},
 * {@code items}, {@code minItems}, {@code minLength}, {@code pattern}, {@code minimum},
 * {@code format: date}, and {@code $ref} to {@code #/$defs/...}; annotations ({@code title},
 * {@code description}, {@code $schema}, {@code $id}, {@code $comment}, {@code default},
 * {@code examples}) are ignored. Any other keyword is a bug in the schema and throws
 * {@link IllegalStateException}, so a schema can never claim a rule that is not enforced.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class SchemaValidator {

  /** A rule broken at a location of the document. */
  static final class Violation {
    final List<Object> path;
    final String message;

    Violation(List<Object> path, String message) {
      this.path = List.copyOf(path);
      this.message = message;
    }

    @Override
    public String toString() {
      return path + ": " + message;
    }
  }

  private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$schema",
      "$id", "$comment", "default", "examples", "$defs");
  private static final Set<String> KEYWORDS = Set.of("type", "const", "enum", "properties",
      "required", "additionalProperties", "propertyNames", "items", "minItems", "minLength",
      "pattern", "minimum", "format", "$ref");
  private static final String DEFS = "#/$defs/";
  private static final String NOT_BLANK = "\\S";
  /** The characters that {@code \s} matches in a Java regular expression. */
  private static final String WHITESPACE = " \t\n\u000B\f\r";

  private final JsonNode root;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  SchemaValidator(JsonNode root) {
    this.root = root;
    checkKeywords(root);
  }

  /**
   * Validates a document.
   *
   * @param document the document
   * @return the violations, in document order; empty when the document conforms
   */
  List<Violation> validate(JsonNode document) {
    List<Violation> out = new ArrayList<>();
    validate(root, document, new ArrayList<>(), out);
    return out;
  }

  private void validate(JsonNode schema, JsonNode node, List<Object> path, List<Violation> out) {
    if (schema.isBoolean()) {
      if (!schema.booleanValue()) {
        out.add(new Violation(path, "is not allowed"));
      }
      return;
    }
    if (schema.has("$ref")) {
      validate(resolve(schema.get("$ref").asText()), node, path, out);
    }
    if (schema.has("type") && !hasType(node, schema.get("type").asText())) {
      out.add(new Violation(path, "must be " + article(schema.get("type").asText()) + ": "
          + show(node)));
      return;
    }
    if (schema.has("const") && !equal(schema.get("const"), node)) {
      out.add(new Violation(path, "must be " + schema.get("const") + ": " + show(node)));
    }
    if (schema.has("enum")) {
      boolean found = false;
      List<String> allowed = new ArrayList<>();
      for (JsonNode option : schema.get("enum")) {
        found |= equal(option, node);
        allowed.add(option.asText());
      }
      if (!found) {
        out.add(new Violation(path, "must be one of " + String.join(", ", allowed) + ": "
            + show(node)));
      }
    }
    if (node.isTextual()) {
      validateText(schema, node.textValue(), path, out);
    }
    if (node.isNumber() && schema.has("minimum")
        && node.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
      out.add(new Violation(path, "must be at least "
          + plain(schema.get("minimum").decimalValue()) + ": " + plain(node.decimalValue())));
    }
    if (node.isObject()) {
      validateObject(schema, node, path, out);
    }
    if (node.isArray()) {
      if (schema.has("minItems") && node.size() < schema.get("minItems").intValue()) {
        int min = schema.get("minItems").intValue();
        out.add(new Violation(path, "must have at least " + min + " item" + (min == 1 ? "" : "s")
            + ": " + node.size()));
      }
      if (schema.has("items")) {
        for (int i = 0; i < node.size(); i++) {
          path.add(i);
          validate(schema.get("items"), node.get(i), path, out);
          path.remove(path.size() - 1);
        }
      }
    }
  }

  private void validateText(JsonNode schema, String text, List<Object> path,
      List<Violation> out) {
    if (schema.has("minLength") && text.length() < schema.get("minLength").intValue()) {
      out.add(new Violation(path, "must not be empty"));
      return;
    }
    if (schema.has("pattern")) {
      String regex = schema.get("pattern").asText();
      if (!matches(regex, text)) {
        out.add(new Violation(path, "\\S".equals(regex) ? "must not be blank: '" + text + "'"
            : "must match " + regex + ": '" + text + "'"));
      }
    }
    if (schema.has("format") && "date".equals(schema.get("format").asText())) {
      try {
        IsoDates.parse(text);
      } catch (DateTimeParseException e) {
        out.add(new Violation(path, "must be an ISO date such as 2026-11-27: '" + text + "'"));
      }
    }
  }

  private void validateObject(JsonNode schema, JsonNode node, List<Object> path,
      List<Violation> out) {
    JsonNode properties = schema.path("properties");
    if (schema.has("required")) {
      for (JsonNode name : schema.get("required")) {
        if (!node.has(name.asText())) {
          path.add(name.asText());
          out.add(new Violation(path, "is required"));
          path.remove(path.size() - 1);
        }
      }
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      path.add(field.getKey());
      if (schema.has("propertyNames")) {
        int before = out.size();
        validate(schema.get("propertyNames"), nodeOf(field.getKey()), path, out);
        if (out.size() > before) {
          path.remove(path.size() - 1);
          continue;
        }
      }
      if (properties.has(field.getKey())) {
        validate(properties.get(field.getKey()), field.getValue(), path, out);
      } else if (schema.has("additionalProperties")) {
        JsonNode additional = schema.get("additionalProperties");
        if (additional.isBoolean() && !additional.booleanValue()) {
          out.add(new Violation(path, "is not a known property"));
        } else {
          validate(additional, field.getValue(), path, out);
        }
      }
      path.remove(path.size() - 1);
    }
  }

  /** Checks if a pattern matches somewhere in the text, as JSON Schema's "pattern" does. */
  private boolean matches(String regex, String text) {
    if (NOT_BLANK.equals(regex)) {
      // the commonest pattern, checked without a regular expression: a character that is not
      // one of the whitespace characters of \s
      for (int i = 0; i < text.length(); i++) {
        if (WHITESPACE.indexOf(text.charAt(i)) < 0) {
          return true;
        }
      }
      return false;
    }
    Pattern pattern = patterns.get(regex);
    if (pattern == null) {
      pattern = Pattern.compile(regex);
      patterns.putIfAbsent(regex, pattern);
    }
    return pattern.matcher(text).find();
  }

  private static JsonNode nodeOf(String text) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith(DEFS)) {
      throw new IllegalStateException("inference-econ bug: unsupported schema $ref '" + ref
          + "'");
    }
    JsonNode target = root.path("$defs").path(ref.substring(DEFS.length()));
    if (target.isMissingNode()) {
      throw new IllegalStateException("inference-econ bug: schema $ref '" + ref
          + "' names no definition");
    }
    return target;
  }

  private static boolean hasType(JsonNode node, String type) {
    switch (type) {
      case "object":
        return node.isObject();
      case "array":
        return node.isArray();
      case "string":
        return node.isTextual();
      case "number":
        return node.isNumber();
      case "integer":
        return node.isIntegralNumber()
            || node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0;
      case "boolean":
        return node.isBoolean();
      case "null":
        return node.isNull();
      default:
        throw new IllegalStateException("inference-econ bug: unsupported schema type '" + type
            + "'");
    }
  }

  private static boolean equal(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static String article(String type) {
    return ("object".equals(type) || "array".equals(type) || "integer".equals(type) ? "an "
        : "a ") + type;
  }

  private static String show(JsonNode node) {
    if (node.isTextual()) {
      return "'" + node.textValue() + "'";
    }
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static void checkKeywords(JsonNode schema) {
    if (!schema.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : schema.properties()) {
      String key = field.getKey();
      if (!ANNOTATIONS.contains(key) && !KEYWORDS.contains(key)) {
        throw new IllegalStateException("inference-econ bug: unsupported schema keyword '"
            + key + "'");
      }
      if ("format".equals(key) && !"date".equals(field.getValue().asText())) {
        throw new IllegalStateException("inference-econ bug: unsupported schema format '"
            + field.getValue().asText() + "'");
      }
      if ("properties".equals(key) || "$defs".equals(key)) {
        for (JsonNode nested : field.getValue()) {
          checkKeywords(nested);
        }
      } else if ("items".equals(key) || "additionalProperties".equals(key)
          || "propertyNames".equals(key)) {
        checkKeywords(field.getValue());
      }
    }
  }
}
