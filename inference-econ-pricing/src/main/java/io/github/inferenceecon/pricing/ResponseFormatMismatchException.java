/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import java.util.Objects;

/**
 * Thrown when a raw response body has the distinguishing fields of another format than the one
 * expected, such as an Anthropic Messages stream ({@code "type": "message_start"}) given as
 * OpenAI Chat Completions ({@link ApiResponseFormat#detect(ApiResponseFormat, byte[])}).
 *
 * <p>The message names the format expected, the part of the body looked at and the fields it
 * has, for example "Response body format must be the one expected, openai-chat-completions: the
 * stream's first event has the fields of anthropic-messages (event: message_start)". Both
 * formats are available through {@link #expected()} and {@link #found()}.
 */
public final class ResponseFormatMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The format the caller expected. */
  private final ApiResponseFormat expected;
  /** The format whose fields the body has. */
  private final ApiResponseFormat found;

  /**
   * Creates an exception for a body of another format than the one expected.
   *
   * @param expected the format expected, not null
   * @param found the format whose fields the body has, not null
   * @param evidence where in the body the fields are and which they are, such as "the document
   *     has the fields of anthropic-messages ("type": "message")", not null
   */
  ResponseFormatMismatchException(ApiResponseFormat expected, ApiResponseFormat found,
      String evidence) {
    super("Response body format must be the one expected, "
        + Objects.requireNonNull(expected, "expected").id() + ": "
        + Objects.requireNonNull(evidence, "evidence"));
    this.expected = expected;
    this.found = Objects.requireNonNull(found, "found");
  }

  /**
   * Returns the format the caller expected the body to be in.
   *
   * @return the format expected, not null
   */
  public ApiResponseFormat expected() {
    return expected;
  }

  /**
   * Returns the format whose distinguishing fields the body has.
   *
   * @return the format found, not null
   */
  public ApiResponseFormat found() {
    return found;
  }
}
