/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code architecture} package (test scope).
 *
 * <p>Composites are built from their parts, each part drawn within its valid range, so no
 * generated value is filtered away. Sizes stay within real models' ranges (hidden up to 16384,
 * 128 layers, 256 experts), far from {@code long} overflow.
 */
public final class ArchitectureGenerators {

  private ArchitectureGenerators() {}

  /**
   * Returns multi-head latent attention shapes, with and without query compression.
   *
   * @return the generator, not null
   */
  public static Gen<LatentAttention> latentAttentions() {
    Gen<Integer> dims = integers().between(1, 1024);
    Gen<Optional<Integer>> qRanks = integers().between(1, 4096).toOptionals(30);
    return rnd -> {
      LatentAttention.Builder b = LatentAttention.builder()
          .kvLoraRank(dims.generate(rnd))
          .qkRopeHeadDim(dims.generate(rnd))
          .qkNopeHeadDim(dims.generate(rnd))
          .vHeadDim(dims.generate(rnd));
      qRanks.generate(rnd).ifPresent(b::qLoraRank);
      return b.build();
    };
  }

  /**
   * Returns mixture-of-experts layouts for a model of some layers: 1 to 256 experts, 1 to all
   * of them per token, up to 2 shared experts, up to all layers dense before the first MoE one.
   *
   * @param layers the layer count of the model, positive
   * @return the generator, not null
   */
  public static Gen<MixtureOfExperts> mixturesOfExperts(int layers) {
    Gen<Integer> experts = integers().between(1, 256);
    Gen<Integer> any = integers().between(0, Integer.MAX_VALUE - 1);
    Gen<Integer> sizes = integers().between(1, 8192);
    Gen<Boolean> flags = booleans().all();
    return rnd -> {
      int e = experts.generate(rnd);
      return MixtureOfExperts.builder()
          .experts(e)
          .expertsPerToken(1 + any.generate(rnd) % e)
          .sharedExperts(any.generate(rnd) % 3)
          .expertIntermediateSize(sizes.generate(rnd))
          .sharedExpertIntermediateSize(sizes.generate(rnd))
          .denseLayersBefore(any.generate(rnd) % (layers + 1))
          .routerBiased(flags.generate(rnd))
          .expertBiased(flags.generate(rnd))
          .build();
    };
  }

  /**
   * Returns sliding-window patterns for a model of some layers: every layer local, or one
   * global layer in every 2 to 8.
   *
   * @param layers the layer count of the model, positive
   * @return the generator, not null
   */
  public static Gen<SlidingWindow> slidingWindows(int layers) {
    Gen<Integer> windows = integers().between(1, 131_072);
    Gen<Integer> periods = integers().between(1, 8);
    return rnd -> {
      int window = windows.generate(rnd);
      int period = periods.generate(rnd);
      return period == 1 ? SlidingWindow.allLayers(window, layers)
          : SlidingWindow.periodic(window, layers, period);
    };
  }

  /**
   * Returns any repeating pattern of up to 64 layers, as the arguments of
   * {@link SlidingWindow#repeating}: a first layer from 0 to 8, a period from 1 to 9, a random
   * subset of its offsets, and a layer count from 0 to 64.
   *
   * @return the generator of {@code {firstLayer, period, offsetMask, layers}}, not null
   */
  public static Gen<int[]> repeatingPatterns() {
    Gen<Integer> firsts = integers().between(0, 8);
    Gen<Integer> periods = integers().between(1, 9);
    Gen<Integer> masks = integers().between(0, (1 << 9) - 1);
    Gen<Integer> layerCounts = integers().between(0, 64);
    return rnd -> {
      int period = periods.generate(rnd);
      return new int[] {firsts.generate(rnd), period,
          masks.generate(rnd) & ((1 << period) - 1), layerCounts.generate(rnd)};
    };
  }

  /**
   * Returns valid architectures: dense or MoE, MHA, GQA, MQA or MLA, with or without a sliding
   * window, tied or untied, with any of the structural flags.
   *
   * @return the generator, not null
   */
  public static Gen<ModelArchitecture> architectures() {
    Gen<Integer> layerCounts = integers().between(1, 128);
    Gen<Integer> kvHeadCounts = integers().between(1, 16);
    Gen<Integer> groups = integers().between(1, 8);
    Gen<Integer> headDims = Generate.pick(List.of(1, 32, 64, 80, 96, 128, 256));
    Gen<Integer> hiddenSizes = integers().between(1, 16_384);
    Gen<Integer> intermediateSizes = integers().between(1, 65_536);
    Gen<Integer> vocabSizes = integers().between(1, 300_000);
    Gen<Integer> contexts = integers().between(1, 1 << 20);
    Gen<Integer> norms = integers().between(0, 4);
    Gen<Boolean> flags = booleans().all();
    Gen<Integer> kinds = integers().between(0, 3);
    return rnd -> {
      int layers = layerCounts.generate(rnd);
      int kv = kvHeadCounts.generate(rnd);
      ModelArchitecture.Builder b = ModelArchitecture.builder()
          .name("Generated-" + layers)
          .family("generated")
          .layers(layers)
          .hiddenSize(hiddenSizes.generate(rnd))
          .attentionHeads(kv * groups.generate(rnd))
          .kvHeads(kv)
          .headDim(headDims.generate(rnd))
          .intermediateSize(intermediateSizes.generate(rnd))
          .vocabSize(vocabSizes.generate(rnd))
          .contextLength(contexts.generate(rnd))
          .tiedEmbeddings(flags.generate(rnd))
          .qkvBiased(flags.generate(rnd))
          .outputBiased(flags.generate(rnd))
          .mlpBiased(flags.generate(rnd))
          .attentionSinks(flags.generate(rnd))
          .qkNorm(flags.generate(rnd))
          .normsPerLayer(norms.generate(rnd));
      int extras = kinds.generate(rnd);
      if ((extras & 1) != 0) {
        b.mixtureOfExperts(mixturesOfExperts(layers).generate(rnd));
      }
      if ((extras & 2) != 0) {
        b.slidingWindow(slidingWindows(layers).generate(rnd));
      }
      if (flags.generate(rnd)) {
        b.latentAttention(latentAttentions().generate(rnd));
      }
      return b.build();
    };
  }
}
