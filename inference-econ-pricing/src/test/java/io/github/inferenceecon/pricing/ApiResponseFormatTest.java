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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiResponseFormat#detect(String)} tells each documented shape (the bodies of
 * {@link ApiResponseUsageTest}, whole and streamed) by its distinguishing fields, and refuses an
 * ambiguous or unknown body with a message naming why.
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
  // id
  @Test
  void id_isTheLowerCaseHyphenatedName() {
    assertThat(OPENAI_CHAT_COMPLETIONS.id()).isEqualTo("openai-chat-completions");
    assertThat(BEDROCK_CONVERSE.id()).isEqualTo("bedrock-converse");
  }
}
