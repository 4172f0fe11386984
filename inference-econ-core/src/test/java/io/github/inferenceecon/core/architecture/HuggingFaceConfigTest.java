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
        .hasMessage("Invalid field 'head_dim' in config.json (model_type 'llama'): absent, and "
            + "hidden_size 66 is not a multiple of num_attention_heads 4");
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
        .hasMessage("Unsupported model_type 'falcon' (supported: " + SUPPORTED + ")");
  }

  @Test
  void supportedModelTypes_matchTheDocumentedList() {
    assertThat(String.join(", ", HuggingFaceConfig.SUPPORTED_MODEL_TYPES)).isEqualTo(SUPPORTED);
  }

  @Test
  void parse_missingModelType_throwsNamingItAndTheSupportedTypes() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse(without(LLAMA, "model_type"), "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Missing field 'model_type' in config.json (supported model types: "
            + SUPPORTED + ")");
  }

  @Test
  void parse_missingRequiredField_throwsNamingIt() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse(without(LLAMA, "vocab_size"), "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Missing field 'vocab_size' in config.json (model_type 'llama')");
  }

  @Test
  void parse_numberAsString_throwsNamingFieldAndValue() {
    String json = LLAMA.replace("\"num_hidden_layers\":2", "\"num_hidden_layers\":\"2\"");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid field 'num_hidden_layers' in config.json (model_type 'llama'): "
            + "must be a whole number: \"2\"");
  }

  @Test
  void parse_fractionalNumber_throws() {
    String json = LLAMA.replace("\"num_hidden_layers\":2", "\"num_hidden_layers\":2.5");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid field 'num_hidden_layers' in config.json (model_type 'llama'): "
            + "must be a whole number: 2.5");
  }

  @Test
  void parse_numberBeyondInt_throws() {
    String json = LLAMA.replace("\"vocab_size\":100", "\"vocab_size\":3000000000");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid field 'vocab_size' in config.json (model_type 'llama'): "
            + "must be a whole number: 3000000000");
  }

  @Test
  void parse_booleanAsString_throws() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse(with(LLAMA, "\"tie_word_embeddings\":\"yes\""),
        "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid field 'tie_word_embeddings' in config.json (model_type 'llama'): "
            + "must be true or false: \"yes\"");
  }

  @Test
  void parse_modelTypeNotAString_throws() {
    String json = LLAMA.replace("\"llama\"", "3");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid field 'model_type' in config.json (model_type '?'): "
            + "must be a string: 3");
  }

  @Test
  void parse_malformedJson_throwsWithLineAndColumn() {
    // the stray brace is the 18th character of line 2
    String json = "{\"model_type\": \"llama\",\n  \"hidden_size\": }";

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Broken"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasCauseInstanceOf(JsonProcessingException.class)
        .hasMessageStartingWith("Malformed config.json: ")
        .hasMessageEndingWith(" at line 2, column 18");
  }

  @Test
  void parse_topLevelNotAnObject_throws() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse("[1, 2]", "Array"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Malformed config.json 'config.json': the top level must be a JSON object");
  }

  @Test
  void parse_invalidValues_failTheArchitectureRules() {
    String json = LLAMA.replace("\"num_key_value_heads\":2", "\"num_key_value_heads\":3");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KV heads must divide attention heads: 4 attention heads, 3 KV heads");
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
        .hasMessage("Invalid field 'layer_types' in config.json (model_type 'gpt_oss'): "
            + "3 entries for 4 layers");
  }

  @Test
  void parse_layerTypesUnknownEntry_throws() {
    String json = String.format(GPT_OSS, ",\"layer_types\":[\"full_attention\","
        + "\"local\",\"full_attention\",\"full_attention\"]");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid field 'layer_types' in config.json (model_type 'gpt_oss'): "
            + "entry 1 is 'local'; expected 'sliding_attention' or 'full_attention'");
  }

  @Test
  void parse_layerTypesNotAnArray_throws() {
    String json = String.format(GPT_OSS, ",\"layer_types\":\"sliding_attention\"");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid field 'layer_types' in config.json (model_type 'gpt_oss'): "
            + "must be an array: \"sliding_attention\"");
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
        .hasMessage("Invalid field 'mlp_only_layers' in config.json (model_type 'qwen3_moe'): "
            + "dense layers [0] with decoder_sparse_step 1; only all-MoE layouts are supported");
  }

  @Test
  void parse_deepSeekMoeLayerFrequencyTwo_throws() {
    String json = LLAMA.replace("\"llama\"", "\"deepseek_v3\"").replace("}",
        ",\"moe_layer_freq\":2}");

    assertThatThrownBy(() -> HuggingFaceConfig.parse(json, "Tiny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid field 'moe_layer_freq' in config.json (model_type 'deepseek_v3'): "
            + "2; only 1 (every layer after the dense ones) is supported");
  }

  @Test
  void parse_gemma3WithoutTextConfig_throws() {
    assertThatThrownBy(() -> HuggingFaceConfig.parse("{\"model_type\":\"gemma3\"}", "G"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Missing field 'text_config' in config.json (model_type 'gemma3')");
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
        .hasMessageStartingWith("Malformed config.json 'models/x/config.json': ")
        .hasMessageContaining(" at line 1, column ");
  }

  @Test
  void read_streamMissingField_namesTheOrigin() {
    InputStream in = new ByteArrayInputStream(without(LLAMA, "hidden_size")
        .getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> HuggingFaceConfig.read(in, "X", "models/x/config.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Missing field 'hidden_size' in models/x/config.json (model_type 'llama')");
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
}
