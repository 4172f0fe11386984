/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static io.github.inferenceecon.pricing.ApiResponseFormat.ANTHROPIC_MESSAGES;
import static io.github.inferenceecon.pricing.ApiResponseFormat.OPENAI_CHAT_COMPLETIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

/**
 * Laws of reading a body: a stream and the whole body of the same usage read the same usage,
 * however many events lie between the usage events and whichever line ends the stream uses; and
 * the format told from either body is the one it was written in.
 */
final class ApiResponseUsageProperties {

  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};

  @Test
  void anthropic_streamAndWholeBody_readTheSameUsage() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000),
        longs().between(1, 100_000), integers().between(0, 40 * LINE_ENDS.length - 1))
        .checkAssert((input, reads, output, shape) -> {
          String usage = "\"input_tokens\": " + input + ", \"cache_creation_input_tokens\": 0,"
              + " \"cache_read_input_tokens\": " + reads + ", \"output_tokens\": ";
          String nl = LINE_ENDS[shape % LINE_ENDS.length];
          StringBuilder stream = new StringBuilder("event: message_start" + nl + "data: {\"type\":"
              + " \"message_start\", \"message\": {\"type\": \"message\", \"model\":"
              + " \"claude-sonnet-4-20250514\", \"usage\": {" + usage + "1}}}" + nl + nl);
          for (int i = 0; i < shape / LINE_ENDS.length; i++) {
            stream.append("event: content_block_delta").append(nl).append("data: {\"type\": "
                + "\"content_block_delta\", \"delta\": {\"text\": \"usage\"}}").append(nl)
                .append(nl);
          }
          stream.append("event: message_delta").append(nl).append("data: {\"type\": "
              + "\"message_delta\", \"usage\": {\"output_tokens\": ").append(output).append("}}")
              .append(nl).append(nl).append("event: message_stop").append(nl)
              .append("data: {\"type\": \"message_stop\"}").append(nl).append(nl);

          ApiResponseUsage whole = ApiResponseUsage.read(ANTHROPIC_MESSAGES,
              ApiResponseUsageTest.message(usage + output));
          ApiResponseUsage streamed = ApiResponseUsage.read(stream.toString());

          assertThat(streamed).isEqualTo(whole);
          assertThat(whole.usage().inputTokens()).isEqualTo(TokenCount.of(input + reads));
          assertThat(ApiResponseFormat.detect(stream.toString())).isEqualTo(ANTHROPIC_MESSAGES);
        });
  }

  @Test
  void chat_streamAndWholeBody_readTheSameUsage() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000),
        integers().between(0, 30 * LINE_ENDS.length - 1))
        .checkAssert((prompt, completion, shape) -> {
          long cached = prompt / 3;
          long reasoning = completion / 2;
          String whole = ApiResponseUsageTest.chat("gpt-4o-mini", prompt, cached, completion,
              reasoning).replace("\"object\": \"chat.completion\"",
              "\"object\": \"chat.completion.chunk\"");
          String nl = LINE_ENDS[shape % LINE_ENDS.length];
          StringBuilder stream = new StringBuilder();
          for (int i = 0; i < shape / LINE_ENDS.length; i++) {
            stream.append("data: {\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini\","
                + "\"choices\":[{\"delta\":{\"content\":\"\\\"usage\\\"\"}}],\"usage\":null}")
                .append(nl).append(nl);
          }
          stream.append("data: ").append(whole).append(nl).append(nl).append("data: [DONE]")
              .append(nl).append(nl);

          assertThat(ApiResponseUsage.read(stream.toString()))
              .isEqualTo(ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS, whole));
        });
  }

  @Test
  void chat_formatToldAndGiven_readTheSameUsage() {
    // told from the body, the document is read in one pass from the spans the telling found:
    // the same usage as with the format given, whatever the white space and however many
    // multi-byte characters (byte offsets apart from character offsets) come before the usage
    String[] spaces = {"", " ", "\n  ", "\r\n\t"};
    qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000),
        integers().between(0, spaces.length - 1), integers().between(0, 200))
        .checkAssert((prompt, completion, space, wide) -> {
          String body = ApiResponseUsageTest.chat("gpt-4o-mini", prompt, prompt / 2, completion,
              completion / 3).replace("Hello!", "\u00e9\u4f60\ud83d\udc4b".repeat(wide))
              .replace(", ", "," + spaces[space]).replace(": ", spaces[space] + ":");
          byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          ApiResponseUsage given = ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS, body);

          assertThat(ApiResponseUsage.read(body)).isEqualTo(given);
          assertThat(ApiResponseUsage.read(bytes)).isEqualTo(given);
        });
  }

  @Test
  void chat_skimmedAndParsedWhole_readTheSameUsage() {
    // an escaped key cannot be skimmed, so the document is parsed whole: the same usage either
    // way, whatever the white space between the tokens
    String[] spaces = {"", " ", "\n  ", "\r\n\t"};
    qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000),
        integers().between(0, spaces.length - 1))
        .checkAssert((prompt, completion, space) -> {
          String body = ApiResponseUsageTest.chat("gpt-4o-mini", prompt, prompt / 2, completion,
              completion / 3).replace(", ", "," + spaces[space]).replace(": ",
              spaces[space] + ":" + spaces[space]);
          String escaped = body.replace("\"id\"", "\"i\\u0064\"");

          assertThat(escaped).isNotEqualTo(body);
          assertThat(ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS, escaped))
              .isEqualTo(ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS, body))
              .isEqualTo(ApiResponseUsage.read(OPENAI_CHAT_COMPLETIONS,
                  body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        });
  }
}
