/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class LatentAttentionTest {

  /** DeepSeek-V3's MLA shape. */
  private static LatentAttention.Builder deepSeekV3() {
    return LatentAttention.builder().kvLoraRank(512).qkRopeHeadDim(64).qkNopeHeadDim(128)
        .vHeadDim(128).qLoraRank(1536);
  }

  @Test
  void cachedElementsPerLayer_deepSeekV3_is576() {
    // kv_lora_rank 512 + qk_rope_head_dim 64, not 2 x 128 heads x 128
    assertThat(deepSeekV3().build().cachedElementsPerLayer()).isEqualTo(576);
  }

  @Test
  void deepSeekV3_importedShape_matches() {
    assertThat(KnownArchitectures.get("deepseek-v3").latentAttention()).contains(
        deepSeekV3().build());
  }

  @Test
  void qLoraRank_absent_isEmpty() {
    LatentAttention mla = LatentAttention.builder().kvLoraRank(512).qkRopeHeadDim(64)
        .qkNopeHeadDim(128).vHeadDim(128).build();

    assertThat(mla.qLoraRank()).isEmpty();
  }

  @Test
  void check_zeroKvLoraRank_throws() {
    assertThatThrownBy(() -> deepSeekV3().kvLoraRank(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KV LoRA rank must be positive: 0");
  }

  @Test
  void check_zeroRopeHeadDim_throws() {
    assertThatThrownBy(() -> deepSeekV3().qkRopeHeadDim(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("QK RoPE head dim must be positive: 0");
  }

  @Test
  void check_zeroNopeHeadDim_throws() {
    assertThatThrownBy(() -> deepSeekV3().qkNopeHeadDim(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("QK nope head dim must be positive: 0");
  }

  @Test
  void check_zeroValueHeadDim_throws() {
    assertThatThrownBy(() -> deepSeekV3().vHeadDim(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("V head dim must be positive: 0");
  }

  @Test
  void check_zeroQLoraRank_throws() {
    assertThatThrownBy(() -> deepSeekV3().qLoraRank(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Q LoRA rank must be positive: 0");
  }

  @Test
  void equals_sameShape_equal() {
    assertEqualsContract(deepSeekV3().build(), deepSeekV3().build(),
        deepSeekV3().kvLoraRank(256).build());
  }

  @Test
  void fields_areFinal() {
    assertImmutable(LatentAttention.class, deepSeekV3().build());
  }

  @Test
  void json_roundTrips() {
    LatentAttention mla = deepSeekV3().build();

    assertThat(jsonRoundTrip(mla, LatentAttention.class)).isEqualTo(mla);
  }
}
