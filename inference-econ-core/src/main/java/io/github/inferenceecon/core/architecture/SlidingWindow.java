/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which layers attend only to a local window of recent tokens, and how wide the window is, such
 * as 'every even layer of Gemma-2-27B looks back 4096 tokens'.
 *
 * <p>Layers are numbered from 0 to {@code layers - 1}. A local (sliding-window) layer holds at
 * most {@link #window()} tokens of KV cache per sequence; every other layer is global and holds
 * the whole context. Mistral-7B-v0.1 has every layer local; Gemma-2 and gpt-oss alternate local
 * and global layers; Gemma-3 has five local layers for each global one.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableSlidingWindow.class)
@JsonDeserialize(as = ImmutableSlidingWindow.class)
public abstract class SlidingWindow {

  SlidingWindow() {}

  /**
   * Obtains an instance of {@code SlidingWindow} from the window and the local layers.
   *
   * @param window the window in tokens, positive
   * @param localLayers the indices of the local layers, in increasing order, not null
   * @return the sliding-window pattern, not null
   * @throws IllegalArgumentException if the window is not positive, an index is negative, or
   *     the indices are not strictly increasing
   */
  public static SlidingWindow of(int window, List<Integer> localLayers) {
    return ImmutableSlidingWindow.of(window, localLayers);
  }

  /**
   * Obtains the pattern in which every layer is local, as in Mistral-7B-v0.1.
   *
   * @param window the window in tokens, positive
   * @param layers the number of layers, positive
   * @return the sliding-window pattern, not null
   * @throws IllegalArgumentException if the window or the layer count is not positive
   */
  public static SlidingWindow allLayers(int window, int layers) {
    Checks.positive(layers, "Layer count");
    // a loop rather than a stream: bundled architectures use this at start-up, where a stream
    // pipeline's lambdas and classes cost more than the work
    List<Integer> all = new ArrayList<>(layers);
    for (int i = 0; i < layers; i++) {
      all.add(i);
    }
    return of(window, all);
  }

  /**
   * Obtains the pattern in which one layer in every {@code period} is global and the rest are
   * local, the global one last: period 2 gives local layers 0, 2, 4, ... (Gemma-2), period 6
   * gives five local layers then a global one (Gemma-3).
   *
   * @param window the window in tokens, positive
   * @param layers the number of layers, positive
   * @param period the length of the repeating pattern, at least 2
   * @return the sliding-window pattern, not null
   * @throws IllegalArgumentException if the window or the layer count is not positive, or the
   *     period is less than 2
   */
  public static SlidingWindow periodic(int window, int layers, int period) {
    Checks.positive(layers, "Layer count");
    if (period < 2) {
      throw new IllegalArgumentException("Sliding-window period must be at least 2: " + period);
    }
    // a loop rather than a stream: bundled architectures use this at start-up, where a stream
    // pipeline's lambdas and classes cost more than the work
    List<Integer> local = new ArrayList<>();
    for (int i = 0; i < layers; i++) {
      if ((i + 1) % period != 0) {
        local.add(i);
      }
    }
    return of(window, local);
  }

  /**
   * Returns the number of most recent tokens a local layer attends to and caches.
   *
   * @return the window in tokens, positive
   */
  @Value.Parameter(order = 0)
  public abstract int window();

  /**
   * Returns the indices of the local layers, in increasing order.
   *
   * @return the indices, not null
   */
  @Value.Parameter(order = 1)
  public abstract List<Integer> localLayers();

  /**
   * Returns the number of local layers.
   *
   * @return the count, not negative
   */
  public int localLayerCount() {
    return localLayers().size();
  }

  /**
   * Checks if a layer is local.
   *
   * @param layer the layer index
   * @return true if the layer attends only to the window
   */
  public boolean isLocal(int layer) {
    return Collections.binarySearch(localLayers(), layer) >= 0;
  }

  @Value.Check
  protected final void check() {
    Checks.positive(window(), "Sliding window");
    int previous = -1;
    for (int layer : localLayers()) {
      if (layer < 0) {
        throw new IllegalArgumentException("Local layer index must not be negative: " + layer);
      }
      if (layer <= previous) {
        throw new IllegalArgumentException(
            "Local layer indices must be strictly increasing: " + localLayers());
      }
      previous = layer;
    }
  }
}
