/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import static io.github.inferenceecon.core.memory.MemoryGenerators.FORMATS_BY_SIZE;
import static io.github.inferenceecon.core.memory.MemoryGenerators.denseArchitectures;
import static io.github.inferenceecon.core.memory.MemoryGenerators.formatPairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.format.NumericFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class KvCacheProperties {

  @Test
  void perSequence_neverShrinksAsTokensGrow() {
    qt().forAll(denseArchitectures(), longs().between(0, 200_000), longs().between(0, 200_000))
        .checkAssert((m, a, b) -> assertThat(KvCache.perSequence(m, NumericFormat.BF16,
            Math.min(a, b), 16)).isLessThanOrEqualTo(KvCache.perSequence(m, NumericFormat.BF16,
            Math.max(a, b), 16)));
  }

  @Test
  void perBatch_neverShrinksAsBatchGrows_andIsLinear() {
    qt().forAll(denseArchitectures(), longs().between(0, 32_768), longs().between(0, 512))
        .checkAssert((m, tokens, batch) -> {
          var one = KvCache.perBatch(m, NumericFormat.BF16, tokens, batch, 16);
          var more = KvCache.perBatch(m, NumericFormat.BF16, tokens, batch + 1, 16);
          assertThat(more).isGreaterThanOrEqualTo(one);
          // BF16 has no block scales, so the batch is exactly batch x one sequence
          assertThat(one).isEqualTo(KvCache.perSequence(m, NumericFormat.BF16, tokens, 16)
              .multipliedBy(batch));
        });
  }

  @Test
  void gqa_neverExceedsMha() {
    qt().forAll(denseArchitectures(), longs().between(0, 65_536)).checkAssert((gqa, tokens) -> {
      ModelArchitecture mha = ModelArchitecture.builder().from(gqa).kvHeads(gqa.attentionHeads())
          .build();
      assertThat(KvCache.perSequence(gqa, NumericFormat.BF16, tokens))
          .isLessThanOrEqualTo(KvCache.perSequence(mha, NumericFormat.BF16, tokens));
    });
  }

  @Test
  void smallerFormat_neverNeedsMore() {
    qt().forAll(denseArchitectures(), formatPairs(), longs().between(0, 65_536))
        .checkAssert((m, pair, tokens) -> assertThat(KvCache.perSequence(m,
            FORMATS_BY_SIZE.get(pair[0]), tokens)).isLessThanOrEqualTo(KvCache.perSequence(m,
            FORMATS_BY_SIZE.get(pair[1]), tokens)));
  }

  @Test
  void perSequence_localLayersNeverHoldMoreThanGlobal() {
    qt().forAll(denseArchitectures(), integers().between(0, 100_000)).checkAssert((m, tokens) -> {
      // a sliding-window model never caches more than the same model with every layer global
      ModelArchitecture global = ModelArchitecture.builder().from(m).slidingWindow(
          Optional.empty()).build();
      assertThat(KvCache.perSequence(m, NumericFormat.BF16, tokens))
          .isLessThanOrEqualTo(KvCache.perSequence(global, NumericFormat.BF16, tokens));
    });
  }
}
