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
import static io.github.inferenceecon.pricing.ApiResponseUsageTest.chat;
import static io.github.inferenceecon.pricing.ApiResponseUsageTest.converse;
import static io.github.inferenceecon.pricing.ApiResponseUsageTest.event;
import static io.github.inferenceecon.pricing.ApiResponseUsageTest.gemini;
import static io.github.inferenceecon.pricing.ApiResponseUsageTest.message;
import static io.github.inferenceecon.pricing.ApiResponseUsageTest.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.Money;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiResponseFormat#detect(String)} tells each documented shape (the bodies of
 * {@link ApiResponseUsageTest}, whole and streamed) by its distinguishing fields, and refuses an
 * ambiguous or unknown body with a message naming why; with a format expected
 * ({@link ApiResponseFormat#detect(ApiResponseFormat, String)}), it refuses only a body clearly
 * of another format.
 */
final class ApiResponseFormatTest {

  private static final String USAGE = "\"input_tokens\": 10, \"output_tokens\": 5";

  //-----------------------------------------------------------------------
  // detect
  @Test
  void detect_chatCompletions_objectAndChunk() {
    assertThat(ApiResponseFormat.detect(chat("gpt-4o-mini", 10, 0, 5, 0)))
        .isEqualTo(OPENAI_CHAT_COMPLETIONS);
    assertThat(ApiResponseFormat.detect("data: {\"id\":\"chatcmpl-123\",\"object\":"
        + "\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}"
        + "\n\ndata: [DONE]\n\n")).isEqualTo(OPENAI_CHAT_COMPLETIONS);
  }

  @Test
  void detect_responses_objectAndEvents() {
    assertThat(ApiResponseFormat.detect(response(10, 0, "", 5, 0))).isEqualTo(OPENAI_RESPONSES);
    assertThat(ApiResponseFormat.detect("event: response.created\ndata: {\"type\":"
        + "\"response.created\",\"sequence_number\":0,\"response\":{\"object\":\"response\","
        + "\"status\":\"in_progress\",\"output\":[]}}\n\n")).isEqualTo(OPENAI_RESPONSES);
  }

  @Test
  void detect_anthropic_messageAndMessageStart() {
    assertThat(ApiResponseFormat.detect(message(USAGE))).isEqualTo(ANTHROPIC_MESSAGES);
    assertThat(ApiResponseFormat.detect("event: message_start\ndata: {\"type\": "
        + "\"message_start\", \"message\": {\"type\": \"message\", \"usage\": {" + USAGE
        + "}}}\n\n")).isEqualTo(ANTHROPIC_MESSAGES);
  }

  @Test
  void detect_gemini_documentSseAndArray() {
    String body = gemini("\"promptTokenCount\": 10, \"totalTokenCount\": 10");

    assertThat(ApiResponseFormat.detect(body)).isEqualTo(GEMINI_GENERATE_CONTENT);
    assertThat(ApiResponseFormat.detect("data: " + body + "\r\n\r\n"))
        .isEqualTo(GEMINI_GENERATE_CONTENT);
    assertThat(ApiResponseFormat.detect("[" + body + ",\r\n" + body + "]"))
        .isEqualTo(GEMINI_GENERATE_CONTENT);
  }

  @Test
  void detect_bedrock_documentAndEventStream() {
    assertThat(ApiResponseFormat.detect(converse("\"inputTokens\": 10, \"outputTokens\": 5")))
        .isEqualTo(BEDROCK_CONVERSE);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(event("messageStart", "{\"role\":\"assistant\"}"));
    stream.writeBytes(event("metadata", "{\"usage\":{\"inputTokens\":10,\"outputTokens\":5}}"));
    assertThat(ApiResponseFormat.detect(stream.toByteArray())).isEqualTo(BEDROCK_CONVERSE);
  }

  @Test
  void detect_bytes_asText() {
    assertThat(ApiResponseFormat.detect(message(USAGE).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(ANTHROPIC_MESSAGES);
  }

  @Test
  void detect_unknownShape_throws() {
    // an OpenAI-compatible body that leaves out "object": its format must be given
    assertThatThrownBy(() -> ApiResponseFormat.detect("{\"model\": \"m\", \"usage\": "
        + "{\"prompt_tokens\": 1, \"completion_tokens\": 1}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Response body format cannot be told: the document has none "
            + "of the fields that distinguish the formats")
        .hasMessageEndingWith("; give the format");
    // Bedrock needs both its output message and its usage's inputTokens
    assertThatThrownBy(() -> ApiResponseFormat.detect("{\"output\": {\"message\": {}}}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiResponseFormat.detect(" \n"))
        .hasMessage("Response body format cannot be told: the body is empty");
    assertThatThrownBy(() -> ApiResponseFormat.detect(": comment only\n\n"))
        .hasMessage("Response body format cannot be told: the body is neither a JSON document "
            + "nor a stream of events with data");
    assertThatThrownBy(() -> ApiResponseFormat.detect(new byte[] {0, 0, 0, 16, 0, 0, 0, 0, 1,
        2, 3, 4, 0, 0, 0, 0}))
        .hasMessageStartingWith("Response body format cannot be told: the body is binary but "
            + "not an AWS event stream");
  }

  @Test
  void detect_ambiguousShape_throwsNamingBoth() {
    String both = chat("gpt-4o-mini", 10, 0, 5, 0).replace("\"created\"",
        "\"usageMetadata\": {}, \"created\"");

    assertThatThrownBy(() -> ApiResponseFormat.detect(both))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Response body format is ambiguous: the document has the fields of "
            + "openai-chat-completions (\"object\": \"chat.completion\"), gemini-generate-content "
            + "(\"usageMetadata\"); give the format");
  }

  @Test
  void detect_arrayOfAnotherFormat_throws() {
    assertThatThrownBy(() -> ApiResponseFormat.detect("[" + message(USAGE) + "]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Response body format cannot be told: a JSON array is the stream of "
            + "Gemini's streamGenerateContent only, but its first element has the fields of "
            + "anthropic-messages");
  }

  @Test
  void detect_malformed_namesTheBody() {
    assertThatThrownBy(() -> ApiResponseFormat.detect("{\"object\": "))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(e.source()).isEqualTo("response body"));
  }

  @Test
  void detect_null_throws() {
    assertThatThrownBy(() -> ApiResponseFormat.detect((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("body");
    assertThatThrownBy(() -> ApiResponseFormat.detect((byte[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("body");
  }

  //-----------------------------------------------------------------------
  // detect(expected, body)
  /** An Anthropic Messages stream's first events, as the Messages API documents them. */
  private static final String ANTHROPIC_STREAM = "event: message_start\ndata: {\"type\": "
      + "\"message_start\", \"message\": {\"id\": \"msg_1\", \"type\": \"message\", "
      + "\"role\": \"assistant\", \"content\": [], \"model\": \"claude-sonnet-4-20250514\", "
      + "\"usage\": {\"input_tokens\": 2000, \"output_tokens\": 1}}}\n\n"
      + "event: message_delta\ndata: {\"type\": \"message_delta\", \"delta\": "
      + "{\"stop_reason\": \"end_turn\"}, \"usage\": {\"output_tokens\": 700}}\n\n";

  /**
   * An OpenAI-compatible Chat Completions body without {@code "object"}: 1,000 prompt tokens
   * (400 cached) and 300 completion tokens.
   */
  private static final String COMPATIBLE = "{\"model\": \"gpt-4o-mini-2024-07-18\", "
      + "\"usage\": {\"prompt_tokens\": 1000, \"completion_tokens\": 300, "
      + "\"prompt_tokens_details\": {\"cached_tokens\": 400}, "
      + "\"completion_tokens_details\": {\"reasoning_tokens\": 0}}}";

  @Test
  void detectExpected_bodyOfThatFormat_isThatFormat() {
    assertThat(ApiResponseFormat.detect(OPENAI_CHAT_COMPLETIONS,
        chat("gpt-4o-mini", 10, 0, 5, 0))).isEqualTo(OPENAI_CHAT_COMPLETIONS);
    assertThat(ApiResponseFormat.detect(ANTHROPIC_MESSAGES, ANTHROPIC_STREAM))
        .isEqualTo(ANTHROPIC_MESSAGES);
    assertThat(ApiResponseFormat.detect(OPENAI_RESPONSES, response(10, 0, "", 5, 0)))
        .isEqualTo(OPENAI_RESPONSES);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(event("metadata", "{\"usage\":{\"inputTokens\":10,\"outputTokens\":5}}"));
    assertThat(ApiResponseFormat.detect(BEDROCK_CONVERSE, stream.toByteArray()))
        .isEqualTo(BEDROCK_CONVERSE);
  }

  @Test
  void detectExpected_bodyWithoutDistinguishingFields_isTheFormatExpected() {
    ApiResponseFormat f = ApiResponseFormat.detect(OPENAI_CHAT_COMPLETIONS,
        COMPATIBLE.getBytes(StandardCharsets.UTF_8));
    ApiResponseUsage read = ApiResponseUsage.read(f, COMPATIBLE);

    // the body alone cannot tell it (detect_unknownShape_throws); read as Chat Completions, at
    // gpt-4o-mini's 0.15 input, 0.075 cached, 0.60 output per 1M:
    // 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 90 + 30 + 180 = 300 per 1M = USD 0.0003
    assertThat(f).isEqualTo(OPENAI_CHAT_COMPLETIONS);
    assertThat(PriceCatalog.bundled().cost(read.provider(), read.model().orElseThrow(),
        read.usage()).total()).isEqualTo(Money.of("USD", "0.0003"));
  }

  @Test
  void detectExpected_ambiguousBody_isTheFormatExpected() {
    // the fields of Chat Completions and of Gemini (detect_ambiguousShape_throwsNamingBoth)
    String both = chat("gpt-4o-mini", 10, 0, 5, 0).replace("\"created\"",
        "\"usageMetadata\": {}, \"created\"");

    assertThat(ApiResponseFormat.detect(OPENAI_CHAT_COMPLETIONS, both))
        .isEqualTo(OPENAI_CHAT_COMPLETIONS);
    assertThat(ApiResponseFormat.detect(GEMINI_GENERATE_CONTENT, both))
        .isEqualTo(GEMINI_GENERATE_CONTENT);
  }

  @Test
  void detectExpected_malformedBody_isTheFormatExpected_andItsReadingSaysWhy() {
    String broken = "{\"object\": ";

    assertThat(ApiResponseFormat.detect(OPENAI_CHAT_COMPLETIONS, broken))
        .isEqualTo(OPENAI_CHAT_COMPLETIONS);
    assertThatThrownBy(() -> ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS, broken))
        .isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void detectExpected_bodyOfAnotherFormat_throwsMismatch() {
    assertThatThrownBy(() -> ApiResponseFormat.detect(OPENAI_CHAT_COMPLETIONS,
        ANTHROPIC_STREAM))
        .isInstanceOfSatisfying(ResponseFormatMismatchException.class, e -> {
          assertThat(e.expected()).isEqualTo(OPENAI_CHAT_COMPLETIONS);
          assertThat(e.found()).isEqualTo(ANTHROPIC_MESSAGES);
        })
        .hasMessage("Response body format must be the one expected, openai-chat-completions: "
            + "the stream's first event has the fields of anthropic-messages "
            + "(event: message_start)");
    assertThatThrownBy(() -> ApiResponseFormat.detect(GEMINI_GENERATE_CONTENT,
        message(USAGE).getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ResponseFormatMismatchException.class)
        .hasMessage("Response body format must be the one expected, gemini-generate-content: "
            + "the document has the fields of anthropic-messages (\"type\": \"message\")");
    assertThatThrownBy(() -> ApiResponseFormat.detect(OPENAI_RESPONSES,
        chat("gpt-4o-mini", 10, 0, 5, 0)))
        .isInstanceOfSatisfying(ResponseFormatMismatchException.class,
            e -> assertThat(e.found()).isEqualTo(OPENAI_CHAT_COMPLETIONS));
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(event("metadata", "{\"usage\":{\"inputTokens\":10,\"outputTokens\":5}}"));
    assertThatThrownBy(() -> ApiResponseFormat.detect(ANTHROPIC_MESSAGES, stream.toByteArray()))
        .isInstanceOf(ResponseFormatMismatchException.class)
        .hasMessage("Response body format must be the one expected, anthropic-messages: the "
            + "body has the fields of bedrock-converse (an AWS event stream)");
  }

  @Test
  void detectExpected_bodyAboveTheLimit_throws() {
    byte[] body = new byte[ApiResponseUsage.MAX_BODY_LENGTH + 1];
    body[0] = '{';

    assertThatThrownBy(() -> ApiResponseFormat.detect(OPENAI_CHAT_COMPLETIONS, body))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(ResponseFormatMismatchException.class)
        .hasMessage("Response body must be at most 67108864 bytes long: 67108865");
  }

  @Test
  void detectExpected_null_throws() {
    assertThatThrownBy(() -> ApiResponseFormat.detect(null, "{}"))
        .isInstanceOf(NullPointerException.class).hasMessage("expected");
    assertThatThrownBy(() -> ApiResponseFormat.detect(null, new byte[0]))
        .isInstanceOf(NullPointerException.class).hasMessage("expected");
    assertThatThrownBy(() -> ApiResponseFormat.detect(OPENAI_RESPONSES, (String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("body");
    assertThatThrownBy(() -> ApiResponseFormat.detect(OPENAI_RESPONSES, (byte[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("body");
  }

  //-----------------------------------------------------------------------
  // id
  @Test
  void id_isTheLowerCaseHyphenatedName() {
    assertThat(OPENAI_CHAT_COMPLETIONS.id()).isEqualTo("openai-chat-completions");
    assertThat(BEDROCK_CONVERSE.id()).isEqualTo("bedrock-converse");
  }
}
