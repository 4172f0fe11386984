/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static io.github.inferenceecon.pricing.ApiResponseFormat.ANTHROPIC_MESSAGES;
import static io.github.inferenceecon.pricing.ApiResponseFormat.BEDROCK_CONVERSE;
import static io.github.inferenceecon.pricing.ApiResponseFormat.GEMINI_GENERATE_CONTENT;
import static io.github.inferenceecon.pricing.ApiResponseFormat.OPENAI_CHAT_COMPLETIONS;
import static io.github.inferenceecon.pricing.ApiResponseFormat.OPENAI_RESPONSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.PriceNotKnownException;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Usage read from raw response bodies in the providers' documented shapes, whole and streamed,
 * each priced at the bundled catalog and worked out by hand; then the refusals.
 *
 * <p>Shapes, as the providers document them:
 * <ul>
 *   <li>OpenAI Chat Completions: the chat completion object and, streamed with
 *       {@code stream_options.include_usage}, a last chunk with empty {@code choices} and the
 *       {@code usage}, then {@code data: [DONE]}
 *       (platform.openai.com/docs/api-reference/chat/object,
 *       platform.openai.com/docs/api-reference/chat-streaming);</li>
 *   <li>OpenAI Responses: the response object, and streamed, the {@code response.completed}
 *       event carrying it (platform.openai.com/docs/api-reference/responses/object,
 *       platform.openai.com/docs/api-reference/responses-streaming/response/completed);</li>
 *   <li>Anthropic Messages: the message with {@code usage} (input excluding cache reads and
 *       writes, {@code cache_creation} split by lifetime), and streamed, {@code message_start}
 *       with the message's usage then {@code message_delta} whose usage is cumulative
 *       (docs.anthropic.com/en/api/messages,
 *       docs.anthropic.com/en/docs/build-with-claude/prompt-caching,
 *       platform.claude.com/docs/en/build-with-claude/streaming);</li>
 *   <li>Gemini API: {@code GenerateContentResponse} with {@code usageMetadata} and
 *       {@code modelVersion}; {@code promptTokenCount} includes the cached content; streamed
 *       with {@code alt=sse} as {@code data:} chunks, or as a JSON array
 *       (ai.google.dev/api/generate-content);</li>
 *   <li>Amazon Bedrock Converse: {@code usage} ({@code TokenUsage}: input excluding cache
 *       reads and writes, {@code cacheDetails} by {@code ttl} 5m or 1h), and streamed, the
 *       {@code metadata} event of the AWS event stream
 *       (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html,
 *       API_runtime_TokenUsage.html, API_runtime_CacheDetail.html,
 *       API_runtime_ConverseStreamMetadataEvent.html; the event stream encoding:
 *       docs.aws.amazon.com/transcribe/latest/dg/event-stream.html).</li>
 * </ul>
 *
 * <p>Prices (USD per million tokens, bundled catalog): gpt-4o-mini input 0.15, cached 0.075,
 * output 0.60; gpt-5-mini input 0.25, cached 0.025, output 2.00; claude-sonnet-4 (Anthropic and
 * Bedrock) input 3, cache reads 0.30, 5-minute writes 3.75, output 15, 1-hour writes 6
 * (Anthropic); gemini-2.5-flash input 0.30, cached 0.03, output 2.50.
 */
final class ApiResponseUsageTest {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled();

  private static Money cost(ApiResponseUsage read) {
    return CATALOG.cost(read.provider(), read.model().orElseThrow(), read.usage()).total();
  }

  private static Money cost(String provider, String model, ApiResponseUsage read) {
    return CATALOG.cost(provider, model, read.usage()).total();
  }

  static String chat(String model, long prompt, long cached, long completion,
      long reasoning) {
    return "{\"id\": \"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\", \"object\": \"chat.completion\","
        + " \"created\": 1741569952, \"model\": \"" + model + "\", \"choices\": [{\"index\": 0,"
        + " \"message\": {\"role\": \"assistant\", \"content\": \"Hello! How can I help?\","
        + " \"refusal\": null, \"annotations\": []}, \"logprobs\": null,"
        + " \"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": " + prompt + ","
        + " \"completion_tokens\": " + completion + ", \"total_tokens\": " + (prompt + completion)
        + ", \"prompt_tokens_details\": {\"cached_tokens\": " + cached + ", \"audio_tokens\": 0},"
        + " \"completion_tokens_details\": {\"reasoning_tokens\": " + reasoning + ","
        + " \"audio_tokens\": 0, \"accepted_prediction_tokens\": 0,"
        + " \"rejected_prediction_tokens\": 0}}, \"service_tier\": \"default\"}";
  }

  //-----------------------------------------------------------------------
  // OpenAI Chat Completions
  @Test
  void chat_input() {
    // 1,000 prompt tokens x 0.15 = 150 per 1M = USD 0.00015
    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini-2024-07-18", 1000, 0, 0, 0));

    assertThat(read.provider()).isEqualTo("openai");
    assertThat(read.model()).contains("gpt-4o-mini-2024-07-18");
    assertThat(read.usage()).isEqualTo(ApiUsage.of(1000, 0));
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00015"));
  }

