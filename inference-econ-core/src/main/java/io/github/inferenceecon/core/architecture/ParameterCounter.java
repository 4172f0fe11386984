/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

/**
 * Counts the parameters of an architecture, component by component.
 *
 * <p>Per layer, with h the hidden size, n the query heads, k the KV heads and d the head dim:
 * <ul>
 *   <li>attention (MHA, GQA, MQA): q {@code h x n x d}, k and v {@code h x k x d} each, o
 *       {@code n x d x h}; q, k, v biases {@code (n + 2k) x d} if biased; o bias {@code h} if
 *       biased; one sink per head if used; query-key norms {@code 2d} if present;
 *   <li>attention (MLA): q_a {@code h x rq} and its norm {@code rq}, q_b
 *       {@code rq x n x (dn + dr)} (or q {@code h x n x (dn + dr)} without query compression),
 *       kv_a {@code h x (rkv + dr)} and its norm {@code rkv}, kv_b {@code rkv x n x (dn + dv)},
 *       o {@code n x dv x h};
 *   <li>dense feed-forward: {@code 3 x h x i} (gate, up, down), biases {@code 2i + h} if biased;
 *   <li>MoE feed-forward: router {@code h x E} (+ {@code E} if biased), each routed expert
 *       {@code 3 x h x ie} (+ {@code 2ie + h} if biased), each shared expert {@code 3 x h x is};
 *   <li>norms: {@code normsPerLayer x h}, plus one final norm {@code h}.
 * </ul>
 * Embedding {@code V x h}; output head {@code V x h} unless tied.
 */
final class ParameterCounter {

  private ParameterCounter() {}

  static ParameterCount count(ModelArchitecture a) {
    long h = a.hiddenSize();
    long layers = a.layers();

    long attentionPerLayer = a.latentAttention()
        .map(mla -> latentAttention(a, mla))
        .orElseGet(() -> standardAttention(a));

    long denseMlpPerLayer = feedForward(h, a.intermediateSize(), a.isMlpBiased());

    long routed = 0;
    long routedActive = 0;
    long shared = 0;
    long routers = 0;
    if (a.mixtureOfExperts().isPresent()) {
      MixtureOfExperts m = a.mixtureOfExperts().get();
      long moeLayers = a.moeLayers();
      long perExpert = feedForward(h, m.expertIntermediateSize(), m.isExpertBiased());
      routed = Math.multiplyExact(moeLayers, Math.multiplyExact(perExpert, (long) m.experts()));
      routedActive = Math.multiplyExact(moeLayers,
          Math.multiplyExact(perExpert, (long) m.expertsPerToken()));
      shared = Math.multiplyExact(moeLayers, Math.multiplyExact((long) m.sharedExperts(),
          feedForward(h, m.sharedExpertIntermediateSize(), false)));
      routers = Math.multiplyExact(moeLayers, Math.addExact(
          Math.multiplyExact(h, (long) m.experts()), m.isRouterBiased() ? m.experts() : 0));
    }

    long vocabTimesHidden = Math.multiplyExact((long) a.vocabSize(), h);
    return ParameterCount.builder()
        .embedding(vocabTimesHidden)
        .outputHead(a.isTiedEmbeddings() ? 0 : vocabTimesHidden)
        .attention(Math.multiplyExact(attentionPerLayer, layers))
        .denseMlp(Math.multiplyExact(denseMlpPerLayer, (long) a.denseLayers()))
        .routedExperts(routed)
        .routedExpertsActive(routedActive)
        .sharedExperts(shared)
        .routers(routers)
        .norms(Math.addExact(Math.multiplyExact(layers * a.normsPerLayer(), h), h))
        .build();
  }

  /** A gated feed-forward block: 3 x h x i, plus 2i + h biases if biased. */
  private static long feedForward(long h, long intermediate, boolean biased) {
    long weights = Math.multiplyExact(3 * h, intermediate);
    return biased ? Math.addExact(weights, 2 * intermediate + h) : weights;
  }

  private static long standardAttention(ModelArchitecture a) {
    long h = a.hiddenSize();
    long q = (long) a.attentionHeads() * a.headDim();
    long kv = (long) a.kvHeads() * a.headDim();
    long weights = Math.addExact(Math.multiplyExact(2 * h, q), Math.multiplyExact(2 * h, kv));
    long biases = (a.isQkvBiased() ? q + 2 * kv : 0) + (a.isOutputBiased() ? h : 0);
    long sinks = a.isAttentionSinks() ? a.attentionHeads() : 0;
    long qkNorm = a.isQkNorm() ? 2L * a.headDim() : 0;
    return Math.addExact(weights, biases + sinks + qkNorm);
  }

  private static long latentAttention(ModelArchitecture a, LatentAttention mla) {
    long h = a.hiddenSize();
    long n = a.attentionHeads();
    long qkHead = (long) mla.qkNopeHeadDim() + mla.qkRopeHeadDim();
    long query;
    if (mla.qLoraRank().isPresent()) {
      long rq = mla.qLoraRank().getAsInt();
      query = Math.addExact(Math.multiplyExact(h, rq) + rq,
          Math.multiplyExact(rq, Math.multiplyExact(n, qkHead)));
    } else {
      query = Math.multiplyExact(h, Math.multiplyExact(n, qkHead));
    }
    long kvA = Math.multiplyExact(h, (long) mla.kvLoraRank() + mla.qkRopeHeadDim())
        + mla.kvLoraRank();
    long kvB = Math.multiplyExact((long) mla.kvLoraRank(),
        Math.multiplyExact(n, (long) mla.qkNopeHeadDim() + mla.vHeadDim()));
    long out = Math.multiplyExact(n * mla.vHeadDim(), h);
    long biases = a.isOutputBiased() ? h : 0;
    return Math.addExact(Math.addExact(query, kvA), Math.addExact(Math.addExact(kvB, out), biases));
  }
}
