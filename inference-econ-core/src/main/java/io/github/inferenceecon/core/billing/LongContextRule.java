/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

/**
 * Which tokens of a request move to a long-context tier's rates once the prompt passes the
 * tier's threshold.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LongContextRule {
  /**
   * Every token of the request is billed at the long-context rates once the input exceeds the
   * threshold (Gemini 2.5 Pro above 200k, Claude Sonnet 4 above 200k input tokens).
   */
  ALL_TOKENS,
  /** Only the input tokens beyond the threshold are billed at the long-context rates. */
  EXCESS_TOKENS
}
