/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.immutables.value.Value;

/**
 * Which layers attend only to a local window of recent tokens, and how wide the window is, such
 * as 'every even layer of Gemma-2-27B looks back 4096 tokens'.
 *
 * <p>Layers are numbered from 0. A local (sliding-window) layer holds at most {@link #window()}
 * tokens of KV cache per sequence; every other layer is global and holds the whole context.
 * Mistral-7B-v0.1 has every layer local; Gemma-2 and gpt-oss alternate local and global layers;
 * Gemma-3 has five local layers for each global one; Qwen2 with {@code use_sliding_window} has
 * local layers from {@code max_window_layers} on.
 *
 * <p>The stored model is a repeating pattern, so that its size and every question asked of it
 * depend on the number of distinct layer kinds, never on the number of layers: the first local
 * layer ({@link #firstLocalLayer()}), a {@link #period()}, the positions of the local layers
 * within one period counted from the first local layer ({@link #localOffsets()}, starting with
 * 0), and the {@link #span()} from the first local layer to the last one. The form is canonical
 * (the period is the shortest that repeats, and the span ends on a local layer), so two
 * patterns with the same local layers are equal however they were built:
 * {@code periodic(4096, 6, 2)} equals {@code of(4096, List.of(0, 2, 4))}.
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
public abstract class SlidingWindow {

  /** The longest period {@link #periodic(int, int, int)} accepts. */
  public static final int MAX_PERIOD = 1024;

  SlidingWindow() {}

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code SlidingWindow} from the window and the local layers.
   *
   * <p>The work is proportional to the number of layers listed.
   *
   * @param window the window in tokens, positive
   * @param localLayers the indices of the local layers, in increasing order, not null
   * @return the sliding-window pattern, not null
   * @throws IllegalArgumentException if the window is not positive, an index is negative, or
   *     the indices are not strictly increasing
   */
  public static SlidingWindow of(int window, List<Integer> localLayers) {
    Objects.requireNonNull(localLayers, "localLayers");
    Checks.positive(window, "Sliding window");
    int[] layers = increasing(localLayers, "localLayers", Integer.MAX_VALUE,
        "Local layer indices must be strictly increasing");
    if (layers.length == 0) {
      return none(window);
    }
    return canonical(window, layers[0], relative(layers, layers[0]), layers.length);
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
    return fromLayer(window, 0, layers);
  }

  /**
   * Obtains the pattern in which the layers from one on are local and those before it global,
   * as in Qwen2 with {@code use_sliding_window} (local from {@code max_window_layers} on).
   *
   * @param window the window in tokens, positive
   * @param firstLocalLayer the first local layer, not negative
   * @param layers the number of layers, positive; none is local when it is not above
   *     {@code firstLocalLayer}
   * @return the sliding-window pattern, not null
   * @throws IllegalArgumentException if the window or the layer count is not positive, or the
   *     first local layer is negative
   */
  public static SlidingWindow fromLayer(int window, int firstLocalLayer, int layers) {
    Checks.positive(layers, "Layer count");
    Checks.notNegative(firstLocalLayer, "First local layer");
    return repeating(window, firstLocalLayer, 1, List.of(0), layers);
  }

  /**
   * Obtains the pattern in which one layer in every {@code period} is global and the rest are
   * local, the global one last: period 2 gives local layers 0, 2, 4, ... (Gemma-2), period 6
   * gives five local layers then a global one (Gemma-3).
   *
   * @param window the window in tokens, positive
   * @param layers the number of layers, positive
   * @param period the length of the repeating pattern, from 2 to {@value #MAX_PERIOD}
   * @return the sliding-window pattern, not null
   * @throws IllegalArgumentException if the window or the layer count is not positive, or the
   *     period is out of range
   */
  public static SlidingWindow periodic(int window, int layers, int period) {
    Checks.positive(layers, "Layer count");
    if (period < 2 || period > MAX_PERIOD) {
      throw new IllegalArgumentException("Sliding-window period must be in [2, " + MAX_PERIOD
          + "]: " + period);
    }
    List<Integer> local = new ArrayList<>(period - 1);
    for (int i = 0; i < period - 1; i++) {
      local.add(i);
    }
    return repeating(window, 0, period, local, layers);
  }

  /**
   * Obtains the pattern that repeats every {@code period} layers from {@code firstLayer} on,
   * below {@code layers}: layer {@code firstLayer + k x period + o} is local for every
   * {@code k >= 0} and every offset {@code o} of {@code localOffsets}.
   *
   * <p>The work is proportional to the number of offsets, whatever the layer count.
   *
   * @param window the window in tokens, positive
   * @param firstLayer where the pattern starts, not negative
   * @param period the length of the pattern, positive
   * @param localOffsets the positions of the local layers within one period, in increasing
   *     order, each from 0 to {@code period - 1}, not null
   * @param layers the layer count that ends the pattern, not negative
   * @return the sliding-window pattern, not null
   * @throws IllegalArgumentException if the window or period is not positive, the first layer
   *     or the layer count is negative, or an offset is out of order or out of range
   */
  public static SlidingWindow repeating(int window, int firstLayer, int period,
      List<Integer> localOffsets, int layers) {
    Objects.requireNonNull(localOffsets, "localOffsets");
    Checks.positive(window, "Sliding window");
    Checks.notNegative(firstLayer, "First layer");
    Checks.positive(period, "Period");
    Checks.notNegative(layers, "Layer count");
    int[] offsets = increasing(localOffsets, "localOffsets", period,
        "Local offsets must be strictly increasing and less than the period " + period);
    if (offsets.length == 0 || layers <= (long) firstLayer + offsets[0]) {
      return none(window);
    }
    // start at the first local layer: the offsets shift down by the first one
    long first = (long) firstLayer + offsets[0];
    int[] shifted = relative(offsets, offsets[0]);
    // the last local layer below the layer count
    long rel = layers - 1 - first;
    long periods = rel / period;
    int rest = (int) (rel % period);
    int i = Arrays.binarySearch(shifted, rest);
    int lastOffset = shifted[i >= 0 ? i : -i - 2];
    long span = periods * period + lastOffset + 1;
    if (span <= 2L * period) {
      // short: list the local layers (at most two periods' worth) and find the shortest period
      int[] positions = new int[2 * shifted.length];
      int n = 0;
      for (long base = 0; base < span; base += period) {
        for (int o : shifted) {
          if (base + o < span) {
            positions[n++] = (int) (base + o);
          }
        }
      }
      return canonical(window, (int) first, Arrays.copyOf(positions, n), n);
    }
    // at least two whole periods: the shortest period divides this one (Fine and Wilf)
    int shortest = shortestDividingPeriod(shifted, period);
    int count = 0;
    while (count < shifted.length && shifted[count] < shortest) {
      count++;
    }
    return create(window, (int) first, shortest, Arrays.copyOf(shifted, count), (int) span);
  }

  @JsonCreator
  static SlidingWindow fromJson(@JsonProperty("window") int window,
      @JsonProperty("firstLocalLayer") int firstLocalLayer, @JsonProperty("period") int period,
      @JsonProperty("localOffsets") List<Integer> localOffsets,
      @JsonProperty("span") int span) {
    Checks.notNegative(span, "Span");
    long end = (long) firstLocalLayer + span;
    if (end > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("First local layer plus span must not exceed "
          + Integer.MAX_VALUE + ": " + end);
    }
    return repeating(window, firstLocalLayer, period, localOffsets, (int) end);
  }

  /**
   * The values as an array, each checked: not null, not negative, below a bound, and each
   * greater than the one before (layer indices have no bound but {@code Integer.MAX_VALUE}, and
   * their own message for a negative one).
   */
  private static int[] increasing(List<Integer> values, String name, int bound, String rule) {
    int[] out = new int[values.size()];
    int previous = -1;
    for (int i = 0; i < out.length; i++) {
      int value = Objects.requireNonNull(values.get(i), name + " element");
      if (value < 0 && bound == Integer.MAX_VALUE) {
        throw new IllegalArgumentException("Local layer index must not be negative: " + value);
      }
      if (value <= previous || value >= bound) {
        throw new IllegalArgumentException(rule + ": " + values);
      }
      out[i] = value;
      previous = value;
    }
    return out;
  }

  private static SlidingWindow none(int window) {
    return create(window, 0, 1, new int[0], 0);
  }

  private static int[] relative(int[] values, int origin) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] - origin;
    }
    return out;
  }

  /**
   * The canonical pattern of local layers listed explicitly: {@code positions} relative to the
   * first local layer, the first 0, increasing; the shortest period found from the gaps between
   * them (Knuth-Morris-Pratt).
   */
  private static SlidingWindow canonical(int window, int first, int[] positions, int count) {
    int gaps = count - 1;
    int span = positions[count - 1] + 1;
    if (gaps == 0) {
      return create(window, first, 1, new int[] {0}, span);
    }
    // the mask of layers is p-periodic exactly when the gap sequence is j-periodic with
    // p = positions[j]; the shortest gap period gives the shortest layer period
    int[] prefix = new int[gaps];
    for (int i = 1; i < gaps; i++) {
      int k = prefix[i - 1];
      int gi = positions[i + 1] - positions[i];
      while (k > 0 && gi != positions[k + 1] - positions[k]) {
        k = prefix[k - 1];
      }
      if (gi == positions[k + 1] - positions[k]) {
        k++;
      }
      prefix[i] = k;
    }
    int j = gaps - prefix[gaps - 1];
    return create(window, first, positions[j], Arrays.copyOf(positions, j), span);
  }

  /** The shortest d dividing the period for which the cyclic pattern repeats every d layers. */
  private static int shortestDividingPeriod(int[] offsets, int period) {
    List<Integer> divisors = new ArrayList<>();
    for (int d = 1; (long) d * d <= period; d++) {
      if (period % d == 0) {
        divisors.add(d);
        if (d != period / d) {
          divisors.add(period / d);
        }
      }
    }
    Collections.sort(divisors);
    for (int d : divisors) {
      // each block of d layers holds the same number of local layers
      if (d < period && (long) offsets.length * d % period == 0
          && repeatsEvery(offsets, period, d)) {
        return d;
      }
    }
    return period;
  }

  private static boolean repeatsEvery(int[] offsets, int period, int d) {
    for (int o : offsets) {
      if (Arrays.binarySearch(offsets, (int) (((long) o + d) % period)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static SlidingWindow create(int window, int first, int period, int[] offsets,
      int span) {
    List<Integer> list = new ArrayList<>(offsets.length);
    for (int o : offsets) {
      list.add(o);
    }
    return ImmutableSlidingWindow.of(window, first, period, list, span);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the number of most recent tokens a local layer attends to and caches.
   *
   * @return the window in tokens, positive
   */
  @Value.Parameter(order = 0)
  public abstract int window();

  /**
   * Returns the index of the first local layer.
   *
   * @return the index, 0 when there is no local layer, not negative
   */
  @Value.Parameter(order = 1)
  public abstract int firstLocalLayer();

  /**
   * Returns the length of the shortest repeating pattern of local and global layers from the
   * first local layer on.
   *
   * @return the period in layers, positive
   */
  @Value.Parameter(order = 2)
  public abstract int period();

  /**
   * Returns the positions of the local layers within one period, counted from the first local
   * layer.
   *
   * @return the offsets, in increasing order, the first 0, empty when no layer is local, not null
   */
  @Value.Parameter(order = 3)
  public abstract List<Integer> localOffsets();

  /**
   * Returns the number of layers from the first local layer to the last one, both included.
   *
   * @return the span, 0 when no layer is local, not negative
   */
  @Value.Parameter(order = 4)
  public abstract int span();

  //-----------------------------------------------------------------------
  /**
   * Returns the number of local layers.
   *
   * @return the count, not negative
   */
  @JsonIgnore
  public int localLayerCount() {
    return (int) localLayersBelow((long) firstLocalLayer() + span());
  }

  /**
   * Returns the number of local layers from {@code from} (included) to {@code to} (excluded),
   * such as those of one pipeline stage.
   *
   * @param from the first layer, not negative
   * @param to the layer after the last, not less than {@code from}
   * @return the count, not negative
   * @throws IllegalArgumentException if {@code from} is negative or above {@code to}
   */
  public int localLayersIn(int from, int to) {
    Checks.notNegative(from, "First layer");
    if (to < from) {
      throw new IllegalArgumentException("Layer range must not end before it starts: " + from
          + "/" + to);
    }
    return (int) (localLayersBelow(to) - localLayersBelow(from));
  }

  private long localLayersBelow(long layer) {
    long rel = Math.min(layer, (long) firstLocalLayer() + span()) - firstLocalLayer();
    if (rel <= 0) {
      return 0;
    }
    List<Integer> offsets = localOffsets();
    long whole = rel / period() * offsets.size();
    int rest = (int) (rel % period());
    int i = Collections.binarySearch(offsets, rest);
    return whole + (i >= 0 ? i : -i - 1);
  }

  /**
   * Returns the index of the last local layer.
   *
   * @return the index, or -1 when no layer is local
   */
  @JsonIgnore
  public int lastLocalLayer() {
    return span() == 0 ? -1 : firstLocalLayer() + span() - 1;
  }

  /**
   * Checks if a layer is local.
   *
   * @param layer the layer index
   * @return true if the layer attends only to the window
   */
  public boolean isLocal(int layer) {
    long rel = (long) layer - firstLocalLayer();
    return rel >= 0 && rel < span()
        && Collections.binarySearch(localOffsets(), (int) (rel % period())) >= 0;
  }

  /**
   * Returns the indices of the local layers, in increasing order, as a list computed on access
   * (it holds no entry per layer).
   *
   * @return the indices, unmodifiable, not null
   */
  @JsonIgnore
  public List<Integer> localLayers() {
    return new LocalLayers(this);
  }

  /** The local layers, computed from the pattern on access. */
  private static final class LocalLayers extends AbstractList<Integer> implements RandomAccess {
    private final SlidingWindow w;
    private final int size;

    LocalLayers(SlidingWindow w) {
      this.w = w;
      this.size = w.localLayerCount();
    }

    @Override
    public Integer get(int index) {
      Objects.checkIndex(index, size);
      List<Integer> offsets = w.localOffsets();
      return (int) (w.firstLocalLayer() + (long) (index / offsets.size()) * w.period()
          + offsets.get(index % offsets.size()));
    }

    @Override
    public int size() {
      return size;
    }
  }

  //-----------------------------------------------------------------------
  @Value.Check
  protected final void check() {
    Checks.positive(window(), "Sliding window");
    Checks.notNegative(firstLocalLayer(), "First local layer");
    Checks.positive(period(), "Period");
    Checks.notNegative(span(), "Span");
    List<Integer> offsets = localOffsets();
    if (offsets.isEmpty() != (span() == 0)
        || !offsets.isEmpty() && (offsets.get(0) != 0 || period() > span())) {
      throw new IllegalArgumentException("inference-econ bug: sliding-window pattern not "
          + "canonical: " + this);
    }
  }
}
