/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inferenceecon.core.internal.SharedJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Imports a {@link ModelArchitecture} from a Hugging Face {@code config.json}.
 *
 * <p>Supported {@code model_type}s: {@code llama}, {@code mistral}, {@code mixtral},
 * {@code qwen2}, {@code qwen3}, {@code qwen3_moe}, {@code gemma2}, {@code gemma3} (and
 * {@code gemma3_text}), {@code deepseek_v3} and {@code gpt_oss}. Each family is read the way
 * Hugging Face Transformers reads it, including its traps:
 * <ul>
 *   <li>{@code head_dim} is taken when present (Qwen3, Gemma, gpt-oss differ from
 *       hidden/heads); when absent, Transformers' rule {@code hidden_size / num_attention_heads}
 *       applies, and is recorded explicitly in the result;
 *   <li>{@code num_key_value_heads}, when absent, equals {@code num_attention_heads}
 *       (Transformers' rule for Llama-family configs);
 *   <li>Qwen2 and Qwen3's {@code sliding_window} is inert unless {@code use_sliding_window} is
 *       true, and then applies to layers from {@code max_window_layers} on (Transformers'
 *       defaults when absent: window 4096, from layer 28);
 *   <li>Gemma-2's {@code query_pre_attn_scalar} is not the head dim; Gemma-2 alternates local and
 *       global layers (local first), Gemma-3 has five local layers per global one; both tie the
 *       embeddings by default and have four norms per layer;
 *   <li>Gemma-3's text model sits under {@code text_config}, and fields missing there take
 *       Transformers' {@code Gemma3TextConfig} defaults: {@code vocab_size} 262208,
 *       {@code max_position_embeddings} 131072, {@code tie_word_embeddings} true,
 *       {@code sliding_window_pattern} 6 (source: transformers,
 *       src/transformers/models/gemma3/configuration_gemma3.py);
 *   <li>DeepSeek-V3's {@code num_key_value_heads} (128) is not what it caches: multi-head latent
 *       attention caches {@code kv_lora_rank + qk_rope_head_dim} per token and layer; its
 *       multi-token-prediction layer ({@code num_nextn_predict_layers}) is not part of the main
 *       model and is left out; its head dim is the query/key head,
 *       {@code qk_nope_head_dim + qk_rope_head_dim} (192);
 *   <li>{@code layer_types} ({@code sliding_attention} / {@code full_attention}), when present,
 *       decides which layers are local; gpt-oss without it alternates local and global layers
 *       (local first), as Transformers' {@code GptOssConfig} does.
 * </ul>
 *
 * <p>A missing required field, a field of the wrong type, an unsupported {@code model_type} or
 * malformed JSON throws {@link IllegalArgumentException} naming the field, the value and what is
 * supported; {@link UnsupportedModelTypeException} for the model type.
 *
 * <pre>{@code
 * ModelArchitecture llama = HuggingFaceConfig.read(Path.of("Llama-3.1-70B/config.json"));
 * llama.totalParameters();   // 70553706496
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HuggingFaceConfig {

  /** The {@code model_type}s this importer supports. */
  public static final List<String> SUPPORTED_MODEL_TYPES = List.of("llama", "mistral", "mixtral",
      "qwen2", "qwen3", "qwen3_moe", "gemma2", "gemma3", "gemma3_text", "deepseek_v3", "gpt_oss");

  private HuggingFaceConfig() {}

  /**
   * Reads an architecture from a {@code config.json} file, or from a model folder (such as a
   * downloaded Hugging Face snapshot) holding one, named after the file's folder.
   *
   * @param path the path of the file or of the folder holding it, not null
   * @return the architecture, not null
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the folder holds no {@code config.json}, or the content
   *     is malformed or unsupported
   */
  public static ModelArchitecture read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      Path config = path.resolve("config.json");
      if (!Files.isRegularFile(config)) {
        throw new IllegalArgumentException("Model folder holds no config.json: '" + path + "'");
      }
      return read(config);
    }
    Path folder = path.toAbsolutePath().getParent();
    String name = folder != null && folder.getFileName() != null
        ? folder.getFileName().toString() : path.getFileName().toString();
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, name, path.toString());
    }
  }

  /**
   * Reads an architecture from a stream holding a {@code config.json}.
   *
   * @param in the stream, not null; it is read to the end but not closed
   * @param name the model name to give the architecture, not blank, not null
   * @param origin where the stream comes from, for messages (a file name or URL), not null
   * @return the architecture, not null
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if the content is malformed or unsupported
   */
  public static ModelArchitecture read(InputStream in, String name, String origin)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
    JsonNode root;
    try {
      root = SharedJson.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Malformed config.json '" + origin + "': "
          + e.getOriginalMessage() + locationOf(e), e);
    }
    return fromTree(root, name, origin);
  }

  /**
   * Parses an architecture from the text of a {@code config.json}.
   *
   * @param json the JSON text, not null
   * @param name the model name to give the architecture, not blank, not null
   * @return the architecture, not null
   * @throws IllegalArgumentException if the content is malformed or unsupported
   */
  public static ModelArchitecture parse(String json, String name) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(name, "name");
    JsonNode root;
    try {
      root = SharedJson.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Malformed config.json: " + e.getOriginalMessage()
          + locationOf(e), e);
    }
    return fromTree(root, name, "config.json");
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
        + ", column " + e.getLocation().getColumnNr();
  }

  static ModelArchitecture fromTree(JsonNode root, String name, String origin) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("Malformed config.json '" + origin
          + "': the top level must be a JSON object");
    }
    String type = new Fields((ObjectNode) root, origin, "?").requiredText("model_type");
    if (!SUPPORTED_MODEL_TYPES.contains(type)) {
      throw new UnsupportedModelTypeException(type, SUPPORTED_MODEL_TYPES);
    }
    ModelArchitecture.Builder b = ModelArchitecture.builder().name(name).family(type);
    switch (type) {
      case "gemma3":
        JsonNode text = root.get("text_config");
        if (text == null || !text.isObject()) {
          throw new IllegalArgumentException("Missing field 'text_config' in " + origin
              + " (model_type 'gemma3')");
        }
        gemma3(new Fields((ObjectNode) text, origin, "gemma3 text_config"), b);
        break;
      case "gemma3_text":
        gemma3(new Fields((ObjectNode) root, origin, type), b);
        break;
      default:
        Fields f = new Fields((ObjectNode) root, origin, type);
        // Gemma 2 ties its embeddings unless the config says otherwise; the others do not
        common(f, b, type.equals("gemma2"));
        family(type, f, b);
        break;
    }
    return b.build();
  }

  private static void common(Fields f, ModelArchitecture.Builder b, boolean tiedByDefault) {
    int layers = f.requiredInt("num_hidden_layers");
    int hidden = f.requiredInt("hidden_size");
    int heads = f.requiredInt("num_attention_heads");
    b.layers(layers)
        .hiddenSize(hidden)
        .attentionHeads(heads)
        .kvHeads(f.optionalInt("num_key_value_heads").orElse(heads))
        .headDim(headDim(f, hidden, heads))
        .intermediateSize(f.requiredInt("intermediate_size"))
        .vocabSize(f.requiredInt("vocab_size"))
        .contextLength(f.requiredInt("max_position_embeddings"))
        .tiedEmbeddings(f.optionalBoolean("tie_word_embeddings").orElse(tiedByDefault));
  }

  // Plain tests rather than orElseGet and ifPresent in these methods: the bundled
  // architectures are imported at start-up, where each lambda costs a class of its own.
  private static int headDim(Fields f, int hidden, int heads) {
    OptionalInt headDim = f.optionalInt("head_dim");
    if (headDim.isPresent()) {
      return headDim.getAsInt();
    }
    if (heads <= 0 || hidden % heads != 0) {
      throw f.invalid("head_dim", "absent, and hidden_size " + hidden
          + " is not a multiple of num_attention_heads " + heads);
    }
    return hidden / heads;
  }

  private static void slidingWindow(Fields f, ModelArchitecture.Builder b, int layers) {
    OptionalInt window = f.optionalInt("sliding_window");
    if (window.isPresent()) {
      b.slidingWindow(SlidingWindow.allLayers(window.getAsInt(), layers));
    }
  }

  private static void family(String type, Fields f, ModelArchitecture.Builder b) {
    int layers = f.requiredInt("num_hidden_layers");
    switch (type) {
      case "llama":
        boolean attentionBias = f.optionalBoolean("attention_bias").orElse(false);
        b.qkvBiased(attentionBias).outputBiased(attentionBias)
            .mlpBiased(f.optionalBoolean("mlp_bias").orElse(false));
        break;
      case "mistral":
        slidingWindow(f, b, layers);
        break;
      case "mixtral":
        slidingWindow(f, b, layers);
        b.mixtureOfExperts(MixtureOfExperts.builder()
            .experts(f.requiredInt("num_local_experts"))
            .expertsPerToken(f.requiredInt("num_experts_per_tok"))
            .expertIntermediateSize(f.requiredInt("intermediate_size"))
            .build());
        break;
      case "qwen2":
        b.qkvBiased(true);
        qwenSlidingWindow(f, b, layers);
        break;
      case "qwen3":
        qwen3Attention(f, b);
        qwenSlidingWindow(f, b, layers);
        break;
      case "qwen3_moe":
        qwen3Attention(f, b);
        qwenSlidingWindow(f, b, layers);
        List<Integer> mlpOnly = f.optionalIntList("mlp_only_layers").orElse(List.of());
        int step = f.optionalInt("decoder_sparse_step").orElse(1);
        if (!mlpOnly.isEmpty() || step != 1) {
          throw f.invalid("mlp_only_layers", "dense layers " + mlpOnly + " with decoder_sparse_step "
              + step + "; only all-MoE layouts are supported");
        }
        b.mixtureOfExperts(MixtureOfExperts.builder()
            .experts(f.requiredInt("num_experts"))
            .expertsPerToken(f.requiredInt("num_experts_per_tok"))
            .expertIntermediateSize(f.requiredInt("moe_intermediate_size"))
            .build());
        break;
      case "gemma2":
        b.normsPerLayer(4);
        localLayers(f, b, layers, 2);
        break;
      case "deepseek_v3":
        deepseekV3(f, b, layers);
        break;
      case "gpt_oss":
        boolean bias = f.optionalBoolean("attention_bias").orElse(true);
        b.qkvBiased(bias).outputBiased(bias).attentionSinks(true);
        // without layer_types, Transformers' GptOssConfig alternates, local first
        localLayers(f, b, layers, 2);
        OptionalInt perToken = f.optionalInt("num_experts_per_tok");
        b.mixtureOfExperts(MixtureOfExperts.builder()
            .experts(f.requiredInt("num_local_experts"))
            .expertsPerToken(perToken.isPresent() ? perToken.getAsInt()
                : f.requiredInt("experts_per_token"))
            .expertIntermediateSize(f.requiredInt("intermediate_size"))
            .routerBiased(true)
            .expertBiased(true)
            .build());
        break;
      default:
        throw new UnsupportedModelTypeException(type, SUPPORTED_MODEL_TYPES);
    }
  }

  private static void qwen3Attention(Fields f, ModelArchitecture.Builder b) {
    boolean bias = f.optionalBoolean("attention_bias").orElse(false);
    b.qkvBiased(bias).outputBiased(bias).qkNorm(true);
  }

  private static void qwenSlidingWindow(Fields f, ModelArchitecture.Builder b, int layers) {
    if (!f.optionalBoolean("use_sliding_window").orElse(false)) {
      return;
    }
    // Transformers' Qwen2Config/Qwen3Config defaults: sliding_window 4096, max_window_layers 28
    int window = f.optionalInt("sliding_window").orElse(4096);
    int first = f.optionalInt("max_window_layers").orElse(28);
    List<Integer> local = new ArrayList<>();
    for (int i = first; i < layers; i++) {
      local.add(i);
    }
    if (!local.isEmpty()) {
      b.slidingWindow(SlidingWindow.of(window, local));
    }
  }

  private static void gemma3(Fields f, ModelArchitecture.Builder b) {
    int layers = f.requiredInt("num_hidden_layers");
    int hidden = f.requiredInt("hidden_size");
    int heads = f.requiredInt("num_attention_heads");
    b.layers(layers)
        .hiddenSize(hidden)
        .attentionHeads(heads)
        .kvHeads(f.optionalInt("num_key_value_heads").orElse(heads))
        .headDim(f.requiredInt("head_dim"))
        .intermediateSize(f.requiredInt("intermediate_size"))
        // Gemma3TextConfig defaults (transformers, configuration_gemma3.py)
        .vocabSize(f.optionalInt("vocab_size").orElse(262_208))
        .contextLength(f.optionalInt("max_position_embeddings").orElse(131_072))
        .tiedEmbeddings(f.optionalBoolean("tie_word_embeddings").orElse(true))
        .qkNorm(true)
        .normsPerLayer(4);
    localLayers(f, b, layers, f.optionalInt("sliding_window_pattern").orElse(6));
  }

  /**
   * Sets the local layers from {@code layer_types} when present, otherwise from a period (one
   * global layer in each {@code period}, last), or none when the period is 0.
   */
  private static void localLayers(Fields f, ModelArchitecture.Builder b, int layers, int period) {
    Optional<List<String>> types = f.optionalTextList("layer_types");
    if (types.isPresent()) {
      List<String> list = types.get();
      if (list.size() != layers) {
        throw f.invalid("layer_types", list.size() + " entries for " + layers + " layers");
      }
      List<Integer> local = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        String t = list.get(i);
        if (t.equals("sliding_attention")) {
          local.add(i);
        } else if (!t.equals("full_attention")) {
          throw f.invalid("layer_types", "entry " + i + " is '" + t
              + "'; expected 'sliding_attention' or 'full_attention'");
        }
      }
      if (!local.isEmpty()) {
        b.slidingWindow(SlidingWindow.of(f.requiredInt("sliding_window"), local));
      }
    } else if (period > 0) {
      b.slidingWindow(SlidingWindow.periodic(f.requiredInt("sliding_window"), layers, period));
    }
  }

  private static void deepseekV3(Fields f, ModelArchitecture.Builder b, int layers) {
    int frequency = f.optionalInt("moe_layer_freq").orElse(1);
    if (frequency != 1) {
      throw f.invalid("moe_layer_freq", frequency + "; only 1 (every layer after the dense ones) "
          + "is supported");
    }
    OptionalInt qLoraRank = f.optionalInt("q_lora_rank");
    // MLA has no head_dim field; the query/key head is qk_nope_head_dim + qk_rope_head_dim
    b.headDim(f.requiredInt("qk_nope_head_dim") + f.requiredInt("qk_rope_head_dim"));
    b.latentAttention(LatentAttention.builder()
        .kvLoraRank(f.requiredInt("kv_lora_rank"))
        .qkRopeHeadDim(f.requiredInt("qk_rope_head_dim"))
        .qkNopeHeadDim(f.requiredInt("qk_nope_head_dim"))
        .vHeadDim(f.requiredInt("v_head_dim"))
        .qLoraRank(qLoraRank)
        .build());
    boolean bias = f.optionalBoolean("attention_bias").orElse(false);
    b.qkvBiased(bias).outputBiased(bias);
    String topk = f.optionalText("topk_method").orElse("");
    b.mixtureOfExperts(MixtureOfExperts.builder()
        .experts(f.requiredInt("n_routed_experts"))
        .expertsPerToken(f.requiredInt("num_experts_per_tok"))
        .sharedExperts(f.optionalInt("n_shared_experts").orElse(0))
        .expertIntermediateSize(f.requiredInt("moe_intermediate_size"))
        .denseLayersBefore(Math.min(f.optionalInt("first_k_dense_replace").orElse(0), layers))
        .routerBiased(topk.equals("noaux_tc"))
        .build());
  }

  /** Typed access to one JSON object, with messages naming the field and the config. */
  private static final class Fields {
    private final ObjectNode node;
    private final String origin;
    private final String type;

    Fields(ObjectNode node, String origin, String type) {
      this.node = node;
      this.origin = origin;
      this.type = type;
    }

    private JsonNode present(String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? null : value;
    }

    IllegalArgumentException invalid(String field, String detail) {
      return new IllegalArgumentException("Invalid field '" + field + "' in " + origin
          + " (model_type '" + type + "'): " + detail);
    }

    private IllegalArgumentException missing(String field) {
      return new IllegalArgumentException("Missing field '" + field + "' in " + origin
          + " (model_type '" + type + "')");
    }

    String requiredText(String field) {
      JsonNode value = present(field);
      if (value == null) {
        throw new IllegalArgumentException("Missing field '" + field + "' in " + origin
            + " (supported model types: " + String.join(", ", SUPPORTED_MODEL_TYPES) + ")");
      }
      if (!value.isTextual()) {
        throw invalid(field, "must be a string: " + value);
      }
      return value.asText();
    }

    Optional<String> optionalText(String field) {
      JsonNode value = present(field);
      if (value == null) {
        return Optional.empty();
      }
      if (!value.isTextual()) {
        throw invalid(field, "must be a string: " + value);
      }
      return Optional.of(value.asText());
    }

    int requiredInt(String field) {
      OptionalInt value = optionalInt(field);
      if (value.isEmpty()) {
        throw missing(field);
      }
      return value.getAsInt();
    }

    OptionalInt optionalInt(String field) {
      JsonNode value = present(field);
      if (value == null) {
        return OptionalInt.empty();
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw invalid(field, "must be a whole number: " + value);
      }
      return OptionalInt.of(value.intValue());
    }

    Optional<Boolean> optionalBoolean(String field) {
      JsonNode value = present(field);
      if (value == null) {
        return Optional.empty();
      }
      if (!value.isBoolean()) {
        throw invalid(field, "must be true or false: " + value);
      }
      return Optional.of(value.booleanValue());
    }

    Optional<List<Integer>> optionalIntList(String field) {
      JsonNode value = present(field);
      if (value == null) {
        return Optional.empty();
      }
      if (!value.isArray()) {
        throw invalid(field, "must be an array: " + value);
      }
      List<Integer> result = new ArrayList<>();
      for (JsonNode e : value) {
        if (!e.isIntegralNumber() || !e.canConvertToInt()) {
          throw invalid(field, "must hold whole numbers: " + value);
        }
        result.add(e.intValue());
      }
      return Optional.of(result);
    }

    Optional<List<String>> optionalTextList(String field) {
      JsonNode value = present(field);
      if (value == null) {
        return Optional.empty();
      }
      if (!value.isArray()) {
        throw invalid(field, "must be an array: " + value);
      }
      List<String> result = new ArrayList<>();
      for (JsonNode e : value) {
        if (!e.isTextual()) {
          throw invalid(field, "must hold strings: " + value);
        }
        result.add(e.asText());
      }
      return Optional.of(result);
    }
  }
}
