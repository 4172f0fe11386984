/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import io.github.inferenceecon.core.InputValues;
import io.github.inferenceecon.core.format.CheckpointPrecision;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.internal.JsonCursor;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

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
 * <p><b>Context window.</b> {@link ModelArchitecture#contextLength()} is the length vLLM
 * derives ({@code _get_and_verify_max_len} in vllm-project/vllm's {@code vllm/config.py}):
 * {@code max_position_embeddings}, unless {@code rope_scaling} (or Transformers v5's
 * {@code rope_parameters}) extends it: for {@code rope_type} (or {@code type}) {@code yarn}, its
 * {@code original_max_position_embeddings} (or {@code max_position_embeddings}) times
 * {@code factor}; for {@code llama3}, {@code longrope} and {@code su}, whose
 * {@code max_position_embeddings} already is the extended window, unchanged; for any other type
 * ({@code linear}, {@code dynamic}), {@code max_position_embeddings} times {@code factor}
 * (default 1). Gemma-3's window (131072) is already scaled, so its factor is not applied again,
 * as vLLM does. Llama-3.1: 131072; DeepSeek-V3: 4096 x 40 = 163840; gpt-oss: 4096 x 32 = 131072.
 *
 * <p><b>Checkpoint precision.</b> {@link ModelArchitecture#checkpointPrecision()} is how the
 * checkpoint ships, from {@code quantization_config} and {@code torch_dtype} (or {@code dtype}):
 * <ul>
 *   <li>{@code torch_dtype} {@code bfloat16} is BF16 and {@code float16} FP16; {@code float32},
 *       or no dtype at all, is served in BF16, as vLLM's {@code --dtype auto} downcasts float32
 *       checkpoints to the platform's preferred type ({@code _resolve_auto_dtype}, "Downcast for
 *       float32 models"; BF16 on current GPUs). Without quantisation every weight, the KV cache
 *       and the activations are in that type;
 *   <li>{@code quant_method fp8}: every linear layer, experts included, in FP8 ({@code fmt}
 *       {@code e4m3} by default, or {@code e5m2}) with an FP32 scale per
 *       {@code weight_block_size} tile when given ({@link NumericFormat#FP8_E4M3_128X128} for
 *       DeepSeek-V3 and R1), FP8 activations, the embeddings, head and norms in the dtype;
 *   <li>{@code quant_method mxfp4}: the routed experts in {@link NumericFormat#MXFP4}; the other
 *       linear layers too unless {@code modules_to_not_convert} names the attention
 *       ({@code self_attn}), as gpt-oss does, leaving them in the dtype; activations in the dtype;
 *   <li>{@code quant_method gptq} or {@code awq} with {@code bits} 4: linear layers in INT4 with a
 *       16-bit scale per {@code group_size} weights ({@code -1}: per channel);
 *   <li>any other {@code quant_method} is not read: the precision is the dtype's, and its
 *       {@link CheckpointPrecision#origin()} says so.
 * </ul>
 *
 * <p><b>Ranges.</b> Every number is checked against its range before anything is built from it,
 * and the work of an import is proportional to the size of the file, never to the layer count:
 * <ul>
 *   <li>{@code num_hidden_layers}, {@code num_attention_heads}, {@code num_key_value_heads},
 *       {@code head_dim}, {@code qk_nope_head_dim}, {@code qk_rope_head_dim},
 *       {@code v_head_dim}, {@code kv_lora_rank}, {@code q_lora_rank}, the expert counts
 *       ({@code num_local_experts}, {@code num_experts}, {@code n_routed_experts}), the
 *       block sizes of {@code quantization_config}: 1 to {@value #MAX_COUNT};
 *       {@code n_shared_experts}, {@code first_k_dense_replace} (capped at the layer count),
 *       {@code max_window_layers}: 0 to {@value #MAX_COUNT};
 *   <li>{@code hidden_size}, {@code vocab_size}, {@code moe_intermediate_size}: 1 to
 *       {@value #MAX_WIDTH}; {@code intermediate_size}: 0 to {@value #MAX_WIDTH}, positive when
 *       the model has dense layers;
 *   <li>{@code max_position_embeddings}, {@code sliding_window},
 *       {@code original_max_position_embeddings} and the resulting context window: 1 to
 *       {@value #MAX_CONTEXT} tokens; {@code rope_scaling.factor}: 1 to {@value #MAX_ROPE_FACTOR};
 *   <li>{@code sliding_window_pattern}: 1 (no local layer) to {@value SlidingWindow#MAX_PERIOD};
 *       {@code num_experts_per_tok}: 1 to the expert count; {@code num_key_value_heads} must
 *       divide {@code num_attention_heads}, and without {@code head_dim},
 *       {@code num_attention_heads} must divide {@code hidden_size};
 *   <li>the parameter count these sizes imply must fit a {@code long}.
 * </ul>
 *
 * <p><b>Errors.</b> The file is read through inference-econ's one JSON reading layer: every
 * rejection is an {@link InvalidJsonException} whose one-line message names the file, the JSON
 * path of the key ({@code num_key_value_heads}, {@code text_config.num_hidden_layers}), the rule
 * and the value as written (cut and escaped), such as "Invalid JSON in 'x/config.json' at
 * num_key_value_heads: Must divide num_attention_heads (64): 7"; an unsupported
 * {@code model_type} is an {@link UnsupportedModelTypeException} naming the file.
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

  /** The largest layer, head, head-size, rank and expert count a config may give. */
  public static final int MAX_COUNT = 65_536;
  /** The largest hidden, intermediate and vocabulary size a config may give. */
  public static final int MAX_WIDTH = 16_777_216;
  /** The longest context window, in tokens, a config may give or imply. */
  public static final int MAX_CONTEXT = 1_073_741_824;
  /** The largest RoPE scaling factor a config may give. */
  public static final int MAX_ROPE_FACTOR = 1024;

  private HuggingFaceConfig() {}

  /**
   * Reads an architecture from a {@code config.json} file, or from a model folder (such as a
   * downloaded Hugging Face snapshot) holding one, named after the file's folder.
   *
   * @param path the path of the file or of the folder holding it, not null
   * @return the architecture, not null
   * @throws java.nio.file.NoSuchFileException if the file does not exist
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the folder holds no {@code config.json}
   * @throws InvalidJsonException if the content is malformed or out of range
   * @throws UnsupportedModelTypeException if the model type is not supported
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
   * @throws InvalidJsonException if the content is malformed or out of range
   * @throws UnsupportedModelTypeException if the model type is not supported
   */
  public static ModelArchitecture read(InputStream in, String name, String origin)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
    return fromDocument(JsonCursor.read(in, origin), name);
  }

  /**
   * Parses an architecture from the text of a {@code config.json}.
   *
   * @param json the JSON text, not null
   * @param name the model name to give the architecture, not blank, not null
   * @return the architecture, not null
   * @throws InvalidJsonException if the content is malformed or out of range
   * @throws UnsupportedModelTypeException if the model type is not supported
   */
  public static ModelArchitecture parse(String json, String name) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(name, "name");
    return fromDocument(JsonCursor.read(json, "config.json"), name);
  }

  private static ModelArchitecture fromDocument(JsonCursor root, String name) {
    if (!root.isObject()) {
      throw root.fail("The top level must be a JSON object");
    }
    Fields document = new Fields(root, null);
    String type = document.modelType();
    Fields top = new Fields(root, type);
    ModelArchitecture.Builder b = ModelArchitecture.builder().name(name).family(type);
    Fields f;
    switch (type) {
      case "gemma3":
        f = top.object("text_config");
        if (f == null) {
          throw top.missing("text_config");
        }
        gemma3(f, b);
        break;
      case "gemma3_text":
        f = top;
        gemma3(f, b);
        break;
      default:
        f = top;
        // Gemma 2 ties its embeddings unless the config says otherwise; the others do not
        common(f, b, type.equals("gemma2"));
        family(type, f, b);
        break;
    }
    b.checkpointPrecision(checkpoint(top, f, type));
    ModelArchitecture m;
    try {
      m = b.build();
    } catch (IllegalArgumentException e) {
      // every rule of ModelArchitecture is checked at its key above; this is a safety net
      throw root.fail(e);
    }
    try {
      m.totalParameters();
    } catch (ArithmeticException e) {
      throw root.fail("The parameter count the sizes imply must not exceed " + Long.MAX_VALUE);
    }
    return m;
  }

  //-----------------------------------------------------------------------
  private static void common(Fields f, ModelArchitecture.Builder b, boolean tiedByDefault) {
    int layers = f.whole("num_hidden_layers", 1, MAX_COUNT);
    int hidden = f.whole("hidden_size", 1, MAX_WIDTH);
    int heads = f.whole("num_attention_heads", 1, MAX_COUNT);
    int maxPositions = f.whole("max_position_embeddings", 1, MAX_CONTEXT);
    b.layers(layers)
        .hiddenSize(hidden)
        .attentionHeads(heads)
        .kvHeads(kvHeads(f, heads))
        .headDim(headDim(f, hidden, heads))
        .intermediateSize(f.whole("intermediate_size", 0, MAX_WIDTH))
        .vocabSize(f.whole("vocab_size", 1, MAX_WIDTH))
        .contextLength(contextWindow(f, maxPositions, false))
        .tiedEmbeddings(f.cursor.bool("tie_word_embeddings", tiedByDefault));
  }

  private static int kvHeads(Fields f, int heads) {
    OptionalInt kv = f.optionalWhole("num_key_value_heads", 1, MAX_COUNT);
    if (kv.isEmpty()) {
      return heads;
    }
    if (heads % kv.getAsInt() != 0) {
      throw f.invalid("num_key_value_heads", "Must divide num_attention_heads (" + heads + ")");
    }
    return kv.getAsInt();
  }

  // Plain tests rather than orElseGet and ifPresent in these methods: the bundled
  // architectures are imported at start-up, where each lambda costs a class of its own.
  private static int headDim(Fields f, int hidden, int heads) {
    OptionalInt headDim = f.optionalWhole("head_dim", 1, MAX_COUNT);
    if (headDim.isPresent()) {
      return headDim.getAsInt();
    }
    if (hidden % heads != 0) {
      throw f.invalid("num_attention_heads", "Must divide hidden_size (" + hidden
          + ") when head_dim is absent");
    }
    return hidden / heads;
  }

  /** Fails unless a model with dense layers has a positive intermediate size. */
  private static void requireDenseWidth(Fields f, int intermediate, boolean denseLayers) {
    if (denseLayers && intermediate == 0) {
      throw f.invalid("intermediate_size", "Must be positive when the model has dense "
          + "feed-forward layers");
    }
  }

  /**
   * The context window: max_position_embeddings, extended by the RoPE scaling as vLLM derives
   * it (_get_and_verify_max_len), Gemma-3's already being extended.
   */
  private static int contextWindow(Fields f, int maxPositions, boolean alreadyScaled) {
    Fields rope = f.object("rope_scaling");
    if (rope == null) {
      rope = f.object("rope_parameters");
    }
    if (rope == null || alreadyScaled) {
      return maxPositions;
    }
    Optional<String> type = rope.cursor.optionalText("rope_type");
    String ropeType = type.isPresent() ? type.get()
        : rope.cursor.optionalText("type").orElse("default");
    if (ropeType.equals("llama3") || ropeType.equals("longrope") || ropeType.equals("su")) {
      return maxPositions;
    }
    double factor = rope.number("factor", 1, MAX_ROPE_FACTOR, 1);
    long base = maxPositions;
    if (ropeType.equals("yarn")) {
      OptionalInt original = rope.optionalWhole("original_max_position_embeddings", 1,
          MAX_CONTEXT);
      base = original.isPresent() ? original.getAsInt() : maxPositions;
    }
    double window = Math.floor(base * factor);
    if (window > MAX_CONTEXT) {
      throw rope.invalid("factor", "Context window " + base + " x factor must not exceed "
          + MAX_CONTEXT + " tokens");
    }
    return (int) window;
  }

  private static void slidingWindow(Fields f, ModelArchitecture.Builder b, int layers) {
    OptionalInt window = f.optionalWhole("sliding_window", 1, MAX_CONTEXT);
    if (window.isPresent()) {
      b.slidingWindow(SlidingWindow.allLayers(window.getAsInt(), layers));
    }
  }

  private static void family(String type, Fields f, ModelArchitecture.Builder b) {
    int layers = f.whole("num_hidden_layers", 1, MAX_COUNT);
    int intermediate = f.whole("intermediate_size", 0, MAX_WIDTH);
    switch (type) {
      case "llama":
        requireDenseWidth(f, intermediate, true);
        boolean attentionBias = f.cursor.bool("attention_bias", false);
        b.qkvBiased(attentionBias).outputBiased(attentionBias)
            .mlpBiased(f.cursor.bool("mlp_bias", false));
        break;
      case "mistral":
        requireDenseWidth(f, intermediate, true);
        slidingWindow(f, b, layers);
        break;
      case "mixtral":
        slidingWindow(f, b, layers);
        requireDenseWidth(f, intermediate, true);
        b.mixtureOfExperts(experts(f, "num_local_experts", "num_experts_per_tok",
            "intermediate_size").build());
        break;
      case "qwen2":
        requireDenseWidth(f, intermediate, true);
        b.qkvBiased(true);
        qwenSlidingWindow(f, b, layers);
        break;
      case "qwen3":
        requireDenseWidth(f, intermediate, true);
        qwen3Attention(f, b);
        qwenSlidingWindow(f, b, layers);
        break;
      case "qwen3_moe":
        qwen3Attention(f, b);
        qwenSlidingWindow(f, b, layers);
        List<Integer> mlpOnly = f.wholes("mlp_only_layers", 0, MAX_COUNT);
        if (!mlpOnly.isEmpty()) {
          throw f.invalid("mlp_only_layers", "Must be empty: only all-MoE layouts are "
              + "supported");
        }
        if (f.whole("decoder_sparse_step", 1, MAX_COUNT, 1) != 1) {
          throw f.invalid("decoder_sparse_step", "Must be 1: only all-MoE layouts are supported");
        }
        b.mixtureOfExperts(experts(f, "num_experts", "num_experts_per_tok",
            "moe_intermediate_size").build());
        break;
      case "gemma2":
        requireDenseWidth(f, intermediate, true);
        b.normsPerLayer(4);
        localLayers(f, b, layers, 2);
        break;
      case "deepseek_v3":
        deepseekV3(f, b, layers, intermediate);
        break;
      case "gpt_oss":
        boolean bias = f.cursor.bool("attention_bias", true);
        b.qkvBiased(bias).outputBiased(bias).attentionSinks(true);
        // without layer_types, Transformers' GptOssConfig alternates, local first
        localLayers(f, b, layers, 2);
        requireDenseWidth(f, intermediate, true);
        String perToken = f.has("num_experts_per_tok") ? "num_experts_per_tok"
            : "experts_per_token";
        b.mixtureOfExperts(experts(f, "num_local_experts", perToken, "intermediate_size")
            .routerBiased(true)
            .expertBiased(true)
            .build());
        break;
      default:
        throw new UnsupportedModelTypeException(type, SUPPORTED_MODEL_TYPES);
    }
  }

  /** The routed experts: their count, how many each token uses, and their width. */
  private static MixtureOfExperts.Builder experts(Fields f, String countKey, String perTokenKey,
      String widthKey) {
    int experts = f.whole(countKey, 1, MAX_COUNT);
    int perToken = f.whole(perTokenKey, 1, MAX_COUNT);
    if (perToken > experts) {
      throw f.invalid(perTokenKey, "Must not exceed " + countKey + " (" + experts + ")");
    }
    return MixtureOfExperts.builder()
        .experts(experts)
        .expertsPerToken(perToken)
        .expertIntermediateSize(f.whole(widthKey, 1, MAX_WIDTH));
  }

  private static void qwen3Attention(Fields f, ModelArchitecture.Builder b) {
    boolean bias = f.cursor.bool("attention_bias", false);
    b.qkvBiased(bias).outputBiased(bias).qkNorm(true);
  }

  private static void qwenSlidingWindow(Fields f, ModelArchitecture.Builder b, int layers) {
    if (!f.cursor.bool("use_sliding_window", false)) {
      return;
    }
    // Transformers' Qwen2Config/Qwen3Config defaults: sliding_window 4096, max_window_layers 28
    int window = f.whole("sliding_window", 1, MAX_CONTEXT, 4096);
    int first = f.whole("max_window_layers", 0, MAX_COUNT, 28);
    if (first < layers) {
      b.slidingWindow(SlidingWindow.fromLayer(window, first, layers));
    }
  }

  private static void gemma3(Fields f, ModelArchitecture.Builder b) {
    int layers = f.whole("num_hidden_layers", 1, MAX_COUNT);
    int hidden = f.whole("hidden_size", 1, MAX_WIDTH);
    int heads = f.whole("num_attention_heads", 1, MAX_COUNT);
    int intermediate = f.whole("intermediate_size", 0, MAX_WIDTH);
    requireDenseWidth(f, intermediate, true);
    // Gemma3TextConfig defaults (transformers, configuration_gemma3.py); its window is already
    // extended by its RoPE scaling
    int maxPositions = f.whole("max_position_embeddings", 1, MAX_CONTEXT, 131_072);
    b.layers(layers)
        .hiddenSize(hidden)
        .attentionHeads(heads)
        .kvHeads(kvHeads(f, heads))
        .headDim(f.whole("head_dim", 1, MAX_COUNT))
        .intermediateSize(intermediate)
        .vocabSize(f.whole("vocab_size", 1, MAX_WIDTH, 262_208))
        .contextLength(contextWindow(f, maxPositions, true))
        .tiedEmbeddings(f.cursor.bool("tie_word_embeddings", true))
        .qkNorm(true)
        .normsPerLayer(4);
    localLayers(f, b, layers, f.whole("sliding_window_pattern", 1, SlidingWindow.MAX_PERIOD, 6));
  }

  /**
   * Sets the local layers from {@code layer_types} when present, otherwise from a period (one
   * global layer in each {@code period}, last), or none when the period is 1.
   */
  private static void localLayers(Fields f, ModelArchitecture.Builder b, int layers, int period) {
    List<String> types = f.cursor.texts("layer_types");
    if (!types.isEmpty() || f.has("layer_types")) {
      if (types.size() != layers) {
        throw f.invalid("layer_types", "Must have one entry per layer: " + types.size()
            + " entries for num_hidden_layers " + layers);
      }
      List<Integer> local = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        String t = types.get(i);
        if (t.equals("sliding_attention")) {
          local.add(i);
        } else if (!t.equals("full_attention")) {
          throw f.invalid("layer_types", i, "Must be 'sliding_attention' or 'full_attention'");
        }
      }
      if (!local.isEmpty()) {
        b.slidingWindow(SlidingWindow.of(f.whole("sliding_window", 1, MAX_CONTEXT), local));
      }
    } else if (period > 1) {
      b.slidingWindow(SlidingWindow.periodic(f.whole("sliding_window", 1, MAX_CONTEXT), layers,
          period));
    }
  }

  private static void deepseekV3(Fields f, ModelArchitecture.Builder b, int layers,
      int intermediate) {
    if (f.whole("moe_layer_freq", 1, MAX_COUNT, 1) != 1) {
      throw f.invalid("moe_layer_freq", "Must be 1 (every layer after the dense ones): other "
          + "layouts are not supported");
    }
    int nope = f.whole("qk_nope_head_dim", 1, MAX_COUNT);
    int rope = f.whole("qk_rope_head_dim", 1, MAX_COUNT);
    // MLA has no head_dim field; the query/key head is qk_nope_head_dim + qk_rope_head_dim
    b.headDim(nope + rope);
    b.latentAttention(LatentAttention.builder()
        .kvLoraRank(f.whole("kv_lora_rank", 1, MAX_COUNT))
        .qkRopeHeadDim(rope)
        .qkNopeHeadDim(nope)
        .vHeadDim(f.whole("v_head_dim", 1, MAX_COUNT))
        .qLoraRank(f.optionalWhole("q_lora_rank", 1, MAX_COUNT))
        .build());
    boolean bias = f.cursor.bool("attention_bias", false);
    b.qkvBiased(bias).outputBiased(bias);
    String topk = f.cursor.optionalText("topk_method").orElse("");
    int dense = Math.min(f.whole("first_k_dense_replace", 0, MAX_COUNT, 0), layers);
    requireDenseWidth(f, intermediate, dense > 0);
    b.mixtureOfExperts(experts(f, "n_routed_experts", "num_experts_per_tok",
            "moe_intermediate_size")
        .sharedExperts(f.whole("n_shared_experts", 0, MAX_COUNT, 0))
        .denseLayersBefore(dense)
        .routerBiased(topk.equals("noaux_tc"))
        .build());
  }

  //-----------------------------------------------------------------------
  /**
   * The precision the checkpoint ships in, from quantization_config and torch_dtype (or dtype),
   * at the top level or, for Gemma-3, in text_config.
   */
  private static CheckpointPrecision checkpoint(Fields top, Fields f, String type) {
    // Transformers v5 writes dtype where earlier versions wrote torch_dtype
    Fields dtypeAt = top;
    String dtypeKey = "torch_dtype";
    for (Fields candidate : f == top ? List.of(top) : List.of(top, f)) {
      if (candidate.has("torch_dtype") || candidate.has("dtype")) {
        dtypeAt = candidate;
        dtypeKey = candidate.has("torch_dtype") ? "torch_dtype" : "dtype";
        break;
      }
    }
    Optional<String> dtype = dtypeAt.cursor.optionalText(dtypeKey);
    NumericFormat rest;
    String restOrigin;
    if (dtype.isEmpty()) {
      rest = NumericFormat.BF16;
      restOrigin = "torch_dtype absent: BF16, as vLLM serves float32 checkpoints";
    } else {
      switch (dtype.get()) {
        case "bfloat16":
          rest = NumericFormat.BF16;
          restOrigin = dtypeKey + " bfloat16";
          break;
        case "float16":
        case "half":
          rest = NumericFormat.FP16;
          restOrigin = dtypeKey + " " + dtype.get();
          break;
        case "float32":
        case "float":
          rest = NumericFormat.BF16;
          restOrigin = dtypeKey + " " + dtype.get() + ", served in BF16 as vLLM downcasts "
              + "float32 checkpoints";
          break;
        default:
          throw dtypeAt.invalid(dtypeKey, "Must be bfloat16, float16 or float32");
      }
    }
    Fields q = top.object("quantization_config");
    if (q == null) {
      return CheckpointPrecision.of(Precision.uniform(rest), restOrigin);
    }
    String method = q.cursor.optionalText("quant_method").orElse("");
    if (method.isEmpty()) {
      throw q.missing("quant_method");
    }
    boolean moe = type.equals("mixtral") || type.equals("qwen3_moe")
        || type.equals("deepseek_v3") || type.equals("gpt_oss");
    switch (method) {
      case "fp8":
        return fp8(q, rest, restOrigin);
      case "mxfp4":
        boolean attentionKept = false;
        for (String module : q.cursor.texts("modules_to_not_convert")) {
          attentionKept |= module.contains("self_attn");
        }
        if (attentionKept && !moe) {
          throw q.invalid("modules_to_not_convert", "Leaving the attention unquantised is "
              + "supported for mixture-of-experts models only");
        }
        NumericFormat weights = attentionKept ? rest : NumericFormat.MXFP4;
        Precision mx = Precision.builder().weights(weights).expertWeights(NumericFormat.MXFP4)
            .embeddings(rest).kvCache(rest).activations(rest).build();
        return CheckpointPrecision.of(mx, "quantization_config mxfp4 ("
            + (attentionKept ? "routed experts; attention, routers and embeddings " + rest
                : "linear layers; embeddings " + rest) + "), " + restOrigin);
      case "gptq":
      case "awq":
        int bits = q.whole("bits", 1, 64);
        if (bits != 4) {
          throw q.invalid("bits", "Must be 4: only 4-bit " + method + " is supported");
        }
        int group = q.whole("group_size", -1, MAX_COUNT, 128);
        if (group == 0) {
          throw q.invalid("group_size", "Must be -1 (per channel) or positive");
        }
        NumericFormat int4 = group == -1 ? NumericFormat.INT4 : NumericFormat.int4(group);
        Precision p = Precision.builder().weights(int4).embeddings(rest).kvCache(rest)
            .activations(rest).build();
        return CheckpointPrecision.of(p, "quantization_config " + method + " (4-bit, "
            + (group == -1 ? "per-channel" : "group " + group) + " scales), " + restOrigin);
      default:
        return CheckpointPrecision.of(Precision.uniform(rest), restOrigin
            + "; quantization_config quant_method '" + InputValues.shown(method)
            + "' is not read: give the weight format to size it as stored");
    }
  }

  private static CheckpointPrecision fp8(Fields q, NumericFormat rest, String restOrigin) {
    String fmt = q.cursor.optionalText("fmt").orElse("e4m3");
    if (!fmt.equals("e4m3") && !fmt.equals("e5m2")) {
      throw q.invalid("fmt", "Must be e4m3 or e5m2");
    }
    String scheme = q.cursor.optionalText("activation_scheme").orElse("dynamic");
    if (!scheme.equals("dynamic") && !scheme.equals("static")) {
      throw q.invalid("activation_scheme", "Must be dynamic or static");
    }
    List<Integer> block = q.wholes("weight_block_size", 1, MAX_COUNT);
    NumericFormat weights;
    String blocks;
    if (block.isEmpty()) {
      weights = fmt.equals("e4m3") ? NumericFormat.FP8_E4M3 : NumericFormat.FP8_E5M2;
      blocks = "per-tensor scales";
    } else if (block.size() != 2) {
      throw q.invalid("weight_block_size", "Must have two entries (rows, columns)");
    } else {
      int rows = block.get(0);
      int columns = block.get(1);
      weights = fmt.equals("e4m3") && rows == 128 && columns == 128
          ? NumericFormat.FP8_E4M3_128X128
          : NumericFormat.of("FP8-" + fmt.toUpperCase(Locale.ROOT) + "-" + rows + "X"
              + columns, 8, rows * columns, 32, ComputeFormat.FP8);
      blocks = rows + "x" + columns + " block scales";
    }
    Precision p = Precision.builder().weights(weights).embeddings(rest).kvCache(rest)
        .activations(NumericFormat.FP8_E4M3).build();
    return CheckpointPrecision.of(p, "quantization_config fp8 (" + fmt + ", " + blocks + ", "
        + scheme + " FP8 activations; embeddings " + rest + "), " + restOrigin);
  }

  //-----------------------------------------------------------------------
  /** Typed, range-checked reads of one object of a config; a missing field names the type. */
  private static final class Fields {
    private final JsonCursor cursor;
    private final @Nullable String type;

    Fields(JsonCursor cursor, @Nullable String type) {
      this.cursor = cursor;
      this.type = type;
    }

    boolean has(String key) {
      return cursor.optional(key) != null;
    }

    String modelType() {
      JsonCursor c = cursor.field("model_type");
      if (!c.isPresent()) {
        throw c.fail("Missing required field 'model_type' (supported: "
            + String.join(", ", SUPPORTED_MODEL_TYPES) + ")");
      }
      String t = c.text();
      if (!SUPPORTED_MODEL_TYPES.contains(t)) {
        throw new UnsupportedModelTypeException(cursor.source(), t, SUPPORTED_MODEL_TYPES);
      }
      return t;
    }

    @Nullable Fields object(String key) {
      JsonCursor c = cursor.optional(key);
      return c == null ? null : new Fields(c.object(), type);
    }

    InvalidJsonException invalid(String key, String rule) {
      return cursor.field(key).fail(rule);
    }

    InvalidJsonException invalid(String key, int index, String rule) {
      return cursor.field(key).elements().get(index).fail(rule);
    }

    InvalidJsonException missing(String key) {
      return cursor.field(key).fail("Missing required field '" + key + "'"
          + (type == null ? "" : " (model_type '" + type + "')"));
    }

    int whole(String key, int min, int max) {
      OptionalInt value = optionalWhole(key, min, max);
      if (value.isEmpty()) {
        throw missing(key);
      }
      return value.getAsInt();
    }

    int whole(String key, int min, int max, int orElse) {
      return optionalWhole(key, min, max).orElse(orElse);
    }

    OptionalInt optionalWhole(String key, int min, int max) {
      JsonCursor c = cursor.optional(key);
      return c == null ? OptionalInt.empty() : OptionalInt.of((int) c.whole(min, max));
    }

    double number(String key, int min, int max, double orElse) {
      JsonCursor c = cursor.optional(key);
      return c == null ? orElse
          : c.number(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).doubleValue();
    }

    List<Integer> wholes(String key, int min, int max) {
      List<Integer> out = new ArrayList<>();
      for (JsonCursor c : cursor.optionalElements(key)) {
        out.add((int) c.whole(min, max));
      }
      return out;
    }
  }
}
