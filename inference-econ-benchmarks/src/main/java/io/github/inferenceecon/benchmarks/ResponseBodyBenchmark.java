/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.pricing.ApiResponseFormat;
import io.github.inferenceecon.pricing.ApiResponseUsage;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures reading the usage from a raw API response body and pricing it, per call, as a
 * gateway or proxy does with each response it passes on (issue 17's target: at most 5 µs):
 * the body is read from its text (only the usage's fields are built into a tree), mapped by the
 * provider's counting convention, and the bundled catalog looks the model up by the name the
 * body carries and prices it.
 *
 * <ul>
 *   <li>{@link #openAiChat()}: an OpenAI Chat Completions body for gpt-4o-mini-2024-07-18 with
 *       1,000 prompt tokens (400 cached) and 300 completion tokens: USD 0.0003.</li>
 *   <li>{@link #anthropicStream()}: an Anthropic Messages stream (message_start, a text block,
 *       message_delta, message_stop) for claude-sonnet-4-20250514 with 2,000 input tokens,
 *       8,000 cache reads, 1,000 5-minute cache writes and 700 output tokens: USD 0.02265.</li>
 *   <li>{@link #gemini()}: a Gemini API body for gemini-2.5-flash with 1,000 prompt tokens, 200
 *       candidates and 300 thoughts: USD 0.00155.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ResponseBodyBenchmark {

  // Not final, so the JIT cannot fold the inputs into constants.
  PriceCatalog catalog;
  String openAiChat;
  String anthropicStream;
  String gemini;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public ResponseBodyBenchmark() {}

  /** Loads the bundled catalog and writes the three bodies, as the providers document them. */
  @Setup
  public void setUp() {
    catalog = PriceCatalog.bundled();
    openAiChat = "{\"id\": \"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\", \"object\":"
        + " \"chat.completion\", \"created\": 1741569952, \"model\": \"gpt-4o-mini-2024-07-18\","
        + " \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\":"
        + " \"Hello! How can I assist you today? Here is a somewhat longer answer, as answers"
        + " usually are.\", \"refusal\": null, \"annotations\": []}, \"logprobs\": null,"
        + " \"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 1000,"
        + " \"completion_tokens\": 300, \"total_tokens\": 1300, \"prompt_tokens_details\":"
        + " {\"cached_tokens\": 400, \"audio_tokens\": 0}, \"completion_tokens_details\":"
        + " {\"reasoning_tokens\": 0, \"audio_tokens\": 0, \"accepted_prediction_tokens\": 0,"
        + " \"rejected_prediction_tokens\": 0}}, \"service_tier\": \"default\","
        + " \"system_fingerprint\": \"fp_06737a9306\"}";
    anthropicStream = "event: message_start\ndata: {\"type\": \"message_start\", \"message\":"
        + " {\"id\": \"msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY\", \"type\": \"message\", \"role\":"
        + " \"assistant\", \"content\": [], \"model\": \"claude-sonnet-4-20250514\","
        + " \"stop_reason\": null, \"stop_sequence\": null, \"usage\": {\"input_tokens\": 2000,"
        + " \"cache_creation_input_tokens\": 1000, \"cache_read_input_tokens\": 8000,"
        + " \"cache_creation\": {\"ephemeral_5m_input_tokens\": 1000,"
        + " \"ephemeral_1h_input_tokens\": 0}, \"output_tokens\": 1}}}\n\n"
        + "event: content_block_start\ndata: {\"type\": \"content_block_start\", \"index\": 0,"
        + " \"content_block\": {\"type\": \"text\", \"text\": \"\"}}\n\n"
        + "event: content_block_delta\ndata: {\"type\": \"content_block_delta\", \"index\": 0,"
        + " \"delta\": {\"type\": \"text_delta\", \"text\": \"Hello!\"}}\n\n"
        + "event: content_block_stop\ndata: {\"type\": \"content_block_stop\", \"index\": 0}\n\n"
        + "event: message_delta\ndata: {\"type\": \"message_delta\", \"delta\": {\"stop_reason\":"
        + " \"end_turn\", \"stop_sequence\": null}, \"usage\": {\"output_tokens\": 700}}\n\n"
        + "event: message_stop\ndata: {\"type\": \"message_stop\"}\n\n";
    gemini = "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Once upon a time, in a"
        + " quiet village, there lived a clockmaker.\"}], \"role\": \"model\"}, \"finishReason\":"
        + " \"STOP\", \"index\": 0}], \"usageMetadata\": {\"promptTokenCount\": 1000,"
        + " \"candidatesTokenCount\": 200, \"totalTokenCount\": 1500, \"promptTokensDetails\":"
        + " [{\"modality\": \"TEXT\", \"tokenCount\": 1000}], \"thoughtsTokenCount\": 300},"
        + " \"modelVersion\": \"gemini-2.5-flash\", \"responseId\": \"mfj3aMn0GJ2zz7IPjqK0kQo\"}";
  }

  private ApiCost price(ApiResponseFormat format, String body) {
    ApiResponseUsage read = ApiResponseUsage.read(format, body);
    return catalog.cost(read.provider(), read.model().orElseThrow(), read.usage());
  }

  /**
   * Reads and prices an OpenAI Chat Completions body.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost openAiChat() {
    return price(ApiResponseFormat.OPENAI_CHAT_COMPLETIONS, openAiChat);
  }

  /**
   * Reads and prices an Anthropic Messages stream.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost anthropicStream() {
    return price(ApiResponseFormat.ANTHROPIC_MESSAGES, anthropicStream);
  }

  /**
   * Reads and prices a Gemini API body.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost gemini() {
    return price(ApiResponseFormat.GEMINI_GENERATE_CONTENT, gemini);
  }
}
