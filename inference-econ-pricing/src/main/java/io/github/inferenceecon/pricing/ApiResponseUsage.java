/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The usage of one LLM API call read from the raw response body, with the provider and the
 * model the body names, such as 'anthropic, claude-sonnet-4-20250514, 2000 input tokens (8000
 * cache reads), 700 output tokens'.
 *
 * <p>A body is read whole or streamed: a JSON document, the server-sent events of a stream
 * ({@code data:} lines, as OpenAI, Anthropic and the Gemini API with {@code alt=sse} send them),
 * the JSON array of Gemini's {@code streamGenerateContent}, or the binary event stream of
 * Bedrock's ConverseStream. Of a stream, the usage of its final usage event is read: the chunk
 * with {@code usage} of a Chat Completions stream (sent when the request sets
 * {@code stream_options.include_usage}), the response of {@code response.completed} (or
 * {@code response.incomplete}, {@code response.failed}) of a Responses stream, Anthropic's
 * {@code message_start} usage updated by the cumulative usage of each {@code message_delta},
 * the last chunk's {@code usageMetadata} of a Gemini stream, and the {@code metadata} event of
 * a Bedrock stream. The counts are mapped by the format's counting convention
 * ({@link ApiResponseFormat}).
 *
 * <pre>{@code
 * ApiResponseUsage read = ApiResponseUsage.read(ApiResponseFormat.ANTHROPIC_MESSAGES, body);
 * ApiCost cost = PriceCatalog.bundled().cost(read.provider(), read.model().orElseThrow(),
 *     read.usage());
 * }</pre>
 *
 * <p>The format may also be told from the body ({@link #read(String)},
 * {@link ApiResponseFormat#detect(String)}); a body of an ambiguous or unknown shape is refused
 * rather than guessed. A format the caller expects can be checked against the body first
 * ({@link ApiResponseFormat#detect(ApiResponseFormat, String)}): a body clearly of another
 * format is refused. Bodies longer than {@link #MAX_BODY_LENGTH} are refused.
 *
 * <p>A body is read in place: it is skimmed for the usage object and the model and tiers beside
 * it (strings by their quotes, other values by their nesting), and only those are parsed; the
 * rest of the JSON is not checked. Of a stream, only the events that carry the usage are parsed.
 * A body the skim cannot follow is parsed whole.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApiResponseUsage {

  /**
   * The longest body read: 64 MiB (67,108,864 bytes, or characters for a text). A streamed
   * response sends an event of some 100 to 300 bytes for every few tokens (about 140 bytes for
   * an Anthropic text delta, 200 for a Chat Completions chunk, in the documented examples), so
   * this is hundreds of thousands of events, far above the output of any one response; a
   * larger input is not a response body, and reading it would only hold memory.
   */
  public static final int MAX_BODY_LENGTH = ResponseBodyReader.MAX_BODY_LENGTH;

  private final ApiResponseFormat format;
  private final @Nullable String model;
  private final ApiUsage usage;

  private ApiResponseUsage(ApiResponseFormat format, @Nullable String model, ApiUsage usage) {
    this.format = format;
    this.model = model;
    this.usage = usage;
  }

  /** Returns a usage read from a body of a format. */
  static ApiResponseUsage of(ApiResponseFormat format, @Nullable String model, ApiUsage usage) {
    return new ApiResponseUsage(format, model, usage);
  }

  //-----------------------------------------------------------------------
  /**
   * Reads the usage of a raw response body: a JSON document or the text of a stream.
   *
   * @param format the API the body came from, not null
   * @param body the body, not null
   * @return the usage, not null
   * @throws IllegalArgumentException if the body is longer than {@link #MAX_BODY_LENGTH}
   *     characters
   * @throws InvalidJsonException if the body is not JSON or a stream of the format
   * @throws UnmappableUsageException if the body has no usage, or its usage cannot be mapped
   *     exactly (see the format)
   */
  public static ApiResponseUsage read(ApiResponseFormat format, String body) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(body, "body");
    return ResponseBodyReader.read(format, body);
  }

  /**
   * Reads the usage of a raw response body given as bytes: UTF-8 JSON or stream text, or, for
   * {@link ApiResponseFormat#BEDROCK_CONVERSE}, the binary event stream of ConverseStream.
   *
   * @param format the API the body came from, not null
   * @param body the body, not null
   * @return the usage, not null
   * @throws IllegalArgumentException if the body is longer than {@link #MAX_BODY_LENGTH}
   *     bytes
   * @throws InvalidJsonException if the body is not JSON or a stream of the format
   * @throws UnmappableUsageException if the body has no usage, or its usage cannot be mapped
   *     exactly (see the format)
   */
  public static ApiResponseUsage read(ApiResponseFormat format, byte[] body) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(body, "body");
    return ResponseBodyReader.read(format, body);
  }

  /**
   * Reads the usage of a raw response body of a format told from the body itself
   * ({@link ApiResponseFormat#detect(String)}).
   *
   * @param body the body, not null
   * @return the usage, not null
   * @throws IllegalArgumentException if the body is longer than {@link #MAX_BODY_LENGTH}
   *     characters, or its format is ambiguous or unknown
   * @throws InvalidJsonException if the body is not JSON or a stream of its format
   * @throws UnmappableUsageException if the body has no usage, or its usage cannot be mapped
   *     exactly (see the format)
   */
  public static ApiResponseUsage read(String body) {
    return ResponseBodyReader.read(Objects.requireNonNull(body, "body"));
  }

  /**
   * Reads the usage of a raw response body given as bytes, of a format told from the body
   * itself ({@link ApiResponseFormat#detect(byte[])}).
   *
   * @param body the body, not null
   * @return the usage, not null
   * @throws IllegalArgumentException if the body is longer than {@link #MAX_BODY_LENGTH} bytes,
   *     or its format is ambiguous or unknown
   * @throws InvalidJsonException if the body is not JSON or a stream of its format
   * @throws UnmappableUsageException if the body has no usage, or its usage cannot be mapped
   *     exactly (see the format)
   */
  public static ApiResponseUsage read(byte[] body) {
    return ResponseBodyReader.read(Objects.requireNonNull(body, "body"));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the format the body was read in.
   *
   * @return the format, not null
   */
  public ApiResponseFormat format() {
    return format;
  }

  /**
   * Returns the id of the provider whose API returns the format, such as {@code openai}; a body
   * of an API serving another provider's format (Azure OpenAI, Vertex AI) is priced with that
   * provider's id instead.
   *
   * @return the provider id, not null
   */
  public String provider() {
    return format.provider();
  }

  /**
   * Returns the model the body names, such as {@code gpt-4o-mini-2024-07-18}.
   *
   * @return the model, or empty when the body names none (Bedrock's)
   */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  /**
   * Returns the usage.
   *
   * @return the usage, not null
   */
  public ApiUsage usage() {
    return usage;
  }

  /**
   * Checks if this usage equals another: same format, model and usage.
   *
   * @param obj the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ApiResponseUsage)) {
      return false;
    }
    ApiResponseUsage other = (ApiResponseUsage) obj;
    return format == other.format && Objects.equals(model, other.model)
        && usage.equals(other.usage);
  }

  /**
   * Returns a hash code.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(format, model, usage);
  }

  /**
   * Returns the text form, such as {@code anthropic claude-sonnet-4-20250514: <usage>}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return provider() + (model == null ? "" : " " + model) + ": " + usage;
  }
}
