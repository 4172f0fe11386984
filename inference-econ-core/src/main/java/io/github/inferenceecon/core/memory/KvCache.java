/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import io.github.inferenceecon.core.ContextWindowExceededException;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.architecture.SlidingWindow;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.ByteSize;
import java.util.Objects;

/**
 * The size of a model's KV cache: per token, per sequence, per batch, and per device.
 *
 * <p>Elements cached per token and layer:
 * <ul>
 *   <li>MHA, GQA, MQA: {@code 2 x kvHeads x headDim} (a key and a value per KV head), so
 *       Llama-3.1-70B caches 80 x 8 x 128 x 2 = 163,840 elements, 327,680 bytes in BF16;
 *   <li>MLA: {@code kvLoraRank + qkRopeHeadDim}, the compressed latent and the decoupled RoPE key
 *       (DeepSeek-V3: 61 x 576 = 35,136 elements, 70,272 bytes in BF16), not keys and values for
 *       its 128 heads.
 * </ul>
 * A sliding-window (local) layer holds at most its window of tokens per sequence; a global layer
 * holds the whole context, which must not exceed the model's context window. Sizes are in the KV
 * cache's own {@link NumericFormat}, block scales included, rounded up to whole bytes.
 *
 * <p>Paged attention (vLLM) allocates a sequence's cache in blocks of {@code blockSize} tokens;
 * the paged overloads round each layer's token count up to whole blocks. vLLM's default block
 * size is 16 tokens ({@code --block-size}, docs.vllm.ai engine arguments).
 *
 * <p>Per device: tensor parallelism splits the KV heads ({@link Deployment#kvHeadsPerDevice()};
 * heads are replicated when the degree exceeds them), but not an MLA latent, which every
 * tensor-parallel rank holds whole; pipeline parallelism splits the layers into stages, and the
 * largest stage is reported.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KvCache {

  /** vLLM's default paged-attention block size, in tokens. */
  public static final int DEFAULT_BLOCK_SIZE = 16;

  private KvCache() {}

  /**
   * Returns the cache one token adds when it is within every layer's window (every layer
   * caches it).
   *
   * @param model the model, not null
   * @param format the KV cache format, not null
   * @return the bytes per token, not null
   */
  public static ByteSize perToken(ModelArchitecture model, NumericFormat format) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(format, "format");
    return format.storageOf(Math.multiplyExact(elementsPerTokenPerLayer(model, model.kvHeads()),
        (long) model.layers()));
  }

  /**
   * Returns the cache one token adds in the global (full-attention) layers only, which is what
   * each token beyond the window costs in a model with local layers.
   *
   * @param model the model, not null
   * @param format the KV cache format, not null
   * @return the bytes per token, not null
   */
  public static ByteSize perTokenGlobalLayers(ModelArchitecture model, NumericFormat format) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(format, "format");
    long globalLayers = model.layers()
        - model.slidingWindow().map(SlidingWindow::localLayerCount).orElse(0);
    return format.storageOf(Math.multiplyExact(elementsPerTokenPerLayer(model, model.kvHeads()),
        globalLayers));
  }

  /**
   * Returns the cache of one sequence of a context length, local layers capped at their window.
   *
   * @param model the model, not null
   * @param format the KV cache format, not null
   * @param contextTokens the tokens in the sequence, not negative
   * @return the bytes, not null
   * @throws IllegalArgumentException if the context is negative
   */
  public static ByteSize perSequence(ModelArchitecture model, NumericFormat format,
      long contextTokens) {
    return perSequence(model, format, contextTokens, 1);
  }

  /**
   * Returns the cache of one sequence with paged-attention block rounding: each layer's tokens
   * rounded up to whole blocks.
   *
   * @param model the model, not null
   * @param format the KV cache format, not null
   * @param contextTokens the tokens in the sequence, not negative
   * @param blockSize the tokens per block, positive (1 for no rounding)
   * @return the bytes, not null
   * @throws ContextWindowExceededException if the context is longer than the model's window
   * @throws IllegalArgumentException if the context is negative or the block size not positive
   */
  public static ByteSize perSequence(ModelArchitecture model, NumericFormat format,
      long contextTokens, int blockSize) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(format, "format");
    model.checkContext(contextTokens);
    return format.storageOf(elements(model, model.kvHeads(), 0, model.layers(), contextTokens,
        blockSize));
  }

  /**
   * Returns the cache of a batch of sequences of one context length, with block rounding.
   *
   * @param model the model, not null
   * @param format the KV cache format, not null
   * @param contextTokens the tokens in each sequence, not negative
   * @param sequences the number of sequences, not negative
   * @param blockSize the tokens per block, positive (1 for no rounding)
   * @return the bytes, not null
   * @throws ContextWindowExceededException if the context is longer than the model's window
   * @throws IllegalArgumentException if a count is negative or the block size not positive
   * @throws ArithmeticException if the size overflows a {@code long}
   */
  public static ByteSize perBatch(ModelArchitecture model, NumericFormat format,
      long contextTokens, long sequences, int blockSize) {
    Checks.notNegative(sequences, "Sequence count");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(format, "format");
    model.checkContext(contextTokens);
    long perSequence = elements(model, model.kvHeads(), 0, model.layers(), contextTokens,
        blockSize);
    return format.storageOf(Checks.multiplyExact(perSequence, sequences,
        "KV cache elements of the batch (per sequence x sequences)"));
  }

  /**
   * Returns the cache of one sequence on the device of a deployment that holds the most of it:
   * KV heads split by tensor parallelism (an MLA latent is not split), layers by pipeline
   * stage, the largest stage taken.
   *
   * @param deployment the deployment, not null
   * @param contextTokens the tokens in the sequence, not negative
   * @param blockSize the tokens per block, positive (1 for no rounding)
   * @return the bytes per device, not null
   * @throws ContextWindowExceededException if the context is longer than the model's window
   * @throws IllegalArgumentException if the context is negative or the block size not positive
   */
  public static ByteSize perSequencePerDevice(Deployment deployment, long contextTokens,
      int blockSize) {
    Objects.requireNonNull(deployment, "deployment");
    deployment.model().checkContext(contextTokens);
    ByteSize largest = ByteSize.ZERO;
    for (int stage = 0; stage < deployment.pipelineParallel(); stage++) {
      largest = largest.max(perSequenceOnStage(deployment, stage, contextTokens, blockSize));
    }
    return largest;
  }

  /**
   * Returns the cache of one sequence on one device of a pipeline stage.
   *
   * @param deployment the deployment, not null
   * @param stage the pipeline stage, from 0
   * @param contextTokens the tokens in the sequence, not negative
   * @param blockSize the tokens per block, positive
   * @return the bytes per device of that stage, not null
   */
  static ByteSize perSequenceOnStage(Deployment deployment, int stage, long contextTokens,
      int blockSize) {
    ModelArchitecture model = deployment.model();
    int[] range = Stages.layers(model.layers(), deployment.pipelineParallel(), stage);
    return deployment.precision().kvCache().storageOf(elements(model,
        deployment.kvHeadsPerDevice(), range[0], range[1], contextTokens, blockSize));
  }

  /** Elements cached per token in one layer with a given number of KV heads. */
  static long elementsPerTokenPerLayer(ModelArchitecture model, int kvHeads) {
    return model.latentAttention()
        .map(mla -> (long) mla.cachedElementsPerLayer())
        .orElse(2L * kvHeads * model.headDim());
  }

  /**
   * Elements cached by one sequence in layers [from, to): the work depends on the sliding-window
   * pattern's size, not on the layer count.
   */
  static long elements(ModelArchitecture model, int kvHeads, int from, int to,
      long contextTokens, int blockSize) {
    Checks.notNegative(contextTokens, "Context length");
    Checks.positive(blockSize, "Block size");
    long perToken = elementsPerTokenPerLayer(model, kvHeads);
    long global = roundUp(contextTokens, blockSize);
    SlidingWindow window = model.slidingWindow().orElse(null);
    long localLayers = window == null ? 0 : window.localLayersIn(from, to);
    long local = window == null ? global
        : roundUp(Math.min(contextTokens, window.window()), blockSize);
    long globalLayers = to - from - localLayers;
    long inGlobal = globalLayers == 0 ? 0
        : Math.multiplyExact(globalLayers, Math.multiplyExact(global, perToken));
    long inLocal = localLayers == 0 ? 0
        : Math.multiplyExact(localLayers, Math.multiplyExact(local, perToken));
    return Math.addExact(inGlobal, inLocal);
  }

  private static long roundUp(long tokens, int blockSize) {
    long blocks = tokens / blockSize + (tokens % blockSize == 0 ? 0 : 1);
    return Math.multiplyExact(blocks, (long) blockSize);
  }
}
