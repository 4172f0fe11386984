/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import java.util.Objects;

/**
 * Thrown when a provider's usage record cannot be mapped exactly onto inference-econ's token
 * counts, such as "Usage field 'CompletionUsage.prompt_tokens_details.cached_tokens' must not
 * exceed CompletionUsage.prompt_tokens, which include the cached tokens: 1200 > 1000".
 *
 * <p>The client adapters (OpenAI, Anthropic, LangChain4j) throw it rather than guess: a count
 * that is missing, counts that contradict each other, or a billing dimension the usage model
 * cannot express (audio tokens, a fast-mode surcharge, per-request tool fees) is an error, never
 * a silent zero. The field is named as the provider's API spells it, prefixed by the client's
 * type.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class UnmappableUsageException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The field that cannot be mapped, such as {@code CompletionUsage.prompt_tokens_details.cached_tokens}. */
  private final String field;
  /** The rule the field breaks, such as {@code "is required"}. */
  private final String rule;
  /** The offending value or values, such as {@code "missing"}. */
  private final String value;

  /**
   * Creates an exception for a usage field that breaks a mapping rule.
   *
   * @param field the field, as the provider names it, prefixed by the client's type, such as
   *     {@code Usage.cache_creation_input_tokens}, not null
   * @param rule the rule it breaks, as a predicate starting in lower case, such as
   *     {@code "is required"}, not null
   * @param value the offending value or values, such as {@code "missing"} or {@code "1200 > 1000"},
   *     not null
   */
  public UnmappableUsageException(String field, String rule, String value) {
    super("Usage field '" + Objects.requireNonNull(field, "field") + "' "
        + Objects.requireNonNull(rule, "rule") + ": " + Objects.requireNonNull(value, "value"));
    this.field = field;
    this.rule = rule;
    this.value = value;
  }

  /**
   * Returns the field that cannot be mapped, such as
   * {@code CompletionUsage.prompt_tokens_details.cached_tokens}.
   *
   * @return the field, not null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rule the field breaks, such as {@code "is required"}.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the offending value or values, such as {@code "missing"}.
   *
   * @return the value, not null
   */
  public String value() {
    return value;
  }
}
