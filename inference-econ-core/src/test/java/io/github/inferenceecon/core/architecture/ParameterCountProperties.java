/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static io.github.inferenceecon.core.architecture.ArchitectureGenerators.architectures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

final class ParameterCountProperties {

  @Test
  void total_atLeastActive_atLeastActiveExcludingEmbedding_positive() {
    qt().forAll(architectures()).checkAssert(m -> {
      ParameterCount p = m.parameters();

      assertThat(p.total()).isGreaterThanOrEqualTo(p.active());
      assertThat(p.active()).isGreaterThanOrEqualTo(p.activeExcludingEmbedding());
      assertThat(p.activeExcludingEmbedding()).isPositive();
    });
  }

  @Test
  void components_sumToTotal() {
    qt().forAll(architectures()).checkAssert(m -> {
      ParameterCount p = m.parameters();

      assertThat(p.embedding() + p.outputHead() + p.attention() + p.denseMlp()
          + p.routedExperts() + p.sharedExperts() + p.routers() + p.norms())
          .isEqualTo(p.total());
      assertThat(p.routedExpertsActive()).isBetween(0L, p.routedExperts());
    });
  }

  @Test
  void dense_activeIsTotal() {
    qt().forAll(architectures()).checkAssert(m -> {
      if (m.moeLayers() == 0) {
        assertThat(m.activeParameters()).isEqualTo(m.totalParameters());
      } else {
        assertThat(m.activeParameters()).isLessThanOrEqualTo(m.totalParameters());
      }
    });
  }

  @Test
  void activeExcludingEmbedding_takesOffTheTableOnlyWhenUntied() {
    qt().forAll(architectures()).checkAssert(m -> {
      ParameterCount p = m.parameters();
      long vocabTimesHidden = (long) m.vocabSize() * m.hiddenSize();

      assertThat(p.embedding()).isEqualTo(vocabTimesHidden);
      assertThat(p.outputHead()).isEqualTo(m.isTiedEmbeddings() ? 0 : vocabTimesHidden);
      assertThat(p.active() - p.activeExcludingEmbedding())
          .isEqualTo(m.isTiedEmbeddings() ? 0 : vocabTimesHidden);
    });
  }

  @Test
  void untying_addsOneVocabularyTimesHidden() {
    qt().forAll(architectures()).checkAssert(m -> {
      ModelArchitecture tied = ModelArchitecture.builder().from(m).tiedEmbeddings(true).build();
      ModelArchitecture untied = ModelArchitecture.builder().from(m).tiedEmbeddings(false).build();

      assertThat(untied.totalParameters() - tied.totalParameters())
          .isEqualTo((long) m.vocabSize() * m.hiddenSize());
    });
  }

  @Test
  void moreLayers_neverFewerParameters() {
    qt().forAll(architectures(), integers().between(1, 16)).checkAssert((m, extra) -> {
      ModelArchitecture deeper = ModelArchitecture.builder().from(m)
          .layers(m.layers() + extra).build();

      assertThat(deeper.totalParameters()).isGreaterThan(m.totalParameters());
      assertThat(deeper.activeParameters()).isGreaterThanOrEqualTo(m.activeParameters());
    });
  }

  @Test
  void moreExpertsPerToken_neverFewerActive_sameTotal() {
    qt().forAll(architectures()).checkAssert(m -> m.mixtureOfExperts()
        .filter(e -> e.expertsPerToken() < e.experts())
        .ifPresent(e -> {
          ModelArchitecture busier = ModelArchitecture.builder().from(m)
              .mixtureOfExperts(MixtureOfExperts.builder().from(e)
                  .expertsPerToken(e.expertsPerToken() + 1).build())
              .build();

          assertThat(busier.totalParameters()).isEqualTo(m.totalParameters());
          assertThat(busier.activeParameters()).isGreaterThanOrEqualTo(m.activeParameters());
        }));
  }
}
