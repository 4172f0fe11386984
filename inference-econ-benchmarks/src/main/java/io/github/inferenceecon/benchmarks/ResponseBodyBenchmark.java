/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.pricing.ApiResponseFormat;
import io.github.inferenceecon.pricing.ApiResponseUsage;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
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
 *   <li>{@link #openAiChatStream()}: the same Chat Completions usage streamed (role chunk,
 *       content chunk, finish chunk, usage chunk, {@code [DONE]}): USD 0.0003.</li>
 *   <li>{@link #openAiResponses()} and {@link #openAiResponsesStream()} (response.created,
 *       two output_text deltas, response.completed): gpt-5-mini-2025-08-07 with 1,000 input
 *       tokens (600 cached) and 500 output tokens (200 reasoning): 400 x 0.25 + 600 x 0.025 +
 *       500 x 2.00 = USD 0.001115.</li>
 *   <li>{@link #anthropic()}: the Anthropic usage of the stream as one message body: USD
 *       0.02265.</li>
 *   <li>{@link #geminiStream()}: three {@code alt=sse} chunks, the last with the usage above:
 *       USD 0.00155.</li>
 *   <li>{@link #bedrock()} and {@link #bedrockStream()} (ConverseStream's binary event stream:
 *       messageStart, two contentBlockDelta, messageStop, metadata): Claude Sonnet 4 on Bedrock
 *       (the body names no model; the caller gives
 *       {@code us.anthropic.claude-sonnet-4-20250514-v1:0}) with 2,000 input tokens, 8,000 cache
 *       reads and 700 output tokens: 6,000 + 2,400 + 10,500 per 1M = USD 0.0189.</li>
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
  String openAiChatStream;
  String openAiResponses;
  String openAiResponsesStream;
  String anthropic;
  String geminiStream;
  String bedrock;
  byte[] bedrockStream;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public ResponseBodyBenchmark() {}

  /** Loads the bundled catalog and writes the bodies, as the providers document them. */
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
    String chunk = "data: {\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":"
        + "\"chat.completion.chunk\",\"created\":1741569952,\"model\":\"gpt-4o-mini-2024-07-18\","
        + "\"service_tier\":\"default\",\"system_fingerprint\":\"fp_06737a9306\",\"choices\":";
    openAiChatStream = chunk + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":"
        + "\"\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
        + chunk + "[{\"index\":0,\"delta\":{\"content\":\"Hello! How can I assist you today?\"},"
        + "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
        + chunk + "[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
        + "\"usage\":null}\n\n"
        + chunk + "[],\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":300,"
        + "\"total_tokens\":1300,\"prompt_tokens_details\":{\"cached_tokens\":400,"
        + "\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0,"
        + "\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}}"
        + "\n\ndata: [DONE]\n\n";
    openAiResponses = "{\"id\": \"resp_67ccd2bed1ec8190b14f964abc054267\", \"object\":"
        + " \"response\", \"created_at\": 1741476542, \"status\": \"completed\", \"error\": null,"
        + " \"incomplete_details\": null, \"instructions\": null, \"max_output_tokens\": null,"
        + " \"model\": \"gpt-5-mini-2025-08-07\", \"output\": [{\"type\": \"reasoning\", \"id\":"
        + " \"rs_67ccd2bf0e3c\", \"summary\": []}, {\"type\": \"message\", \"id\":"
        + " \"msg_67ccd2bf17f0\", \"status\": \"completed\", \"role\": \"assistant\", \"content\":"
        + " [{\"type\": \"output_text\", \"text\": \"In a peaceful grove beneath a silver moon, a"
        + " unicorn named Lumina discovered a hidden pool.\", \"annotations\": []}]}],"
        + " \"parallel_tool_calls\": true, \"previous_response_id\": null, \"reasoning\":"
        + " {\"effort\": \"medium\", \"summary\": null}, \"service_tier\": \"default\","
        + " \"store\": true, \"temperature\": 1.0, \"text\": {\"format\": {\"type\": \"text\"}},"
        + " \"tool_choice\": \"auto\", \"tools\": [], \"top_p\": 1.0, \"truncation\":"
        + " \"disabled\", \"usage\": {\"input_tokens\": 1000, \"input_tokens_details\":"
        + " {\"cached_tokens\": 600}, \"output_tokens\": 500, \"output_tokens_details\":"
        + " {\"reasoning_tokens\": 200}, \"total_tokens\": 1500}, \"user\": null,"
        + " \"metadata\": {}}";
    openAiResponsesStream = "event: response.created\ndata: {\"type\":\"response.created\","
        + "\"sequence_number\":0,\"response\":{\"id\":\"resp_67ccd2bed1ec8190b14f964abc054267\","
        + "\"object\":\"response\",\"created_at\":1741476542,\"status\":\"in_progress\","
        + "\"model\":\"gpt-5-mini-2025-08-07\",\"output\":[],\"usage\":null}}\n\n"
        + "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\","
        + "\"sequence_number\":1,\"item_id\":\"msg_67ccd2bf17f0\",\"output_index\":1,"
        + "\"content_index\":0,\"delta\":\"In a peaceful grove\"}\n\n"
        + "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\","
        + "\"sequence_number\":2,\"item_id\":\"msg_67ccd2bf17f0\",\"output_index\":1,"
        + "\"content_index\":0,\"delta\":\" beneath a silver moon\"}\n\n"
        + "event: response.completed\ndata: {\"type\":\"response.completed\","
        + "\"sequence_number\":3,\"response\":" + openAiResponses + "}\n\n";
    anthropic = "{\"id\": \"msg_013Zva2CMHLNnXjNJJKqJ2EF\", \"type\": \"message\", \"role\":"
        + " \"assistant\", \"model\": \"claude-sonnet-4-20250514\", \"content\": [{\"type\":"
        + " \"text\", \"text\": \"Hi! My name is Claude. Here is a somewhat longer answer, as"
        + " answers usually are.\"}], \"stop_reason\": \"end_turn\", \"stop_sequence\": null,"
        + " \"usage\": {\"input_tokens\": 2000, \"cache_creation_input_tokens\": 1000,"
        + " \"cache_read_input_tokens\": 8000, \"cache_creation\": {\"ephemeral_5m_input_tokens\":"
        + " 1000, \"ephemeral_1h_input_tokens\": 0}, \"output_tokens\": 700,"
        + " \"service_tier\": \"standard\"}}";
    String geminiChunk = "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"%s\"}],"
        + " \"role\": \"model\"}, \"index\": 0}], \"usageMetadata\": {\"promptTokenCount\": 1000,"
        + " \"candidatesTokenCount\": %d, \"totalTokenCount\": %d, \"thoughtsTokenCount\": 300},"
        + " \"modelVersion\": \"gemini-2.5-flash\", \"responseId\": \"mfj3aMn0GJ2zz7IPjqK0kQo\"}"
        + "\r\n\r\n";
    geminiStream = String.format(geminiChunk, "Once upon a time,", 5, 1305)
        + String.format(geminiChunk, " in a quiet village, there lived", 60, 1360)
        + String.format(geminiChunk, " a clockmaker.", 200, 1500);
    bedrock = "{\"output\": {\"message\": {\"role\": \"assistant\", \"content\": [{\"text\":"
        + " \"Hello! How can I assist you today? Here is a somewhat longer answer, as answers"
        + " usually are.\"}]}}, \"stopReason\": \"end_turn\", \"usage\": {\"inputTokens\": 2000,"
        + " \"outputTokens\": 700, \"totalTokens\": 10700, \"cacheReadInputTokens\": 8000,"
        + " \"cacheWriteInputTokens\": 0}, \"metrics\": {\"latencyMs\": 2100}}";
    ByteArrayOutputStream events = new ByteArrayOutputStream();
    events.writeBytes(event("messageStart", "{\"role\":\"assistant\",\"p\":\"abcd\"}"));
    events.writeBytes(event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":"
        + "\"Hello! How can I\"},\"p\":\"abcdefgh\"}"));
    events.writeBytes(event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":"
        + "\" assist you today?\"},\"p\":\"abcdefghijk\"}"));
    events.writeBytes(event("messageStop", "{\"stopReason\":\"end_turn\",\"p\":\"ab\"}"));
    events.writeBytes(event("metadata", "{\"usage\":{\"inputTokens\":2000,\"outputTokens\":700,"
        + "\"totalTokens\":10700,\"cacheReadInputTokens\":8000,\"cacheWriteInputTokens\":0},"
        + "\"metrics\":{\"latencyMs\":2100},\"p\":\"abc\"}"));
    bedrockStream = events.toByteArray();
  }

  /**
   * One message of an AWS event stream: prelude, string headers, payload, checksums
   * (docs.aws.amazon.com/transcribe/latest/dg/event-stream.html).
   */
  private static byte[] event(String type, String payload) {
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
    b.putInt(b.capacity()).putInt(h.length);
    CRC32 prelude = new CRC32();
    prelude.update(b.array(), 0, 8);
    b.putInt((int) prelude.getValue()).put(h).put(p);
    CRC32 message = new CRC32();
    message.update(b.array(), 0, b.capacity() - 4);
    b.putInt((int) message.getValue());
    return b.array();
  }

  private ApiCost price(ApiResponseFormat format, String body) {
    ApiResponseUsage read = ApiResponseUsage.read(format, body);
    return catalog.cost(read.provider(), read.model().orElseThrow(), read.usage());
  }

  private ApiCost priceBedrock(ApiResponseUsage read) {
    return catalog.cost(read.provider(), BEDROCK_MODEL, read.usage());
  }

  /** The model of the Bedrock bodies, which name none: the caller knows it. */
  private static final String BEDROCK_MODEL = "us.anthropic.claude-sonnet-4-20250514-v1:0";

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
   * Reads and prices the OpenAI Chat Completions body of {@link #openAiChat()} with its format
   * told from the body ({@link ApiResponseUsage#read(String)}).
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost openAiChatTold() {
    ApiResponseUsage read = ApiResponseUsage.read(openAiChat);
    return catalog.cost(read.provider(), read.model().orElseThrow(), read.usage());
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

  /**
   * Reads and prices an OpenAI Chat Completions stream.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost openAiChatStream() {
    return price(ApiResponseFormat.OPENAI_CHAT_COMPLETIONS, openAiChatStream);
  }

  /**
   * Reads and prices an OpenAI Responses body.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost openAiResponses() {
    return price(ApiResponseFormat.OPENAI_RESPONSES, openAiResponses);
  }

  /**
   * Reads and prices an OpenAI Responses stream.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost openAiResponsesStream() {
    return price(ApiResponseFormat.OPENAI_RESPONSES, openAiResponsesStream);
  }

  /**
   * Reads and prices an Anthropic Messages body.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost anthropic() {
    return price(ApiResponseFormat.ANTHROPIC_MESSAGES, anthropic);
  }

  /**
   * Reads and prices a Gemini API stream ({@code alt=sse}).
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost geminiStream() {
    return price(ApiResponseFormat.GEMINI_GENERATE_CONTENT, geminiStream);
  }

  /**
   * Reads and prices a Bedrock Converse body.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost bedrock() {
    return priceBedrock(ApiResponseUsage.read(ApiResponseFormat.BEDROCK_CONVERSE, bedrock));
  }

  /**
   * Reads and prices a Bedrock ConverseStream body (binary event stream).
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost bedrockStream() {
    return priceBedrock(ApiResponseUsage.read(ApiResponseFormat.BEDROCK_CONVERSE,
        bedrockStream));
  }
}
