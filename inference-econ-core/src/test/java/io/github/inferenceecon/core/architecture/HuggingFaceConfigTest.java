/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.inferenceecon.core.format.CheckpointPrecision;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HuggingFaceConfigTest {

  private static final String SUPPORTED = "llama, mistral, mixtral, qwen2, qwen3, qwen3_moe, "
      + "gemma2, gemma3, gemma3_text, deepseek_v3, gpt_oss";

  /** A minimal Llama config: 2 layers, hidden 64, 4 heads, 2 KV heads, no head_dim. */
  private static final String LLAMA = "{\"model_type\":\"llama\",\"num_hidden_layers\":2,"
      + "\"hidden_size\":64,\"num_attention_heads\":4,\"num_key_value_heads\":2,"
      + "\"intermediate_size\":128,\"vocab_size\":100,\"max_position_embeddings\":256}";

  /** A minimal gpt-oss config: 4 layers, 4 experts (2 per token), window 128. */
  private static final String GPT_OSS = "{\"model_type\":\"gpt_oss\",\"num_hidden_layers\":4,"
      + "\"hidden_size\":64,\"num_attention_heads\":4,\"num_key_value_heads\":2,\"head_dim\":8,"
      + "\"intermediate_size\":64,\"vocab_size\":100,\"max_position_embeddings\":256,"
      + "\"num_local_experts\":4,\"num_experts_per_tok\":2,\"sliding_window\":128%s}";

  private static ModelArchitecture bundled(String file) {
    try (InputStream in = HuggingFaceConfig.class.getResourceAsStream("known/" + file)) {
      assertThat(in).as(file).isNotNull();
      return HuggingFaceConfig.read(in, file, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String with(String json, String extra) {
    return json.substring(0, json.length() - 1) + "," + extra + "}";
  }

  private static String without(String json, String field) {
    return json.replaceAll("\"" + field + "\":[^,}]*,?", "").replace(",}", "}");
  }

  //-----------------------------------------------------------------------
  // parse(String, String): the Llama family
  @Test
  void parse_minimalLlama_appliesTransformersDefaults() {
    ModelArchitecture m = HuggingFaceConfig.parse(LLAMA, "Tiny");

    assertThat(m.name()).isEqualTo("Tiny");
    assertThat(m.family()).isEqualTo("llama");
    assertThat(m.layers()).isEqualTo(2);
    // head_dim absent: hidden / heads = 64 / 4 = 16, recorded explicitly
    assertThat(m.headDim()).isEqualTo(16);
    assertThat(m.kvHeads()).isEqualTo(2);
    assertThat(m.isTiedEmbeddings()).isFalse();
    assertThat(m.isQkvBiased()).isFalse();
    assertThat(m.slidingWindow()).isEmpty();
    assertThat(m.source()).isEmpty();
  }

  @Test
  void parse_llamaWithoutKvHeads_isMha() {
    ModelArchitecture m = HuggingFaceConfig.parse(without(LLAMA, "num_key_value_heads"), "Tiny");

    assertThat(m.kvHeads()).isEqualTo(4);
    assertThat(m.attentionKind()).isEqualTo(AttentionKind.MHA);
  }

  @Test
  void parse_llamaAttentionAndMlpBias_setsBiasFlags() {
    ModelArchitecture m = HuggingFaceConfig.parse(
        with(LLAMA, "\"attention_bias\":true,\"mlp_bias\":true"), "Tiny");

    assertThat(m.isQkvBiased()).isTrue();
    assertThat(m.isOutputBiased()).isTrue();
    assertThat(m.isMlpBiased()).isTrue();
  }

  @Test
  void parse_nullField_isTreatedAsAbsent() {
    ModelArchitecture m = HuggingFaceConfig.parse(with(LLAMA, "\"head_dim\":null"), "Tiny");

    assertThat(m.headDim()).isEqualTo(16);
  }

  @Test
  void parse_headDimAbsentAndHiddenNotMultipleOfHeads_throws() {
    String json = LLAMA.replace("\"hidden_size\":64", "\"hidden_size\":66");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at num_attention_heads: Must divide "
            + "hidden_size (66) when head_dim is absent: 4");
  }

  //-----------------------------------------------------------------------
  // errors
  @Test
  void parse_unknownModelType_throwsUnsupportedListingSupported() {
    String json = LLAMA.replace("\"llama\"", "\"falcon\"");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Falcon"))
        .isInstanceOfSatisfying(UnsupportedModelTypeException.class, e -> {
          assertThat(e.modelType()).isEqualTo("falcon");
          assertThat(e.supported()).isEqualTo(HuggingFaceConfig.SUPPORTED_MODEL_TYPES);
        })
        .hasMessage("Unsupported model_type 'falcon' in 'config.json' (supported: " + SUPPORTED
            + ")");
  }

  @Test
  void supportedModelTypes_matchTheDocumentedList() {
    assertThat(String.join(", ", HuggingFaceConfig.SUPPORTED_MODEL_TYPES)).isEqualTo(SUPPORTED);
  }

  @Test
  void parse_missingModelType_throwsNamingItAndTheSupportedTypes() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse(without(LLAMA, "model_type"), "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at model_type: Missing required field "
            + "'model_type' (supported: " + SUPPORTED + ")");
  }

  @Test
  void parse_missingRequiredField_throwsNamingIt() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse(without(LLAMA, "vocab_size"), "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at vocab_size: Missing required field "
            + "'vocab_size' (model_type 'llama')");
  }

  @Test
  void parse_numberAsString_throwsNamingFieldAndValue() {
    String json = LLAMA.replace("\"num_hidden_layers\":2", "\"num_hidden_layers\":\"2\"");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at num_hidden_layers: Field "
            + "'num_hidden_layers' must be a number: \"2\"");
  }

  @Test
  void parse_fractionalNumber_throws() {
    String json = LLAMA.replace("\"num_hidden_layers\":2", "\"num_hidden_layers\":2.5");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at num_hidden_layers: Number must be a "
            + "whole number: 2.5");
  }

  @Test
  void parse_numberBeyondInt_throws() {
    String json = LLAMA.replace("\"vocab_size\":100", "\"vocab_size\":3000000000");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at vocab_size: Whole number must be in [1, "
            + "16777216]: 3000000000");
  }

  @Test
  void parse_booleanAsString_throws() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse(with(LLAMA, "\"tie_word_embeddings\":\"yes\""),
        "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at tie_word_embeddings: Field "
            + "'tie_word_embeddings' must be true or false: \"yes\"");
  }

  @Test
  void parse_modelTypeNotAString_throws() {
    String json = LLAMA.replace("\"llama\"", "3");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at model_type: Field 'model_type' must be "
            + "a string: 3");
  }

  @Test
  void parse_malformedJson_throwsWithLineAndColumn() {
    // the stray brace is the 18th character of line 2
    String json = "{\"model_type\": \"llama\",\n  \"hidden_size\": }";

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Broken"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasCauseInstanceOf(JsonProcessingException.class)
        .hasMessageStartingWith("Invalid JSON in 'config.json': Malformed JSON at line 2, "
            + "column 18: ");
  }

  @Test
  void parse_topLevelNotAnObject_throws() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse("[1, 2]", "Array"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json': The top level must be a JSON object: [...]");
  }

  @Test
  void parse_invalidValues_failTheArchitectureRules() {
    String json = LLAMA.replace("\"num_key_value_heads\":2", "\"num_key_value_heads\":3");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.source()).isEqualTo("config.json");
          assertThat(e.path()).isEqualTo("num_key_value_heads");
          assertThat(e.field()).contains("num_key_value_heads");
          assertThat(e.value()).contains("3");
          assertThat(e.rule()).isEqualTo("Must divide num_attention_heads (4)");
        })
        .hasMessage("Invalid JSON in 'config.json' at num_key_value_heads: Must divide "
            + "num_attention_heads (4): 3");
  }

  @Test
  void parse_nulls_throwNullPointer() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse(null, "X"))
        .isInstanceOf(NullPointerException.class).hasMessage("json");
    assertThatThrownBy(() -> HuggingFaceConfig.parse(LLAMA, null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  //-----------------------------------------------------------------------
  // layer_types
  @Test
  void parse_layerTypes_decideLocalLayers() {
    String json = String.format(GPT_OSS, ",\"layer_types\":[\"full_attention\","
        + "\"sliding_attention\",\"sliding_attention\",\"full_attention\"]");

    SlidingWindow w = HuggingFaceConfig.parse(json, "Tiny").slidingWindow().orElseThrow();

    assertThat(w.window()).isEqualTo(128);
    assertThat(w.localLayers()).containsExactly(1, 2);
  }

  @Test
  void parse_layerTypesAllFull_hasNoSlidingWindow() {
    String json = String.format(GPT_OSS, ",\"layer_types\":[\"full_attention\","
        + "\"full_attention\",\"full_attention\",\"full_attention\"]");

    assertThat(HuggingFaceConfig.parse(json, "Tiny").slidingWindow()).isEmpty();
  }

  @Test
  void parse_layerTypesLengthMismatch_throws() {
    String json = String.format(GPT_OSS, ",\"layer_types\":[\"full_attention\","
        + "\"sliding_attention\",\"full_attention\"]");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at layer_types: Must have one entry per "
            + "layer: 3 entries for num_hidden_layers 4: [...]");
  }

  @Test
  void parse_layerTypesUnknownEntry_throws() {
    String json = String.format(GPT_OSS, ",\"layer_types\":[\"full_attention\","
        + "\"local\",\"full_attention\",\"full_attention\"]");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at layer_types[1]: Must be "
            + "'sliding_attention' or 'full_attention': \"local\"");
  }

  @Test
  void parse_layerTypesNotAnArray_throws() {
    String json = String.format(GPT_OSS, ",\"layer_types\":\"sliding_attention\"");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at layer_types: Field 'layer_types' must be "
            + "an array: \"sliding_attention\"");
  }

  //-----------------------------------------------------------------------
  // gpt_oss
  @Test
  void parse_gptOssWithoutLayerTypes_alternatesLikeTransformers() {
    // transformers GptOssConfig: layer_types defaults to sliding where (i + 1) % 2 != 0,
    // that is layers 0, 2, 4, ... (src/transformers/models/gpt_oss/configuration_gpt_oss.py)
    SlidingWindow w = HuggingFaceConfig.parse(String.format(GPT_OSS, ""), "Tiny")
        .slidingWindow().orElseThrow();

    assertThat(w.window()).isEqualTo(128);
    assertThat(w.localLayers()).containsExactly(0, 2);
  }

  @Test
  void parse_gptOss_setsBiasesSinksAndBiasedExperts() {
    ModelArchitecture m = HuggingFaceConfig.parse(String.format(GPT_OSS, ""), "Tiny");

    assertThat(m.isQkvBiased()).isTrue();
    assertThat(m.isOutputBiased()).isTrue();
    assertThat(m.isAttentionSinks()).isTrue();
    MixtureOfExperts moe = m.mixtureOfExperts().orElseThrow();
    assertThat(moe.experts()).isEqualTo(4);
    assertThat(moe.expertsPerToken()).isEqualTo(2);
    assertThat(moe.isRouterBiased()).isTrue();
    assertThat(moe.isExpertBiased()).isTrue();
  }

  @Test
  void parse_gptOssWithOnlyExpertsPerToken_readsIt() {
    String json = String.format(GPT_OSS, "").replace("num_experts_per_tok", "experts_per_token");

    assertThat(HuggingFaceConfig.parse(json, "Tiny").mixtureOfExperts().orElseThrow()
        .expertsPerToken()).isEqualTo(2);
  }

  //-----------------------------------------------------------------------
  // other families, small configs
  @Test
  void parse_qwen2UseSlidingWindow_localFromMaxWindowLayers() {
    String json = LLAMA.replace("\"llama\"", "\"qwen2\"")
        .replace("}", ",\"use_sliding_window\":true,\"sliding_window\":64,"
            + "\"max_window_layers\":1}");

    ModelArchitecture m = HuggingFaceConfig.parse(json, "Tiny");

    assertThat(m.isQkvBiased()).isTrue();
    assertThat(m.slidingWindow()).contains(SlidingWindow.of(64, List.of(1)));
  }

  @Test
  void parse_qwen3MoeWithDenseLayers_throws() {
    String json = LLAMA.replace("\"llama\"", "\"qwen3_moe\"").replace("}",
        ",\"num_experts\":4,\"num_experts_per_tok\":2,\"moe_intermediate_size\":32,"
            + "\"mlp_only_layers\":[0]}");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at mlp_only_layers: Must be empty: only "
            + "all-MoE layouts are supported: [...]");
  }

  @Test
  void parse_deepSeekMoeLayerFrequencyTwo_throws() {
    String json = LLAMA.replace("\"llama\"", "\"deepseek_v3\"").replace("}",
        ",\"moe_layer_freq\":2}");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at moe_layer_freq: Must be 1 (every layer "
            + "after the dense ones): other layouts are not supported: 2");
  }

  @Test
  void parse_gemma3WithoutTextConfig_throws() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse("{\"model_type\":\"gemma3\"}", "G"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at text_config: Missing required field "
            + "'text_config' (model_type 'gemma3')");
  }

  @Test
  void parse_gemma3TextMinimal_takesGemma3TextConfigDefaults() {
    String json = "{\"model_type\":\"gemma3_text\",\"num_hidden_layers\":12,\"hidden_size\":64,"
        + "\"num_attention_heads\":4,\"num_key_value_heads\":2,\"head_dim\":16,"
        + "\"intermediate_size\":128,\"sliding_window\":512}";

    ModelArchitecture m = HuggingFaceConfig.parse(json, "G");

    assertThat(m.vocabSize()).isEqualTo(262_208);
    assertThat(m.contextLength()).isEqualTo(131_072);
    assertThat(m.isTiedEmbeddings()).isTrue();
    assertThat(m.isQkNorm()).isTrue();
    assertThat(m.normsPerLayer()).isEqualTo(4);
    // sliding_window_pattern 6: layers 5 and 11 global
    assertThat(m.slidingWindow()).contains(SlidingWindow.periodic(512, 12, 6));
  }

  //-----------------------------------------------------------------------
  // read(Path), read(InputStream, ...)
  @Test
  void read_path_namesTheModelAfterItsFolder(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("Tiny-Llama"));
    Path config = Files.writeString(folder.resolve("config.json"), LLAMA);

    ModelArchitecture m = HuggingFaceConfig.read(config);

    assertThat(m.name()).isEqualTo("Tiny-Llama");
    assertThat(m).isEqualTo(HuggingFaceConfig.parse(LLAMA, "Tiny-Llama"));
  }

  @Test
  void read_modelFolder_readsItsConfig(@TempDir Path dir) throws IOException {
    // a downloaded snapshot: the folder, named after the model, holds config.json
    Path folder = Files.createDirectory(dir.resolve("Tiny-Llama"));
    Files.writeString(folder.resolve("config.json"), LLAMA);

    assertThat(HuggingFaceConfig.read(folder))
        .isEqualTo(HuggingFaceConfig.parse(LLAMA, "Tiny-Llama"));
  }

  @Test
  void read_folderWithoutConfig_throws(@TempDir Path dir) {
    assertThatThrownBy(() -> HuggingFaceConfig.read(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Model folder holds no config.json: '" + dir + "'");
  }

  @Test
  void read_missingFile_throwsIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> HuggingFaceConfig.read(dir.resolve("none/config.json")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void read_streamMalformed_namesTheOrigin() {
    InputStream in = new ByteArrayInputStream("{\"model_type\": ".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> HuggingFaceConfig.read(in, "X", "models/x/config.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid JSON in 'models/x/config.json': Malformed JSON ")
        .hasMessageContaining(" at line 1, column ");
  }

  @Test
  void read_streamMissingField_namesTheOrigin() {
    InputStream in = new ByteArrayInputStream(without(LLAMA, "hidden_size")
        .getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> HuggingFaceConfig.read(in, "X", "models/x/config.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'models/x/config.json' at hidden_size: Missing required "
            + "field 'hidden_size' (model_type 'llama')");
  }

  @Test
  void read_nulls_throwNullPointer() {
    InputStream in = new ByteArrayInputStream(new byte[0]);
    assertThatThrownBy(() -> HuggingFaceConfig.read(null))
        .isInstanceOf(NullPointerException.class).hasMessage("path");
    assertThatThrownBy(() -> HuggingFaceConfig.read(null, "X", "o"))
        .isInstanceOf(NullPointerException.class).hasMessage("in");
    assertThatThrownBy(() -> HuggingFaceConfig.read(in, null, "o"))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> HuggingFaceConfig.read(in, "X", null))
        .isInstanceOf(NullPointerException.class).hasMessage("origin");
  }

  //-----------------------------------------------------------------------
  // the bundled public configs
  @Test
  void read_llama31_70b_isGqaWithDerivedHeadDim() {
    ModelArchitecture m = bundled("llama-3.1-70b.config.json");

    assertThat(m.layers()).isEqualTo(80);
    assertThat(m.hiddenSize()).isEqualTo(8192);
    assertThat(m.attentionHeads()).isEqualTo(64);
    assertThat(m.kvHeads()).isEqualTo(8);
    // no head_dim in the file: 8192 / 64
    assertThat(m.headDim()).isEqualTo(128);
    assertThat(m.intermediateSize()).isEqualTo(28672);
    assertThat(m.vocabSize()).isEqualTo(128256);
    assertThat(m.contextLength()).isEqualTo(131072);
    assertThat(m.attentionKind()).isEqualTo(AttentionKind.GQA);
  }

  @Test
  void read_mistral7bV01_everyLayerLocalWindow4096() {
    SlidingWindow w = bundled("mistral-7b-v0.1.config.json").slidingWindow().orElseThrow();

    assertThat(w.window()).isEqualTo(4096);
    assertThat(w.localLayers()).isEqualTo(IntStream.range(0, 32).boxed()
        .collect(Collectors.toList()));
  }

  @Test
  void read_mistral7bV03_nullSlidingWindow_noWindow() {
    assertThat(bundled("mistral-7b-v0.3.config.json").slidingWindow()).isEmpty();
  }

  @Test
  void read_gemma2_27b_evenLayersLocalWindow4096() {
    ModelArchitecture m = bundled("gemma-2-27b.config.json");
    SlidingWindow w = m.slidingWindow().orElseThrow();

    // 46 layers, local and global alternating, local first: 23 local, all even
    assertThat(w.window()).isEqualTo(4096);
    assertThat(w.localLayerCount()).isEqualTo(23);
    assertThat(w.localLayers()).allMatch(i -> i % 2 == 0);
    assertThat(w.localLayers()).first().isEqualTo(0);
    assertThat(w.localLayers()).last().isEqualTo(44);
    // query_pre_attn_scalar 144 (= 4608 / 32) is not the head dim
    assertThat(m.headDim()).isEqualTo(128);
    assertThat(m.isTiedEmbeddings()).isTrue();
    assertThat(m.normsPerLayer()).isEqualTo(4);
  }

  @Test
  void read_gptOss120b_18EvenLayersLocalWindow128() {
    ModelArchitecture m = bundled("gpt-oss-120b.config.json");
    SlidingWindow w = m.slidingWindow().orElseThrow();

    assertThat(w.window()).isEqualTo(128);
    assertThat(w.localLayerCount()).isEqualTo(18);
    assertThat(w.localLayers()).allMatch(i -> i % 2 == 0);
    // head_dim 64, not 2880 / 64 = 45
    assertThat(m.headDim()).isEqualTo(64);
  }

  @Test
  void read_gemma3_27b_52Of62LayersLocalWindow1024() {
    ModelArchitecture m = bundled("gemma-3-27b.config.json");
    SlidingWindow w = m.slidingWindow().orElseThrow();

    // sliding_window_pattern 6 (the Gemma3TextConfig default): layers 5, 11, ..., 59 global,
    // 10 of 62; the other 52 local
    assertThat(w.window()).isEqualTo(1024);
    assertThat(w.localLayerCount()).isEqualTo(52);
    assertThat(w.isLocal(5)).isFalse();
    assertThat(w.isLocal(59)).isFalse();
    assertThat(w.isLocal(60)).isTrue();
    assertThat(w.isLocal(61)).isTrue();
    // the text model under text_config, with Gemma3TextConfig defaults
    assertThat(m.family()).isEqualTo("gemma3");
    assertThat(m.hiddenSize()).isEqualTo(5376);
    assertThat(m.headDim()).isEqualTo(128);
    assertThat(m.vocabSize()).isEqualTo(262_208);
    assertThat(m.contextLength()).isEqualTo(131_072);
    assertThat(m.isTiedEmbeddings()).isTrue();
  }

  @Test
  void read_qwen25_72b_inertSlidingWindow_noWindow() {
    // sliding_window 131072 is in the file, but use_sliding_window is false
    ModelArchitecture m = bundled("qwen2.5-72b.config.json");

    assertThat(m.slidingWindow()).isEmpty();
    assertThat(m.isQkvBiased()).isTrue();
  }

  @Test
  void read_qwen3_32b_explicitHeadDim() {
    // head_dim 128, not 5120 / 64 = 80
    ModelArchitecture m = bundled("qwen3-32b.config.json");

    assertThat(m.headDim()).isEqualTo(128);
    assertThat(m.isQkNorm()).isTrue();
  }

  @Test
  void read_deepSeekV3_mlaAndMoe() {
    ModelArchitecture m = bundled("deepseek-v3.config.json");

    assertThat(m.attentionKind()).isEqualTo(AttentionKind.MLA);
    assertThat(m.latentAttention().orElseThrow().cachedElementsPerLayer()).isEqualTo(576);
    assertThat(m.moeLayers()).isEqualTo(58);
    assertThat(m.slidingWindow()).isEmpty();
  }

  @Test
  void read_mixtral8x7b_moeWithNullSlidingWindow() {
    ModelArchitecture m = bundled("mixtral-8x7b.config.json");

    assertThat(m.slidingWindow()).isEmpty();
    assertThat(m.mixtureOfExperts().orElseThrow().experts()).isEqualTo(8);
    assertThat(m.mixtureOfExperts().orElseThrow().expertsPerToken()).isEqualTo(2);
    assertThat(m.mixtureOfExperts().orElseThrow().expertIntermediateSize()).isEqualTo(14336);
  }

  //-----------------------------------------------------------------------
  // ranges: every number checked at its key before anything scales with it
  /** A minimal Mistral config whose every layer is local. */
  private static final String MISTRAL = LLAMA.replace("\"llama\"", "\"mistral\"")
      .replace("}", ",\"sliding_window\":64}");
  /** A minimal Qwen2 config with local layers from layer 1 on. */
  private static final String QWEN2 = LLAMA.replace("\"llama\"", "\"qwen2\"")
      .replace("}", ",\"use_sliding_window\":true,\"sliding_window\":64,"
          + "\"max_window_layers\":1}");
  /** A minimal Gemma-2 config alternating local and global layers. */
  private static final String GEMMA2 = LLAMA.replace("\"llama\"", "\"gemma2\"")
      .replace("}", ",\"sliding_window\":64}");

  @Test
  void parse_layerCountBeyondRange_throwsNamingKeyValueAndRange() {
    // issue 21: 2^31 - 1 and 10^8 layers built one list entry per layer (out of memory, or a
    // hang); the range is checked before anything is built
    for (String config : List.of(MISTRAL, QWEN2, GEMMA2, LLAMA)) {
      for (String layers : List.of("2147483647", "100000000", "65537", "0", "-1")) {
        String json = config.replace("\"num_hidden_layers\":2",
            "\"num_hidden_layers\":" + layers);

        assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Huge"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Invalid JSON in 'config.json' at num_hidden_layers: Whole number must "
                + "be in [1, 65536]: " + layers);
      }
    }
  }

  @Test
  void parse_largestLayerCountInRange_buildsAPatternOfOnePeriod() {
    String json = GEMMA2.replace("\"num_hidden_layers\":2", "\"num_hidden_layers\":65536");

    SlidingWindow w = HuggingFaceConfig.parse(json, "Deep").slidingWindow().orElseThrow();

    assertThat(w.localOffsets()).containsExactly(0);
    assertThat(w.localLayerCount()).isEqualTo(32768);
  }

  @Test
  void parse_numberBeyondLong_throwsWithTheValueAsWritten() {
    String json = LLAMA.replace("\"hidden_size\":64", "\"hidden_size\":1" + "0".repeat(40));

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at hidden_size: Whole number must be in [1, "
            + "16777216]: 1" + "0".repeat(40));
  }

  @Test
  void parse_hugeExponent_throwsAtTheKey() {
    String json = LLAMA.replace("\"vocab_size\":100", "\"vocab_size\":1e999999999");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid JSON in 'config.json' at vocab_size: ");
  }

  @Test
  void parse_expertsPerTokenAboveExperts_throwsAtTheKey() {
    String json = LLAMA.replace("\"llama\"", "\"mixtral\"")
        .replace("}", ",\"num_local_experts\":4,\"num_experts_per_tok\":5}");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at num_experts_per_tok: Must not exceed "
            + "num_local_experts (4): 5");
  }

  @Test
  void parse_zeroIntermediateSizeWithDenseLayers_throwsAtTheKey() {
    String json = LLAMA.replace("\"intermediate_size\":128", "\"intermediate_size\":0");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at intermediate_size: Must be positive when "
            + "the model has dense feed-forward layers: 0");
  }

  @Test
  void parse_slidingWindowPatternOutOfRange_throwsAtTheTextConfigKey() {
    String json = "{\"model_type\":\"gemma3\",\"text_config\":{\"num_hidden_layers\":12,"
        + "\"hidden_size\":64,\"num_attention_heads\":4,\"head_dim\":16,"
        + "\"intermediate_size\":128,\"sliding_window\":512,"
        + "\"sliding_window_pattern\":2147483647}}";

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "G"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at text_config.sliding_window_pattern: "
            + "Whole number must be in [1, 1024]: 2147483647");
  }

  @Test
  void parse_slidingWindowPatternOne_everyLayerGlobal() {
    // Transformers' Gemma3TextConfig: layer i is sliding when (i + 1) % pattern != 0
    String json = "{\"model_type\":\"gemma3_text\",\"num_hidden_layers\":12,\"hidden_size\":64,"
        + "\"num_attention_heads\":4,\"head_dim\":16,\"intermediate_size\":128,"
        + "\"sliding_window\":512,\"sliding_window_pattern\":1}";

    assertThat(HuggingFaceConfig.parse(json, "G").slidingWindow()).isEmpty();
  }

  @Test
  void parse_parameterCountBeyondLong_throwsNamingTheFile() {
    // 65536 layers of hidden 16777216 with 65536 heads of 65536: within each range, but the
    // attention alone is 2 x 2^24 x 2^32 x 2^16 parameters
    String json = "{\"model_type\":\"llama\",\"num_hidden_layers\":65536,"
        + "\"hidden_size\":16777216,\"num_attention_heads\":65536,\"head_dim\":65536,"
        + "\"intermediate_size\":1,\"vocab_size\":1,\"max_position_embeddings\":1}";

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Huge"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json': The parameter count the sizes imply must "
            + "not exceed 9223372036854775807: {...}");
  }

  @Test
  void parse_longValue_isShownCutAndOnOneLine() {
    String json = with(LLAMA, "\"torch_dtype\":\"" + "x\\n".repeat(1000) + "\"");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid JSON in 'config.json' at torch_dtype: Must be bfloat16, "
            + "float16 or float32: \"x\\nx\\n")
        .hasMessageEndingWith("... (3002 characters)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(200));
  }

  //-----------------------------------------------------------------------
  // context window: max_position_embeddings and rope_scaling, as vLLM derives it
  @Test
  void parse_llama3RopeScaling_windowIsMaxPositionEmbeddings() {
    // Llama-3.1: rope_type llama3, factor 8 from 8192; max_position_embeddings 131072 already is
    // the extended window (vLLM leaves llama3, longrope and su unchanged)
    assertThat(bundled("llama-3.1-8b.config.json").contextLength()).isEqualTo(131_072);
  }

  @Test
  void parse_yarnRopeScaling_windowIsOriginalTimesFactor() {
    // DeepSeek-V3: yarn factor 40 from 4096 = 163840; gpt-oss: yarn factor 32 from 4096 = 131072
    assertThat(bundled("deepseek-v3.config.json").contextLength()).isEqualTo(163_840);
    assertThat(bundled("gpt-oss-120b.config.json").contextLength()).isEqualTo(131_072);
    // Qwen3's documented YaRN: factor 4 from 32768 = 131072, beyond its 40960 positions
    String qwen = with(LLAMA.replace("\"llama\"", "\"qwen3\""), "\"rope_scaling\":{\"rope_type\":"
        + "\"yarn\",\"factor\":4.0,\"original_max_position_embeddings\":32768}");
    assertThat(HuggingFaceConfig.parse(qwen, "Q").contextLength()).isEqualTo(131_072);
  }

  @Test
  void parse_linearRopeScaling_multipliesTheWindow() {
    String json = with(LLAMA, "\"rope_scaling\":{\"type\":\"linear\",\"factor\":2.5}");

    // 256 x 2.5
    assertThat(HuggingFaceConfig.parse(json, "Tiny").contextLength()).isEqualTo(640);
  }

  @Test
  void parse_gemma3_ropeScalingAlreadyInTheWindow() {
    // Gemma-3-27B: rope_scaling linear factor 8, but 131072 already is the scaled window
    assertThat(bundled("gemma-3-27b.config.json").contextLength()).isEqualTo(131_072);
  }

  @Test
  void parse_ropeFactorOutOfRange_throwsAtTheKey() {
    String json = with(LLAMA, "\"rope_scaling\":{\"rope_type\":\"dynamic\",\"factor\":0.5}");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at rope_scaling.factor: Number must be in "
            + "[1, 1024]: 0.5");
  }

  @Test
  void parse_ropeWindowBeyondRange_throwsAtTheFactor() {
    String json = with(LLAMA.replace("\"max_position_embeddings\":256",
        "\"max_position_embeddings\":1073741824"),
        "\"rope_scaling\":{\"rope_type\":\"linear\",\"factor\":2}");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON in 'config.json' at rope_scaling.factor: Context window "
            + "1073741824 x factor must not exceed 1073741824 tokens: 2");
  }

  //-----------------------------------------------------------------------
  // checkpoint precision: torch_dtype and quantization_config
  @Test
  void parse_torchDtype_setsTheCheckpointPrecision() {
    CheckpointPrecision bf16 = HuggingFaceConfig.parse(with(LLAMA,
        "\"torch_dtype\":\"bfloat16\""), "T").checkpointPrecision().orElseThrow();
    CheckpointPrecision fp16 = HuggingFaceConfig.parse(with(LLAMA,
        "\"dtype\":\"float16\""), "T").checkpointPrecision().orElseThrow();

    assertThat(bf16.precision()).isEqualTo(Precision.bf16());
    assertThat(bf16.origin()).isEqualTo("torch_dtype bfloat16");
    assertThat(fp16.precision()).isEqualTo(Precision.uniform(NumericFormat.FP16));
    assertThat(fp16.origin()).isEqualTo("dtype float16");
  }

  @Test
  void parse_float32OrNoDtype_isServedInBf16() {
    // vLLM's --dtype auto downcasts float32 (and undeclared) checkpoints (_resolve_auto_dtype)
    CheckpointPrecision fp32 = bundled("gemma-2-9b.config.json").checkpointPrecision()
        .orElseThrow();
    CheckpointPrecision none = HuggingFaceConfig.parse(LLAMA, "T").checkpointPrecision()
        .orElseThrow();

    assertThat(fp32.precision()).isEqualTo(Precision.bf16());
    assertThat(fp32.origin()).isEqualTo("torch_dtype float32, served in BF16 as vLLM downcasts "
        + "float32 checkpoints");
    assertThat(none.precision()).isEqualTo(Precision.bf16());
    assertThat(none.origin()).isEqualTo("torch_dtype absent: BF16, as vLLM serves float32 "
        + "checkpoints");
  }

  @Test
  void parse_deepSeekR1_fp8With128x128BlockScales() {
    CheckpointPrecision c = bundled("deepseek-r1.config.json").checkpointPrecision()
        .orElseThrow();

    assertThat(c.precision().weights()).isEqualTo(NumericFormat.FP8_E4M3_128X128);
    assertThat(c.precision().expertWeights()).isEqualTo(NumericFormat.FP8_E4M3_128X128);
    assertThat(c.precision().embeddings()).isEqualTo(NumericFormat.BF16);
    assertThat(c.precision().kvCache()).isEqualTo(NumericFormat.BF16);
    assertThat(c.precision().activations()).isEqualTo(NumericFormat.FP8_E4M3);
    assertThat(c.origin()).isEqualTo("quantization_config fp8 (e4m3, 128x128 block scales, "
        + "dynamic FP8 activations; embeddings BF16), torch_dtype bfloat16");
  }

  @Test
  void parse_gptOss_mxfp4ExpertsAndTheRestInBf16() {
    CheckpointPrecision c = bundled("gpt-oss-120b.config.json").checkpointPrecision()
        .orElseThrow();

    assertThat(c.precision().expertWeights()).isEqualTo(NumericFormat.MXFP4);
    // modules_to_not_convert names model.layers.*.self_attn: attention stays unquantised
    assertThat(c.precision().weights()).isEqualTo(NumericFormat.BF16);
    assertThat(c.precision().embeddings()).isEqualTo(NumericFormat.BF16);
    assertThat(c.precision().activations()).isEqualTo(NumericFormat.BF16);
    assertThat(c.origin()).isEqualTo("quantization_config mxfp4 (routed experts; attention, "
        + "routers and embeddings BF16), torch_dtype absent: BF16, as vLLM serves float32 "
        + "checkpoints");
  }

  @Test
  void parse_gptqFourBit_int4WithGroupScales() {
    String json = with(LLAMA, "\"torch_dtype\":\"float16\",\"quantization_config\":{"
        + "\"quant_method\":\"gptq\",\"bits\":4,\"group_size\":128,\"desc_act\":false}");

    CheckpointPrecision c = HuggingFaceConfig.parse(json, "T").checkpointPrecision()
        .orElseThrow();

    assertThat(c.precision().weights()).isEqualTo(NumericFormat.INT4_G128);
    assertThat(c.precision().embeddings()).isEqualTo(NumericFormat.FP16);
    assertThat(c.precision().activations()).isEqualTo(NumericFormat.FP16);
    assertThat(c.origin()).isEqualTo("quantization_config gptq (4-bit, group 128 scales), "
        + "torch_dtype float16");
  }

  @Test
  void parse_fp8PerTensor_fp8WithoutBlockScales() {
    String json = with(LLAMA, "\"torch_dtype\":\"bfloat16\",\"quantization_config\":{"
        + "\"quant_method\":\"fp8\",\"activation_scheme\":\"static\"}");

    Precision p = HuggingFaceConfig.parse(json, "T").defaultPrecision();

    assertThat(p.weights()).isEqualTo(NumericFormat.FP8_E4M3);
    assertThat(p.computeFormat()).isEqualTo(ComputeFormat.FP8);
  }

  @Test
  void parse_unreadQuantizationMethod_saysSoInTheOrigin() {
    String json = with(LLAMA, "\"torch_dtype\":\"bfloat16\",\"quantization_config\":{"
        + "\"quant_method\":\"compressed-tensors\"}");

    CheckpointPrecision c = HuggingFaceConfig.parse(json, "T").checkpointPrecision()
        .orElseThrow();

    assertThat(c.precision()).isEqualTo(Precision.bf16());
    assertThat(c.origin()).isEqualTo("torch_dtype bfloat16; quantization_config quant_method "
        + "'compressed-tensors' is not read: give the weight format to size it as stored");
  }

  @Test
  void parse_badQuantizationFields_throwAtTheirKeys() {
    String gptq8 = with(LLAMA, "\"quantization_config\":{\"quant_method\":\"awq\",\"bits\":8}");
    String block = with(LLAMA, "\"quantization_config\":{\"quant_method\":\"fp8\","
        + "\"weight_block_size\":[128]}");
    String noMethod = with(LLAMA, "\"quantization_config\":{\"bits\":4}");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(gptq8, "T"))
        .hasMessage("Invalid JSON in 'config.json' at quantization_config.bits: Must be 4: only "
            + "4-bit awq is supported: 8");
    assertThatThrownBy(() -> HuggingFaceConfig.parse(block, "T"))
        .hasMessage("Invalid JSON in 'config.json' at quantization_config.weight_block_size: "
            + "Must have two entries (rows, columns): [...]");
    assertThatThrownBy(() -> HuggingFaceConfig.parse(noMethod, "T"))
        .hasMessage("Invalid JSON in 'config.json' at quantization_config.quant_method: Missing "
            + "required field 'quant_method' (model_type 'llama')");
  }
}
