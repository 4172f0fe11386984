/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.inferenceecon.core.internal.IsoDates;
import io.github.inferenceecon.core.internal.SiFormat;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
 * <p>The schema is compiled once, when the validator is built: each schema object's keywords
 * are read into a rule, so validating a document does not look them up again for each value,
 * and each regular expression is compiled once and its results remembered.
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
  /** How many results of a pattern are remembered. */
  private static final int MEMO_LIMIT = 4096;

  private final JsonNode root;
  /** The compiled rule of every schema object in the tree, by identity. */
  private final Map<JsonNode, Rule> rules = new IdentityHashMap<>();
  private final Rule rootRule;

  SchemaValidator(JsonNode root) {
    this.root = root;
    checkKeywords(root);
    this.rootRule = compile(root);
    JsonNode defs = root.path("$defs");
    for (JsonNode def : defs) {
      compile(def);
    }
  }

  /**
   * Validates a document.
   *
   * @param document the document
   * @return the violations, in document order; empty when the document conforms
   */
  List<Violation> validate(JsonNode document) {
    List<Violation> out = new ArrayList<>();
    validate(rootRule, document, new ArrayList<>(), out);
    return out;
  }

  //-----------------------------------------------------------------------
  /**
   * One schema object, its keywords read once when the validator is built rather than looked up
   * again for every value of the document, and its regular expression compiled once.
   */
  private final class Rule {
    final boolean isBoolean;
    final boolean allows;
    final @Nullable String ref;
    final @Nullable String type;
    final @Nullable JsonNode constant;
    final @Nullable List<JsonNode> options;
    final @Nullable String optionsText;
    final int minLength;
    final @Nullable String pattern;
    final boolean date;
    final @Nullable BigDecimal minimum;
    final List<String> required;
    final Map<String, Rule> properties;
    final boolean additionalForbidden;
    final @Nullable Rule additional;
    final @Nullable Rule propertyNames;
    final int minItems;
    final @Nullable Rule items;
    private volatile @Nullable Rule resolved;
    private volatile @Nullable Pattern compiled;
    /** Pattern results by text: figure paths and the like repeat throughout a catalog. */
    private final Map<String, Boolean> matches = new ConcurrentHashMap<>();

    Rule(JsonNode schema) {
      isBoolean = schema.isBoolean();
      allows = !isBoolean || schema.booleanValue();
      ref = schema.has("$ref") ? schema.get("$ref").asText() : null;
      type = schema.has("type") ? schema.get("type").asText() : null;
      constant = schema.has("const") ? schema.get("const") : null;
      if (schema.has("enum")) {
        List<JsonNode> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode option : schema.get("enum")) {
          values.add(option);
          texts.add(option.asText());
        }
        options = values;
        optionsText = String.join(", ", texts);
      } else {
        options = null;
        optionsText = null;
      }
      minLength = schema.has("minLength") ? schema.get("minLength").intValue() : -1;
      pattern = schema.has("pattern") ? schema.get("pattern").asText() : null;
      date = schema.has("format") && "date".equals(schema.get("format").asText());
      minimum = schema.has("minimum") ? schema.get("minimum").decimalValue() : null;
      List<String> names = new ArrayList<>();
      if (schema.has("required")) {
        for (JsonNode name : schema.get("required")) {
          names.add(name.asText());
        }
      }
      required = names;
      properties = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
        properties.put(property.getKey(), compile(property.getValue()));
      }
      JsonNode additionalNode = schema.get("additionalProperties");
      additionalForbidden = additionalNode != null && additionalNode.isBoolean()
          && !additionalNode.booleanValue();
      additional = additionalNode == null || additionalForbidden ? null : compile(additionalNode);
      propertyNames = schema.has("propertyNames") ? compile(schema.get("propertyNames")) : null;
      minItems = schema.has("minItems") ? schema.get("minItems").intValue() : -1;
      items = schema.has("items") ? compile(schema.get("items")) : null;
    }

    /** Returns the rule a {@code $ref} names, resolved on first use. */
    Rule resolved() {
      Rule rule = resolved;
      if (rule == null) {
        rule = compile(resolve(Objects.requireNonNull(ref)));
        resolved = rule;
      }
      return rule;
    }

    boolean matches(String text) {
      if (NOT_BLANK.equals(pattern)) {
        // the commonest pattern, checked without a regular expression: a character that is
        // not one of the whitespace characters of \s
        for (int i = 0; i < text.length(); i++) {
          if (WHITESPACE.indexOf(text.charAt(i)) < 0) {
            return true;
          }
        }
        return false;
      }
      Boolean known = matches.get(text);
      if (known != null) {
        return known;
      }
      Pattern regex = compiled;
      if (regex == null) {
        regex = Pattern.compile(Objects.requireNonNull(pattern));
        compiled = regex;
      }
      boolean found = regex.matcher(text).find();
      if (matches.size() < MEMO_LIMIT) {
        matches.put(text, found);
      }
      return found;
    }
  }

  /** Returns the rule of a schema object, compiling it on first use. */
  private Rule compile(JsonNode schema) {
    // called while the validator is built, and after that only for rules already compiled,
    // so the map is never written once another thread can see the validator
    Rule rule = rules.get(schema);
    if (rule == null) {
      rule = new Rule(schema);
      rules.put(schema, rule);
    }
    return rule;
  }

  private void validate(Rule rule, JsonNode node, List<Object> path, List<Violation> out) {
    if (rule.isBoolean) {
      if (!rule.allows) {
        out.add(new Violation(path, "is not allowed"));
      }
      return;
    }
    if (rule.ref != null) {
      validate(rule.resolved(), node, path, out);
    }
    if (rule.type != null && !hasType(node, rule.type)) {
      out.add(new Violation(path, "must be " + article(rule.type) + ": " + show(node)));
      return;
    }
    if (rule.constant != null && !equal(rule.constant, node)) {
      out.add(new Violation(path, "must be " + rule.constant + ": " + show(node)));
    }
    if (rule.options != null) {
      boolean found = false;
      for (JsonNode option : rule.options) {
        found |= equal(option, node);
      }
      if (!found) {
        out.add(new Violation(path, "must be one of " + rule.optionsText + ": " + show(node)));
      }
    }
    if (node.isTextual()) {
      validateText(rule, node.textValue(), path, out);
    }
    if (node.isNumber() && rule.minimum != null
        && node.decimalValue().compareTo(rule.minimum) < 0) {
      out.add(new Violation(path, "must be at least " + SiFormat.plain(rule.minimum) + ": "
          + SiFormat.plain(node.decimalValue())));
    }
    if (node.isObject()) {
      validateObject(rule, node, path, out);
    }
    if (node.isArray()) {
      if (rule.minItems >= 0 && node.size() < rule.minItems) {
        out.add(new Violation(path, "must have at least " + rule.minItems + " item"
            + (rule.minItems == 1 ? "" : "s") + ": " + node.size()));
      }
      if (rule.items != null) {
        for (int i = 0; i < node.size(); i++) {
          path.add(i);
          validate(rule.items, node.get(i), path, out);
          path.remove(path.size() - 1);
        }
      }
    }
  }

  private void validateText(Rule rule, String text, List<Object> path, List<Violation> out) {
    if (rule.minLength >= 0 && text.length() < rule.minLength) {
      out.add(new Violation(path, "must not be empty"));
      return;
    }
    if (rule.pattern != null && !rule.matches(text)) {
      out.add(new Violation(path, NOT_BLANK.equals(rule.pattern)
          ? "must not be blank: '" + text + "'"
          : "must match " + rule.pattern + ": '" + text + "'"));
    }
    if (rule.date) {
      try {
        IsoDates.parse(text);
      } catch (DateTimeParseException e) {
        out.add(new Violation(path, "must be an ISO date such as 2026-11-27: '" + text + "'"));
      }
    }
  }

  private void validateObject(Rule rule, JsonNode node, List<Object> path,
      List<Violation> out) {
    for (String name : rule.required) {
      if (!node.has(name)) {
        path.add(name);
        out.add(new Violation(path, "is required"));
        path.remove(path.size() - 1);
      }
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      path.add(field.getKey());
      if (rule.propertyNames != null) {
        int before = out.size();
        validate(rule.propertyNames, nodeOf(field.getKey()), path, out);
        if (out.size() > before) {
          path.remove(path.size() - 1);
          continue;
        }
      }
      Rule property = rule.properties.get(field.getKey());
      if (property != null) {
        validate(property, field.getValue(), path, out);
      } else if (rule.additionalForbidden) {
        out.add(new Violation(path, "is not a known property"));
      } else if (rule.additional != null) {
        validate(rule.additional, field.getValue(), path, out);
      }
      path.remove(path.size() - 1);
    }
  }

  private static JsonNode nodeOf(String text) {
    return TextNode.valueOf(text);
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
