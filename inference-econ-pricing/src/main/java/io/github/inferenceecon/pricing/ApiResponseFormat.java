/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.util.Objects;

/**
 * The response formats of the LLM APIs whose usage inference-econ reads, each with its
 * provider's counting convention, such as {@link #ANTHROPIC_MESSAGES}: Anthropic's input tokens
 * exclude cache reads and writes, so the {@link ApiUsage} input is their sum.
 *
 * <p>Each convention maps the provider's counts exactly onto an {@link ApiUsage} or refuses
 * them with an {@link UnmappableUsageException} naming the field and the rule, never with a
 * guessed zero: a missing or negative count, a total that does not add up, a part above its
 * whole (cached tokens above the input, reasoning above the output), and anything billed at
 * rates an {@link ApiUsage} cannot express (audio tokens, web searches, image output, reserved
 * capacity). The same conventions serve the raw response bodies
 * ({@link ApiResponseUsage#read(ApiResponseFormat, String)}) and the client adapter modules,
 * which fill {@link UsageFields} from the clients' types.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ApiResponseFormat {

  /**
   * OpenAI Chat Completions ({@code POST /v1/chat/completions}): {@code prompt_tokens} include
   * {@code prompt_tokens_details.cached_tokens} (required), {@code completion_tokens} include
   * {@code completion_tokens_details.reasoning_tokens} (required); cache writes (whose
   * lifetime the format does not report) and audio tokens are refused. The
   * {@code service_tier} that served the request is kept ({@code default} is the base rates,
   * {@code fast} is reported as {@code priority}); {@code auto} and {@code scale} are refused.
   * The same shape is served by Azure OpenAI and many OpenAI-compatible APIs: price those with
   * their own provider id.
   */
  OPENAI_CHAT_COMPLETIONS("openai"),

  /**
   * OpenAI Responses ({@code POST /v1/responses}): {@code input_tokens} include
   * {@code input_tokens_details.cached_tokens} and the cache writes, split into 30-minute and
   * 12-hour writes by {@code cache_write_tokens_details}; {@code output_tokens} include
   * {@code output_tokens_details.reasoning_tokens}. Service tiers as for Chat Completions.
   */
  OPENAI_RESPONSES("openai"),

  /**
   * Anthropic Messages ({@code POST /v1/messages}): {@code input_tokens} exclude
   * {@code cache_read_input_tokens} and {@code cache_creation_input_tokens} (split by lifetime
   * into 5-minute and 1-hour writes in {@code cache_creation}), so the input is their sum;
   * {@code output_tokens} include thinking ({@code output_tokens_details.thinking_tokens}, when
   * given, become the reasoning tokens). {@code service_tier} {@code batch} marks the usage as
   * batched and another tier than {@code standard} is kept; web search requests, a
   * {@code speed} other than {@code standard} and an {@code inference_geo} other than
   * {@code global} are refused.
   */
  ANTHROPIC_MESSAGES("anthropic"),

  /**
   * Gemini API {@code generateContent} and {@code streamGenerateContent}
   * ({@code usageMetadata}): {@code promptTokenCount} (required) includes
   * {@code cachedContentTokenCount}; {@code toolUsePromptTokenCount} is input and
   * {@code thoughtsTokenCount} output (and reasoning) besides {@code candidatesTokenCount}.
   * Counts of zero are left out of the JSON, so an absent count other than the prompt's is
   * zero. Audio tokens and image output are refused. Vertex AI serves the same shape: price it
   * as {@code google-vertex}.
   */
  GEMINI_GENERATE_CONTENT("google"),

  /**
   * Amazon Bedrock Converse and ConverseStream: {@code inputTokens} exclude
   * {@code cacheReadInputTokens} and {@code cacheWriteInputTokens} (split by lifetime in
   * {@code cacheDetails}), so the input is their sum. The {@code serviceTier} type that served
   * the request is kept ({@code default} is the base rates, {@code reserved} is refused) and
   * {@code performanceConfig} latency {@code optimized} becomes the tier
   * {@code latency-optimized}. The body does not name the model: the caller knows it.
   */
  BEDROCK_CONVERSE("amazon-bedrock");

  private final String provider;

  ApiResponseFormat(String provider) {
    this.provider = provider;
  }

  /**
   * Returns the id of the provider whose API returns this format, as the price catalog names it,
   * such as {@code anthropic}.
   *
   * @return the provider id, not null
   */
  public String provider() {
    return provider;
  }

  /**
   * Tells the format of a raw response body from the fields each API documents, as
   * {@link ApiResponseUsage#read(ApiResponseFormat, String)} reads it: a Chat Completions
   * object or chunk ({@code "object": "chat.completion"} or {@code "chat.completion.chunk"}), a
   * Responses object or stream event ({@code "object": "response"}, or {@code "type"} or the
   * event's name {@code response.*}), an Anthropic message or {@code message_start}
   * ({@code "type": "message"} or {@code "message_start"}), a Gemini response
   * ({@code usageMetadata} or {@code candidates}), or a Bedrock Converse response (an
   * {@code output} object with a {@code message} beside a {@code usage} object with
   * {@code inputTokens}). A stream is told by its first event with data and a JSON array (Gemini's
   * {@code streamGenerateContent}) by its first element. A body with the fields of none or of
   * several formats is refused, never guessed: an OpenAI-compatible API that leaves out
   * {@code object}, for one, needs its format given.
   *
   * <pre>{@code
   * ApiResponseFormat.detect("{\"object\": \"chat.completion\", \"usage\": {...}}")
   *     // OPENAI_CHAT_COMPLETIONS
   * }</pre>
   *
   * @param body the body, not null
   * @return the format, not null
   * @throws IllegalArgumentException if the body is longer than
   *     {@link ApiResponseUsage#MAX_BODY_LENGTH} characters, or has the distinguishing fields of
   *     no format or of several (the message names them)
   * @throws InvalidJsonException if the JSON the format is told from is malformed
   */
  public static ApiResponseFormat detect(String body) {
    return ResponseBodyReader.detect(Objects.requireNonNull(body, "body"));
  }

  /**
   * Tells the format of a raw response body given as bytes (UTF-8 text, or the binary AWS event
   * stream of Bedrock's ConverseStream), as {@link #detect(String)} does.
   *
   * @param body the body, not null
   * @return the format, not null
   * @throws IllegalArgumentException if the body is longer than
   *     {@link ApiResponseUsage#MAX_BODY_LENGTH} bytes, or has the distinguishing fields of no
   *     format or of several (the message names them)
   * @throws InvalidJsonException if the JSON the format is told from is malformed
   */
  public static ApiResponseFormat detect(byte[] body) {
    return ResponseBodyReader.detect(Objects.requireNonNull(body, "body"));
  }

  /**
   * Tells the format of a raw response body that the caller expects to be of a format, such as
   * the format configured for an endpoint: the format expected, unless the body has the
   * distinguishing fields of exactly one other format ({@link #detect(String)}), which is
   * refused. A body whose format cannot be told is taken as expected: one with the fields of no
   * format (an OpenAI-compatible API that leaves out {@code "object"}, say), of several, or with
   * JSON too malformed to look at, which
   * {@link ApiResponseUsage#read(ApiResponseFormat, String)} then reports in the terms of the
   * format expected.
   *
   * <pre>{@code
   * ApiResponseFormat f = ApiResponseFormat.detect(OPENAI_CHAT_COMPLETIONS, body);
   * ApiResponseUsage read = ApiResponseUsage.read(f, body);
   * }</pre>
   *
   * @param expected the format the body is expected to be in, not null
   * @param body the body, not null
   * @return the format expected, not null
   * @throws IllegalArgumentException if the body is longer than
   *     {@link ApiResponseUsage#MAX_BODY_LENGTH} characters
   * @throws ResponseFormatMismatchException if the body has the distinguishing fields of
   *     another format (the message names the format expected and the fields found)
   */
  public static ApiResponseFormat detect(ApiResponseFormat expected, String body) {
    Objects.requireNonNull(expected, "expected");
    return ResponseBodyReader.detect(expected, Objects.requireNonNull(body, "body"));
  }

  /**
   * Tells the format of a raw response body given as bytes (UTF-8 text, or the binary AWS event
   * stream of Bedrock's ConverseStream) that the caller expects to be of a format, as
   * {@link #detect(ApiResponseFormat, String)} does.
   *
   * @param expected the format the body is expected to be in, not null
   * @param body the body, not null
   * @return the format expected, not null
   * @throws IllegalArgumentException if the body is longer than
   *     {@link ApiResponseUsage#MAX_BODY_LENGTH} bytes
   * @throws ResponseFormatMismatchException if the body has the distinguishing fields of
   *     another format (the message names the format expected and the fields found)
   */
  public static ApiResponseFormat detect(ApiResponseFormat expected, byte[] body) {
    Objects.requireNonNull(expected, "expected");
    return ResponseBodyReader.detect(expected, Objects.requireNonNull(body, "body"));
  }

  /**
   * Returns the format's name on the command line and in JSON output, such as
   * {@code openai-chat-completions}: the constant's name in lower case with hyphens.
   *
   * @return the name, not null
   */
  public String id() {
    return ResponseBodyReader.id(this);
  }

  /**
   * Converts usage counts reported in this format to an {@link ApiUsage} by the provider's
   * counting convention.
   *
   * @param usage the counts as the provider names them, not null
   * @return the usage, not null
   * @throws UnmappableUsageException if the counts cannot be mapped exactly (see each format)
   * @throws ArithmeticException if counts added by the convention overflow a {@code long}
   */
  public ApiUsage toApiUsage(UsageFields usage) {
    Objects.requireNonNull(usage, "usage");
    switch (this) {
      case OPENAI_CHAT_COMPLETIONS:
        return UsageConventions.openAiChat(usage);
      case OPENAI_RESPONSES:
        return UsageConventions.openAiResponses(usage);
      case ANTHROPIC_MESSAGES:
        return UsageConventions.anthropic(usage);
      case GEMINI_GENERATE_CONTENT:
        return UsageConventions.gemini(usage);
      default:
        return UsageConventions.bedrock(usage);
    }
  }
}
