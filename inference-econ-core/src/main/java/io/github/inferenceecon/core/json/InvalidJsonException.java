/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.json;

import io.github.inferenceecon.core.InputValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON that inference-econ reads (a price or hardware catalog, a Hugging Face
 * {@code config.json}, an API response body) breaks a rule, such as "Invalid JSON in 'my.json'
 * at models[1].cards[0].input: Price must not be negative: "-3"".
 *
 * <p>The message is one line: the source (a file, a bundled resource or a name the caller gave),
 * the JSON path of the value ({@code models[1].cards[0].input}, empty for the document itself),
 * the rule, and the value as written, truncated after {@value #MAX_VALUE_LENGTH} characters with
 * control characters escaped. Each part is also available from its getter.
 *
 * <p>A reader that checks a whole document reports every problem it finds: this exception
 * describes the first, {@link #otherProblems()} the rest, and the message ends with their count.
 * Nothing of a document with a problem is loaded. I/O failures are not reported with this
 * exception but as {@link java.io.IOException}.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class InvalidJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The number of characters of a value that a message shows before it is cut. */
  public static final int MAX_VALUE_LENGTH = InputValues.MAX_SHOWN_LENGTH;

  /** The file, resource or name of the document. */
  private final String source;
  /** The JSON path of the value, such as {@code models[1].cards[0].input}. */
  private final String path;
  /** The value as written, shortened; null when absent. */
  private final @Nullable String value;
  /** The rule that was broken, such as "Price must not be negative". */
  private final String rule;
  /** The further problems found in the same document, in order. */
  private final List<InvalidJsonException> others;

  /**
   * Creates an exception for one problem.
   *
   * @param source the file, resource or name of the document, not null
   * @param path the JSON path of the value, such as {@code models[1].input}, empty for the
   *     document, not null
   * @param value the value as written (shortened by this constructor), or null when the value
   *     is absent
   * @param rule the rule that was broken, starting with a capital, such as "Price must not be
   *     negative", not null
   * @param cause the exception that revealed the problem, or null
   */
  public InvalidJsonException(String source, String path, @Nullable String value, String rule,
      @Nullable Throwable cause) {
    this(source, path, value == null ? null : InputValues.shown(value), rule, List.of(), cause);
  }

  private InvalidJsonException(String source, String path, @Nullable String value, String rule,
      List<InvalidJsonException> others, @Nullable Throwable cause) {
    super(message(source, path, value, rule, others.size()), cause);
    this.source = source;
    this.path = path;
    this.value = value;
    this.rule = rule;
    this.others = List.copyOf(others);
  }

  /**
   * Returns an exception for the first of several problems, carrying the others; a problem
   * that carries others of its own (the problems of one file, of several files loaded together)
   * is flattened, so that {@link #otherProblems()} lists every problem once.
   *
   * @param problems the problems found, in document order, not empty, not null
   * @return the exception for the first problem, not null
   * @throws IllegalArgumentException if the list is empty
   */
  public static InvalidJsonException of(List<InvalidJsonException> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("Problem list must not be empty: []");
    }
    if (problems.size() == 1) {
      return problems.get(0);
    }
    List<InvalidJsonException> all = new ArrayList<>();
    for (InvalidJsonException p : problems) {
      all.add(p.others.isEmpty() ? p
          : new InvalidJsonException(p.source, p.path, p.value, p.rule, List.of(), p.getCause()));
      all.addAll(p.others);
    }
    InvalidJsonException first = all.get(0);
    return new InvalidJsonException(first.source, first.path, first.value, first.rule,
        all.subList(1, all.size()), first.getCause());
  }

  /** The characters of a rule a message keeps before cutting it. */
  private static final int MAX_RULE_LENGTH = 500;

  private static String message(String source, String path, @Nullable String value,
      String rule, int others) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    StringBuilder b = new StringBuilder("Invalid JSON in '").append(InputValues.shown(source))
        .append('\'');
    if (!path.isEmpty()) {
      b.append(" at ").append(InputValues.shown(path));
    }
    // a rule may quote a value (a value type's check names what it rejects): one line, cut
    b.append(": ").append(InputValues.shown(rule, MAX_RULE_LENGTH));
    if (value != null) {
      b.append(": ").append(value);
    }
    if (others > 0) {
      b.append(" (and ").append(others).append(others == 1 ? " more problem)" : " more problems)");
    }
    return b.toString();
  }

  /**
   * Returns the file, resource or name of the document.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }

  /**
   * Returns the JSON path of the value, such as {@code models[1].cards[0].input}.
   *
   * @return the path, empty for the document as a whole, not null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the name of the field, the last name of the path, such as {@code input}.
   *
   * @return the field, or empty when the path ends in an array index or is empty
   */
  public Optional<String> field() {
    int end = path.length();
    if (end == 0 || path.charAt(end - 1) == ']') {
      return Optional.empty();
    }
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf(']');
    return Optional.of(path.substring(Math.max(dot, bracket) + 1));
  }

  /**
   * Returns the value as written, shortened as {@link InputValues#shown(CharSequence)} does.
   *
   * @return the value, or empty when the value is absent (a missing required field)
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the rule that was broken, such as "Price must not be negative".
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the problems found after this one in the same load, in document order.
   *
   * @return the other problems, empty when this is the only one, not null
   */
  public List<InvalidJsonException> otherProblems() {
    return others;
  }

  /**
   * Returns the number of problems found: this one and the others.
   *
   * @return the count, at least 1
   */
  public int problemCount() {
    return 1 + others.size();
  }
}