  @Test
  void chat_cachedInput() {
    // prompt_tokens 1,000 include the 400 cached: 600 x 0.15 + 400 x 0.075 = 90 + 30 = 120 per
    // 1M = USD 0.00012
    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini-2024-07-18", 1000, 400, 0, 0));

    assertThat(read.usage().cachedInputTokens()).isEqualTo(TokenCount.of(400));
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00012"));
  }

  @Test
  void chat_output() {
    // 1,000 prompt tokens and 300 completion tokens: 150 + 300 x 0.60 = 150 + 180 = 330 per 1M
    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini-2024-07-18", 1000, 0, 300, 0));

    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00033"));
  }

  @Test
  void chat_reasoning() {
    // gpt-5-mini: completion_tokens 300 include 100 reasoning, billed as output:
    // 1,000 x 0.25 + 300 x 2.00 = 250 + 600 = 850 per 1M = USD 0.00085
    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-5-mini-2025-08-07", 1000, 0, 300, 100));

    assertThat(read.usage().reasoningTokens()).isEqualTo(TokenCount.of(100));
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00085"));
  }

  @Test
  void readmeExample_pricesABodyOfAFormatToldFromIt() {
    // the body of chat_cachedInput: 600 x 0.15 + 400 x 0.075 = 120 per 1M = USD 0.00012
    assertThat(ResponseBodyCosts.costOf(chat("gpt-4o-mini-2024-07-18", 1000, 400, 0, 0))
        .total()).isEqualTo(Money.of("USD", "0.00012"));
  }

  @Test
  void chat_streamedWithIncludeUsage_readsTheUsageChunk() {
    // the usage chunk: 1,000 prompt tokens (400 cached), 300 completion tokens:
    // 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 90 + 30 + 180 = 300 per 1M = USD 0.0003
    String stream = "data: {\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\","
        + "\"created\":1694268190,\"model\":\"gpt-4o-mini-2024-07-18\",\"service_tier\":"
        + "\"default\",\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"index\":0,"
        + "\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,"
        + "\"finish_reason\":null}],\"usage\":null}\n\n"
        + "data: {\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":"
        + "1694268190,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":"
        + "{},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":null}\n\n"
        + "data: {\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":"
        + "1694268190,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[],\"usage\":"
        + "{\"prompt_tokens\":1000,\"completion_tokens\":300,\"total_tokens\":1300,"
        + "\"prompt_tokens_details\":{\"cached_tokens\":400,\"audio_tokens\":0},"
        + "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0}}}\n\n"
        + "data: [DONE]\n\n";

    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS, stream);

    assertThat(read.model()).contains("gpt-4o-mini-2024-07-18");
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.0003"));
  }

  @Test
  void chat_streamWithoutUsage_isRefused() {
    String stream = "data: {\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\","
        + "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}"
        + "\n\ndata: [DONE]\n\n";

    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS, stream))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'usage' is required (a stream reports it only in its final "
            + "usage event): missing");
  }

  @Test
  void chat_refusalsNameTheJsonField() {
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini", 1000, 1200, 0, 0)))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'usage.prompt_tokens_details.cached_tokens' must not exceed "
            + "usage.prompt_tokens, which include it: 1200 > 1000");
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini", 1000, 0, 0, 0).replace("\"default\"", "\"auto\"")))
        .hasMessage("Usage field 'service_tier' must name the tier that served the request, not "
            + "the request option 'auto': 'auto'");
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini", 1000, 0, 0, 0).replace("\"audio_tokens\": 0},",
            "\"audio_tokens\": 5},")))
        .hasMessageStartingWith("Usage field 'usage.prompt_tokens_details.audio_tokens' must be "
            + "zero: audio tokens are billed at audio rates");
  }

  @Test
  void malformedBody_namesTheBody() {
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        "{\"usage\": {\"prompt_tokens\": }"))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(e.source()).isEqualTo("openai chat completions response body"));
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini", 1000, 0, 0, 0).replace("\"prompt_tokens\": 1000",
            "\"prompt_tokens\": 1e999999999")))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("at usage.prompt_tokens");
  }

  @Test
  void chat_countNotWhole_namesThePath_wholeDecimalAccepted() {
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini", 1000, 0, 0, 0).replace("\"prompt_tokens\": 1000",
            "\"prompt_tokens\": 1000.5")))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(e.path()).isEqualTo("usage.prompt_tokens"))
        .hasMessageContaining("Number must be a whole number");
    // 1000.0 is the whole number 1,000: 1,000 x 0.15 = USD 0.00015
    assertThat(cost(ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini-2024-07-18", 1000, 0, 0, 0).replace("\"prompt_tokens\": 1000",
            "\"prompt_tokens\": 1000.0")))).isEqualTo(Money.of("USD", "0.00015"));
  }

  @Test
  void chat_escapedUsageKey_isRead() {
    // "us\u0061ge" is the key "usage": such a document is parsed whole. USD 0.00012
    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini-2024-07-18", 1000, 400, 0, 0).replace("\"usage\"",
            "\"us\\u0061ge\""));

    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00012"));
  }

  @Test
  void chat_brokenNestingBeforeTheUsage_isMalformed() {
    // the skim cannot follow an unterminated string; the whole parse names where it broke
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini", 1000, 0, 0, 0).replace("\"Hello! How can I help?\"",
            "\"Hello! How can I help?")))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("Malformed JSON at line 1, column");
  }

  @Test
  void chat_repeatedUsageField_isRefused() {
    // which of two counts is the bill? Neither is guessed
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini", 1000, 0, 0, 0).replace("\"prompt_tokens\": 1000,",
            "\"prompt_tokens\": 1000, \"prompt_tokens\": 10,")))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(e.path()).isEqualTo("usage.prompt_tokens"))
        .hasMessageContaining("Field 'prompt_tokens' must not be repeated");
  }

  @Test
  void chat_contentAfterTheDocument_isRefused() {
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini", 1000, 0, 0, 0) + " {}"))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("Content after the document");
  }

  @Test
  void chat_streamSkipsEventsItNeedNotRead() {
    // only the usage chunk is parsed: a broken content chunk before it does not matter,
    // comments and [DONE] are framing, and an event after it that is not JSON and does not name
    // the usage is passed over. 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 300 per 1M
    String stream = ": keep-alive\n\ndata: {\"object\":\"chat.completion.chunk\",\"choices\":"
        + "[{\"delta\":{\"content\":\"Hi\"\n\n"
        + "data: {\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\","
        + "\"choices\":[],\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":300,"
        + "\"prompt_tokens_details\":{\"cached_tokens\":400},\"completion_tokens_details\":"
        + "{\"reasoning_tokens\":0}}}\r\n\r\ndata: [DONE]\r\n\r\nevent: proxy\r\ndata: done\r\n\r\n";

    assertThat(cost(ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS, stream)))
        .isEqualTo(Money.of("USD", "0.0003"));
  }

  @Test
  void read_bodyAboveTheLimit_isRefused() {
    byte[] body = new byte[ApiResponseUsage.MAX_BODY_LENGTH + 1];
    body[0] = '{';

    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS, body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Response body must be at most 67108864 bytes long: 67108865");
    assertThatThrownBy(() -> ApiResponseUsage.read(body))
        .hasMessage("Response body must be at most 67108864 bytes long: 67108865");
  }

  @Test
  void read_withoutFormat_tellsItFromTheBody() {
    // the Chat Completions body of chat_cachedInput: USD 0.00012
    ApiResponseUsage read = ApiResponseUsage.read(chat("gpt-4o-mini-2024-07-18", 1000, 400, 0,
        0));

    assertThat(read.format()).isEqualTo(OPENAI_CHAT_COMPLETIONS);
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00012"));
    assertThat(ApiResponseUsage.read(chat("gpt-4o-mini-2024-07-18", 1000, 400, 0, 0)
        .getBytes(StandardCharsets.UTF_8))).isEqualTo(read);
  }

  /**
   * Documents of every format, and variants whose spans a one-pass reading must find exactly:
   * multi-byte UTF-8 before the usage (the byte and character offsets differ), white space and
   * line breaks between the members, an escaped key (which the skim of a reading leaves to a
   * full parse), an escaped model and a model given twice.
   */
  private static List<String> documents() {
    String chat = chat("gpt-4o-mini-2024-07-18", 1000, 400, 300, 0);
    return List.of(chat,
        response(1000, 600, "", 200, 50),
        message("\"input_tokens\": 2000, \"cache_creation_input_tokens\": 0,"
            + " \"cache_read_input_tokens\": 8000, \"output_tokens\": 700"),
        gemini("\"promptTokenCount\": 1000, \"candidatesTokenCount\": 200,"
            + " \"totalTokenCount\": 1200"),
        converse("\"inputTokens\": 2000, \"outputTokens\": 100, \"totalTokens\": 2100"),
        chat.replace("Hello! How can I help?", "H\u00e9llo \u2014 \u4f60\u597d \ud83d\udc4b"),
        chat.replace(", \"", ",\r\n    \"").replace("{\"id\"", "{\n  \"id\"") + "\n\n",
        chat.replace("\"usage\":", "\"us\\u0061ge\":"),
        chat.replace("\"model\": \"gpt-4o-mini-2024-07-18\"",
            "\"model\": \"gpt-4o-mini\\u002d2024-07-18\""),
        chat.replace("\"created\":", "\"model\": \"gpt-4o\", \"created\":"));
  }

  /** Bodies each reading refuses, for a rule of its own (a byte order mark among them). */
  private static List<String> badDocuments() {
    String chat = chat("gpt-4o-mini-2024-07-18", 1000, 400, 300, 0);
    return List.of(chat + " {}",
        chat.replace("\"prompt_tokens\": 1000", "\"prompt_tokens\": 1000.5"),
        chat.replace("\"prompt_tokens\": 1000", "\"prompt_tokens\": \"many\""),
        chat.replace("\"usage\": {", "\"usage_\": {"),
        chat.replace("\"usage\": {", "\"usage\": 5, \"u\": {"),
        chat.replace("\"created\":", "\"usage\": {\"prompt_tokens\": 1}, \"created\":"),
        chat("  ", 1000, 0, 0, 0),
        chat.replace("\"logprobs\": null", "\"logprobs\": nul"),
        chat.substring(0, chat.length() - 1),
        "\ufeff" + chat);
  }

  @Test
  void read_withoutFormat_sameAsTheFormatToldThenRead() {
    for (String body : documents()) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

      assertThat(ApiResponseUsage.read(body)).as(body)
          .isEqualTo(ApiResponseUsage.read(ApiResponseFormat.detect(body), body));
      assertThat(ApiResponseUsage.read(bytes)).as(body)
          .isEqualTo(ApiResponseUsage.read(ApiResponseFormat.detect(bytes), bytes));
    }
    // the escaped model is read as the model, and of a model given twice the last
    assertThat(ApiResponseUsage.read(documents().get(8)).model())
        .contains("gpt-4o-mini-2024-07-18");
    assertThat(ApiResponseUsage.read(documents().get(9)).model())
        .contains("gpt-4o-mini-2024-07-18");
  }

  @Test
  void read_withoutFormat_badBody_refusedAsTheFormatToldThenRead() {
    for (String body : badDocuments()) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      Throwable text = catchThrowable(() -> ApiResponseUsage.read(
          ApiResponseFormat.detect(body), body));
      Throwable binary = catchThrowable(() -> ApiResponseUsage.read(
          ApiResponseFormat.detect(bytes), bytes));

      assertThat(text).as(body).isInstanceOf(IllegalArgumentException.class);
      assertThat(binary).as(body).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ApiResponseUsage.read(body)).as(body)
          .isExactlyInstanceOf(text.getClass()).hasMessage(text.getMessage());
      assertThatThrownBy(() -> ApiResponseUsage.read(bytes)).as(body)
          .isExactlyInstanceOf(binary.getClass()).hasMessage(binary.getMessage());
    }
  }

  //-----------------------------------------------------------------------
  // OpenAI Responses
  static String response(long input, long cached, String writes, long output,
      long reasoning) {
    return "{\"id\": \"resp_67ccd2bed1ec8190b14f964abc054267\", \"object\": \"response\","
        + " \"created_at\": 1741476542, \"status\": \"completed\", \"error\": null,"
        + " \"model\": \"gpt-5-mini-2025-08-07\", \"output\": [{\"type\": \"message\","
        + " \"id\": \"msg_67ccd2bf17f0\", \"status\": \"completed\", \"role\": \"assistant\","
        + " \"content\": [{\"type\": \"output_text\", \"text\": \"In a peaceful grove...\","
        + " \"annotations\": []}]}], \"service_tier\": \"default\", \"usage\": {\"input_tokens\": "
        + input + ", \"input_tokens_details\": {\"cached_tokens\": " + cached + writes + "},"
        + " \"output_tokens\": " + output + ", \"output_tokens_details\": {\"reasoning_tokens\": "
        + reasoning + "}, \"total_tokens\": " + (input + output) + "}}";
  }

  @Test
  void responses_cachedInput() {
    // input_tokens 1,000 include 600 cached: 400 x 0.25 + 600 x 0.025 = 100 + 15 = 115 per 1M
    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_RESPONSES,
        response(1000, 600, "", 0, 0));

    assertThat(read.model()).contains("gpt-5-mini-2025-08-07");
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.000115"));
  }

  @Test
  void responses_reasoning() {
    // output_tokens 500 include 200 reasoning: 1,000 x 0.25 + 500 x 2.00 = 250 + 1,000 per 1M
    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_RESPONSES,
        response(1000, 0, "", 500, 200));

    assertThat(read.usage().reasoningTokens()).isEqualTo(TokenCount.of(200));
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00125"));
  }

  @Test
  void responses_cacheWrites_splitByLifetime_unpricedByTheCatalog() {
    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_RESPONSES, response(1000, 0,
        ", \"cache_write_tokens\": 300, \"cache_write_tokens_details\": {\"ttl_30m_tokens\":"
            + " 200, \"ttl_12h_tokens\": 100}", 0, 0));

    assertThat(read.usage().cacheWriteTokens()).isEqualTo(Map.of(
        Duration.ofMinutes(30), TokenCount.of(200), Duration.ofHours(12), TokenCount.of(100)));
    // the bundled OpenAI cards publish no cache-write price: never priced at zero
    assertThatThrownBy(() -> cost(read)).isInstanceOf(PriceNotKnownException.class);
  }

  @Test
  void responses_streamed_readsResponseCompleted() {
    String completed = response(1000, 600, "", 500, 200);
    String stream = "event: response.created\ndata: {\"type\":\"response.created\","
        + "\"sequence_number\":0,\"response\":{\"id\":\"resp_1\",\"object\":\"response\","
        + "\"status\":\"in_progress\",\"model\":\"gpt-5-mini-2025-08-07\",\"output\":[],"
        + "\"usage\":null}}\n\n"
        + "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\","
        + "\"sequence_number\":1,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,"
        + "\"delta\":\"In\"}\n\n"
        + "event: response.completed\ndata: {\"type\":\"response.completed\","
        + "\"sequence_number\":2,\"response\":" + completed + "}\n\n";

    ApiResponseUsage read = ApiResponseUsage.read(OPENAI_RESPONSES, stream);

    // 400 x 0.25 + 600 x 0.025 + 500 x 2.00 = 100 + 15 + 1,000 = 1,115 per 1M
    assertThat(read.model()).contains("gpt-5-mini-2025-08-07");
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.001115"));
  }

  //-----------------------------------------------------------------------
  // Anthropic Messages
  static String message(String usage) {
    return "{\"id\": \"msg_013Zva2CMHLNnXjNJJKqJ2EF\", \"type\": \"message\", \"role\":"
        + " \"assistant\", \"model\": \"claude-sonnet-4-20250514\", \"content\": [{\"type\":"
        + " \"text\", \"text\": \"Hi! My name is Claude.\"}], \"stop_reason\": \"end_turn\","
        + " \"stop_sequence\": null, \"usage\": {" + usage + "}}";
  }

  @Test
  void anthropic_input() {
    // 2,000 input tokens x 3 = USD 0.006
    ApiResponseUsage read = ApiResponseUsage.read(ANTHROPIC_MESSAGES, message(
        "\"input_tokens\": 2000, \"cache_creation_input_tokens\": 0, \"cache_read_input_tokens\":"
            + " 0, \"output_tokens\": 0, \"service_tier\": \"standard\""));

    assertThat(read.provider()).isEqualTo("anthropic");
    assertThat(read.model()).contains("claude-sonnet-4-20250514");
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.006"));
  }

  @Test
  void anthropic_cacheReads() {
    // input_tokens 2,000 exclude the 8,000 cache reads: 2,000 x 3 + 8,000 x 0.30 = 6,000 +
    // 2,400 = 8,400 per 1M = USD 0.0084
    ApiResponseUsage read = ApiResponseUsage.read(ANTHROPIC_MESSAGES, message(
        "\"input_tokens\": 2000, \"cache_creation_input_tokens\": 0, \"cache_read_input_tokens\":"
            + " 8000, \"output_tokens\": 0"));

    assertThat(read.usage().inputTokens()).isEqualTo(TokenCount.of(10_000));
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.0084"));
  }

  @Test
  void anthropic_fiveMinuteCacheWrites() {
    // 2,000 input + 1,000 written for 5 minutes: 6,000 + 1,000 x 3.75 = 9,750 per 1M
    ApiResponseUsage read = ApiResponseUsage.read(ANTHROPIC_MESSAGES, message(
        "\"input_tokens\": 2000, \"cache_creation_input_tokens\": 1000, \"cache_read_input_tokens\""
            + ": 0, \"cache_creation\": {\"ephemeral_5m_input_tokens\": 1000,"
            + " \"ephemeral_1h_input_tokens\": 0}, \"output_tokens\": 0"));

    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00975"));
  }

  @Test
  void anthropic_oneHourCacheWrites() {
    // 2,000 input + 500 written for 1 hour: 6,000 + 500 x 6 = 9,000 per 1M = USD 0.009
    ApiResponseUsage read = ApiResponseUsage.read(ANTHROPIC_MESSAGES, message(
        "\"input_tokens\": 2000, \"cache_creation_input_tokens\": 500, \"cache_read_input_tokens\""
            + ": 0, \"cache_creation\": {\"ephemeral_5m_input_tokens\": 0,"
            + " \"ephemeral_1h_input_tokens\": 500}, \"output_tokens\": 0"));

    assertThat(read.usage().cacheWriteTokens())
        .isEqualTo(Map.of(Duration.ofHours(1), TokenCount.of(500)));
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.009"));
  }

  @Test
  void anthropic_output() {
    // 700 output tokens x 15 = 10,500 per 1M = USD 0.0105
    ApiResponseUsage read = ApiResponseUsage.read(ANTHROPIC_MESSAGES, message(
        "\"input_tokens\": 0, \"cache_creation_input_tokens\": null, \"cache_read_input_tokens\":"
            + " null, \"output_tokens\": 700"));

    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.0105"));
  }

  @Test
  void anthropic_streamed_messageStartUpdatedByCumulativeDelta() {
    // message_start: input 2,000, reads 8,000, 1,000 written for 5 minutes, output 1 so far;
    // message_delta: output 700 in all. 6,000 + 2,400 + 3,750 + 10,500 = 22,650 per 1M
    String stream = "event: message_start\ndata: {\"type\": \"message_start\", \"message\":"
        + " {\"id\": \"msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY\", \"type\": \"message\","
        + " \"role\": \"assistant\", \"content\": [], \"model\": \"claude-sonnet-4-20250514\","
        + " \"stop_reason\": null, \"stop_sequence\": null, \"usage\": {\"input_tokens\": 2000,"
        + " \"cache_creation_input_tokens\": 1000, \"cache_read_input_tokens\": 8000,"
        + " \"cache_creation\": {\"ephemeral_5m_input_tokens\": 1000,"
        + " \"ephemeral_1h_input_tokens\": 0}, \"output_tokens\": 1}}}\n\n"
        + "event: content_block_start\ndata: {\"type\": \"content_block_start\", \"index\": 0,"
        + " \"content_block\": {\"type\": \"text\", \"text\": \"\"}}\n\n"
        + "event: ping\ndata: {\"type\": \"ping\"}\n\n"
        + "event: content_block_delta\ndata: {\"type\": \"content_block_delta\", \"index\": 0,"
        + " \"delta\": {\"type\": \"text_delta\", \"text\": \"Hello\"}}\n\n"
        + "event: content_block_stop\ndata: {\"type\": \"content_block_stop\", \"index\": 0}\n\n"
        + "event: message_delta\ndata: {\"type\": \"message_delta\", \"delta\": {\"stop_reason\":"
        + " \"end_turn\", \"stop_sequence\": null}, \"usage\": {\"output_tokens\": 700}}\n\n"
        + "event: message_stop\ndata: {\"type\": \"message_stop\"}\n\n";

    ApiResponseUsage read = ApiResponseUsage.read(ANTHROPIC_MESSAGES, stream);

    assertThat(read.usage().outputTokens()).isEqualTo(TokenCount.of(700));
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.02265"));
  }

  @Test
  void anthropic_streamed_lastCumulativeDeltaWins() {
    // two message_delta events, each cumulative: the last holds the totals (700 output
    // tokens, 1,000 more cache reads reported at the end); the events in between are not read.
    // 2,000 x 3 + 1,000 x 0.30 + 700 x 15 = 6,000 + 300 + 10,500 = 16,800 per 1M
    String stream = "event: message_start\r\ndata: {\"type\": \"message_start\", \"message\":"
        + " {\"type\": \"message\", \"model\": \"claude-sonnet-4-20250514\", \"usage\":"
        + " {\"input_tokens\": 2000, \"cache_creation_input_tokens\": 0,"
        + " \"cache_read_input_tokens\": 0, \"output_tokens\": 1}}}\r\n\r\n"
        + "event: content_block_delta\r\ndata: {\"broken\r\n\r\n"
        + "event: message_delta\r\ndata: {\"type\": \"message_delta\", \"usage\":"
        + " {\"output_tokens\": 300}}\r\n\r\n"
        + "event: message_delta\r\ndata: {\"type\": \"message_delta\", \"usage\":"
        + " {\"output_tokens\": 700, \"cache_read_input_tokens\": 1000}}\r\n\r\n"
        + "event: message_stop\r\ndata: {\"type\": \"message_stop\"}\r\n\r\n";

    ApiResponseUsage read = ApiResponseUsage.read(ANTHROPIC_MESSAGES, stream);

    assertThat(read.usage().outputTokens()).isEqualTo(TokenCount.of(700));
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.0168"));
  }

  @Test
  void anthropic_streamWithoutMessageStart_isRefused() {
    assertThatThrownBy(() -> ApiResponseUsage.read(ANTHROPIC_MESSAGES,
        "event: message_delta\ndata: {\"usage\": {\"output_tokens\": 700}}\n\n"))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'message_start' is required (a stream reports it only in its "
            + "final usage event): missing");
  }

  @Test
  void anthropic_refusals() {
    assertThatThrownBy(() -> ApiResponseUsage.read(ANTHROPIC_MESSAGES, message(
        "\"input_tokens\": 2000, \"cache_creation_input_tokens\": 1000, \"cache_read_input_tokens\""
            + ": 0, \"output_tokens\": 0")))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageStartingWith("Usage field 'usage.cache_creation' is required when "
            + "usage.cache_creation_input_tokens is not zero");
    assertThatThrownBy(() -> ApiResponseUsage.read(ANTHROPIC_MESSAGES, message(
        "\"input_tokens\": 2000, \"cache_creation_input_tokens\": 0, \"cache_read_input_tokens\": "
            + "0, \"output_tokens\": 10, \"server_tool_use\": {\"web_search_requests\": 2}")))
        .hasMessageStartingWith("Usage field 'usage.server_tool_use.web_search_requests' must be "
            + "zero: web searches are billed per request");
  }

  //-----------------------------------------------------------------------
  // Gemini generateContent
  static String gemini(String usageMetadata) {
    return "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Once upon a time...\"}],"
        + " \"role\": \"model\"}, \"finishReason\": \"STOP\", \"index\": 0}], \"usageMetadata\": {"
        + usageMetadata + "}, \"modelVersion\": \"gemini-2.5-flash\","
        + " \"responseId\": \"mfj3aMn0GJ2zz7IPjqK0kQo\"}";
  }

  @Test
  void gemini_input() {
    // 1,000 prompt tokens x 0.30 = 300 per 1M = USD 0.0003
    ApiResponseUsage read = ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, gemini(
        "\"promptTokenCount\": 1000, \"totalTokenCount\": 1000, \"promptTokensDetails\":"
            + " [{\"modality\": \"TEXT\", \"tokenCount\": 1000}]"));

    assertThat(read.provider()).isEqualTo("google");
    assertThat(read.model()).contains("gemini-2.5-flash");
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.0003"));
  }

  @Test
  void gemini_cachedContent() {
    // promptTokenCount 1,000 include 600 cached: 400 x 0.30 + 600 x 0.03 = 120 + 18 per 1M
    ApiResponseUsage read = ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, gemini(
        "\"promptTokenCount\": 1000, \"cachedContentTokenCount\": 600, \"totalTokenCount\": 1000"));

    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.000138"));
  }

  @Test
  void gemini_output() {
    // 1,000 prompt + 200 candidates: 300 + 200 x 2.50 = 800 per 1M = USD 0.0008
    ApiResponseUsage read = ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, gemini(
        "\"promptTokenCount\": 1000, \"candidatesTokenCount\": 200, \"totalTokenCount\": 1200"));

    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.0008"));
  }

  @Test
  void gemini_thoughts_areOutputAndReasoning() {
    // 200 candidates + 300 thoughts, billed as output: 300 + 500 x 2.50 = 1,550 per 1M
    ApiResponseUsage read = ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, gemini(
        "\"promptTokenCount\": 1000, \"candidatesTokenCount\": 200, \"thoughtsTokenCount\": 300,"
            + " \"totalTokenCount\": 1500"));

    assertThat(read.usage().outputTokens()).isEqualTo(TokenCount.of(500));
    assertThat(read.usage().reasoningTokens()).isEqualTo(TokenCount.of(300));
    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00155"));
  }

  @Test
  void gemini_toolUsePrompt_isInput() {
    // 1,000 prompt + 100 tool-use prompt tokens: 1,100 x 0.30 = 330 per 1M = USD 0.00033
    ApiResponseUsage read = ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, gemini(
        "\"promptTokenCount\": 1000, \"toolUsePromptTokenCount\": 100, \"totalTokenCount\": 1100"));

    assertThat(cost(read)).isEqualTo(Money.of("USD", "0.00033"));
  }

  @Test
  void gemini_streamed_sseAndJsonArray_readTheLastUsage() {
    String first = gemini("\"promptTokenCount\": 1000, \"candidatesTokenCount\": 20,"
        + " \"totalTokenCount\": 1020");
    String last = gemini("\"promptTokenCount\": 1000, \"candidatesTokenCount\": 200,"
        + " \"totalTokenCount\": 1200");

    // 300 + 500 = 800 per 1M, from the last chunk
    assertThat(cost(ApiResponseUsage.read(GEMINI_GENERATE_CONTENT,
        "data: " + first + "\r\n\r\ndata: " + last + "\r\n\r\n")))
        .isEqualTo(Money.of("USD", "0.0008"));
    assertThat(cost(ApiResponseUsage.read(GEMINI_GENERATE_CONTENT,
        "[" + first + ",\r\n" + last + "]"))).isEqualTo(Money.of("USD", "0.0008"));
  }

  @Test
  void gemini_streamed_eventOfSeveralDataLines_joined() {
    // one event whose JSON spans two data: lines (joined by a newline): 300 + 500 = 800 per 1M
    String last = gemini("\"promptTokenCount\": 1000, \"candidatesTokenCount\": 200,"
        + " \"totalTokenCount\": 1200");
    int cut = last.indexOf("\"usageMetadata\"");
    String stream = "data: " + last.substring(0, cut) + "\ndata: " + last.substring(cut) + "\n\n";

    assertThat(cost(ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, stream)))
        .isEqualTo(Money.of("USD", "0.0008"));
  }

  @Test
  void gemini_arrayPath_namesTheElement() {
    String bad = gemini("\"promptTokenCount\": -1.5");

    assertThatThrownBy(() -> ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, "[" + bad + "]"))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(e.path()).isEqualTo("[0].usageMetadata.promptTokenCount"));
  }

  @Test
  void gemini_refusals() {
    assertThatThrownBy(() -> ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, gemini(
        "\"promptTokenCount\": 1000, \"totalTokenCount\": 1000, \"promptTokensDetails\":"
            + " [{\"modality\": \"AUDIO\", \"tokenCount\": 1000}]")))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageStartingWith("Usage field 'usageMetadata.promptTokensDetails.AUDIO' must be "
            + "zero: audio tokens");
    assertThatThrownBy(() -> ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, gemini(
        "\"promptTokenCount\": 1000, \"candidatesTokenCount\": 200, \"totalTokenCount\": 1000")))
        .hasMessage("Usage field 'usageMetadata.totalTokenCount' must equal promptTokenCount + "
            + "toolUsePromptTokenCount + candidatesTokenCount + thoughtsTokenCount: 1000 != "
            + "1000 + 0 + 200 + 0");
    assertThatThrownBy(() -> ApiResponseUsage.read(GEMINI_GENERATE_CONTENT, gemini(
        "\"candidatesTokenCount\": 200")))
        .hasMessage("Usage field 'usageMetadata.promptTokenCount' is required: missing");
  }

  //-----------------------------------------------------------------------
  // Bedrock Converse
  private static final String BEDROCK_MODEL = "us.anthropic.claude-sonnet-4-20250514-v1:0";

  static String converse(String usage) {
    return "{\"output\": {\"message\": {\"role\": \"assistant\", \"content\": [{\"text\":"
        + " \"Hello.\"}]}}, \"stopReason\": \"end_turn\", \"usage\": {" + usage + "},"
        + " \"metrics\": {\"latencyMs\": 1203}}";
  }

  @Test
  void bedrock_input_modelFromTheCaller() {
    // the body names no model; 2,000 input tokens x 3 = USD 0.006
    ApiResponseUsage read = ApiResponseUsage.read(BEDROCK_CONVERSE, converse(
        "\"inputTokens\": 2000, \"outputTokens\": 0, \"totalTokens\": 2000"));

    assertThat(read.provider()).isEqualTo("amazon-bedrock");
    assertThat(read.model()).isEmpty();
    assertThat(cost("amazon-bedrock", BEDROCK_MODEL, read)).isEqualTo(Money.of("USD", "0.006"));
  }

  @Test
  void bedrock_cacheReads() {
    // inputTokens 2,000 exclude the 8,000 cache reads: 6,000 + 2,400 = 8,400 per 1M
    ApiResponseUsage read = ApiResponseUsage.read(BEDROCK_CONVERSE, converse(
        "\"inputTokens\": 2000, \"outputTokens\": 0, \"totalTokens\": 10000,"
            + " \"cacheReadInputTokens\": 8000, \"cacheWriteInputTokens\": 0"));

    assertThat(cost("amazon-bedrock", BEDROCK_MODEL, read)).isEqualTo(Money.of("USD", "0.0084"));
  }

  @Test
  void bedrock_cacheWrites_byTtl() {
    // 2,000 input + 1,000 written for 5 minutes: 6,000 + 3,750 = 9,750 per 1M
    ApiResponseUsage read = ApiResponseUsage.read(BEDROCK_CONVERSE, converse(
        "\"inputTokens\": 2000, \"outputTokens\": 0, \"totalTokens\": 3000,"
            + " \"cacheReadInputTokens\": 0, \"cacheWriteInputTokens\": 1000,"
            + " \"cacheDetails\": [{\"ttl\": \"5m\", \"inputTokens\": 1000}]"));

    assertThat(cost("amazon-bedrock", BEDROCK_MODEL, read))
        .isEqualTo(Money.of("USD", "0.00975"));
  }

  @Test
  void bedrock_output() {
    // 700 output tokens x 15 = USD 0.0105
    ApiResponseUsage read = ApiResponseUsage.read(BEDROCK_CONVERSE, converse(
        "\"inputTokens\": 0, \"outputTokens\": 700, \"totalTokens\": 700"));

    assertThat(cost("amazon-bedrock", BEDROCK_MODEL, read)).isEqualTo(Money.of("USD", "0.0105"));
  }

  @Test
  void bedrock_eventStream_readsTheMetadataEvent() {
    // ConverseStream: messageStart, contentBlockDelta, messageStop, then metadata with the
    // usage (input 2,000, reads 8,000, output 700): 6,000 + 2,400 + 10,500 = 18,900 per 1M
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(event("messageStart", "{\"role\":\"assistant\",\"p\":\"abcd\"}"));
    body.writeBytes(event("contentBlockDelta",
        "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hello\"},\"p\":\"abcdefgh\"}"));
    body.writeBytes(event("messageStop", "{\"stopReason\":\"end_turn\",\"p\":\"ab\"}"));
    body.writeBytes(event("metadata", "{\"usage\":{\"inputTokens\":2000,\"outputTokens\":700,"
        + "\"totalTokens\":10700,\"cacheReadInputTokens\":8000,\"cacheWriteInputTokens\":0},"
        + "\"metrics\":{\"latencyMs\":2100},\"p\":\"abc\"}"));

    ApiResponseUsage read = ApiResponseUsage.read(BEDROCK_CONVERSE, body.toByteArray());

    assertThat(cost("amazon-bedrock", BEDROCK_MODEL, read)).isEqualTo(Money.of("USD", "0.0189"));
  }

  @Test
  void bedrock_eventStream_badChecksum_isRefused() {
    byte[] body = event("metadata", "{\"usage\":{\"inputTokens\":1,\"outputTokens\":1}}");
    body[body.length - 1] ^= 1;

    assertThatThrownBy(() -> ApiResponseUsage.read(BEDROCK_CONVERSE, body))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage("Invalid JSON in 'bedrock converse response body': Malformed event stream: "
            + "the message at byte 0 has a bad length or checksum");
  }

  @Test
  void bedrock_tiers() {
    ApiResponseUsage optimized = ApiResponseUsage.read(BEDROCK_CONVERSE, converse(
        "\"inputTokens\": 10, \"outputTokens\": 10, \"totalTokens\": 20").replace("\"metrics\"",
        "\"performanceConfig\": {\"latency\": \"optimized\"}, \"metrics\""));
    assertThat(optimized.usage().serviceTier()).contains("latency-optimized");
    assertThatThrownBy(() -> ApiResponseUsage.read(BEDROCK_CONVERSE, converse(
        "\"inputTokens\": 10, \"outputTokens\": 10, \"totalTokens\": 20").replace("\"metrics\"",
        "\"serviceTier\": {\"type\": \"reserved\"}, \"metrics\"")))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageStartingWith("Usage field 'serviceTier.type' must be a tier billed per token");
  }

  /** One message of an AWS event stream: prelude, string headers, payload, checksums. */
  static byte[] event(String type, String payload) {
    ByteArrayOutputStream headers = new ByteArrayOutputStream();
    for (String[] h : new String[][] {{":event-type", type},
        {":content-type", "application/json"}, {":message-type", "event"}}) {
      byte[] name = h[0].getBytes(StandardCharsets.UTF_8);
      byte[] value = h[1].getBytes(StandardCharsets.UTF_8);
      headers.write(name.length);
      headers.writeBytes(name);
      headers.write(7);
      headers.write(value.length >> 8);
      headers.write(value.length);
      headers.writeBytes(value);
    }
    byte[] h = headers.toByteArray();
    byte[] p = payload.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(16 + h.length + p.length);
    b.putInt(b.capacity()).putInt(h.length).putInt(crc(b.array(), 8)).put(h).put(p);
    b.putInt(crc(b.array(), b.capacity() - 4));
    return b.array();
  }

  private static int crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }
}
