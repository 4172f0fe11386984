/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * What to plan for: models, traffic, latency targets, the hardware and APIs on offer and the
 * layouts to try, such as 'Llama-3.1-8B or -70B at 20 requests/s of 1,000 in and 200 out tokens,
 * TTFT 2 s and TPOT 50 ms at p90, on H100 or H200 at 1, 2, 4 or 8 devices, or the Sonnet API'.
 *
 * <p>The candidates are every model x hardware option x device count x tensor-parallel degree x
 * precision, and every API option:
 * <ul>
 *   <li>{@link #deviceCounts()}, 1, 2, 4 and 8 by default, are the devices of one replica;</li>
 *   <li>{@link #tensorParallelDegrees()}: when empty (the default) a replica is tensor-parallel
 *       across all its devices ({@code tp = devices, pp = 1}); otherwise every listed degree
 *       that divides a device count is tried, with the pipeline taking the rest
 *       ({@code pp = devices / tp});</li>
 *   <li>{@link #precisions()}, by default each model's checkpoint precision.</li>
 * </ul>
 *
 * <p>Sizing. A self-hosted candidate gets the fewest replicas (at most {@link #maxReplicas()})
 * such that each replica, serving an even share of {@code requestsPerSecond / utilisation},
 * meets the {@link #targets()} at their percentile, holds its sequences in memory and runs at
 * most {@link #maxConcurrency()} of them at once. The {@link #utilisation()} is thus the highest
 * fraction of the fleet's capacity under the targets that the traffic's mean rate may use, as in
 * {@link io.github.inferenceecon.core.selfhosted.SelfHostedSetup#utilisation()}: 1 (the
 * default) sizes the fleet to the mean rate, 0.5 leaves room for bursts of twice the mean. Latencies are
 * reported at the mean rate.
 *
 * <p>Money: every hourly price and API card must be in one currency. Months are average
 * Gregorian months, {@value TrafficProfile#SECONDS_PER_MONTH} seconds (730.485 hours).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanRequest.class)
@JsonDeserialize(as = ImmutablePlanRequest.class)
public abstract class PlanRequest {

  /** The default bound on the replicas of one candidate. */
  public static final int DEFAULT_MAX_REPLICAS = 10_000;

  /**
   * The highest rate a fleet is sized for, the traffic's mean rate over the
   * {@link #utilisation()}: one million requests per second (about 2.6 trillion a month).
   */
  public static final double MAX_SIZING_REQUESTS_PER_SECOND = 1_000_000;

  PlanRequest() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutablePlanRequest.builder();
  }

  /**
   * Builds a {@link PlanRequest}; the traffic and at least one API option, or at least one model
   * and one hardware option, are required.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(PlanRequest instance);

    /**
     * Adds an element to {@link PlanRequest#models() models}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addModels(ModelArchitecture element);

    /**
     * Adds elements to {@link PlanRequest#models() models}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addModels(ModelArchitecture... elements);

    /**
     * Sets the models to self-host, each with a distinct name, such as a teacher and its distilled
     * student; at least one when there is hardware on offer. Replaces any elements added before.
     * Optional: if not set, {@link PlanRequest#models() models} is empty.
     *
     * @param elements the models, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder models(Iterable<? extends ModelArchitecture> elements);

    /**
     * Adds elements to {@link PlanRequest#models() models}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllModels(Iterable<? extends ModelArchitecture> elements);

    /**
     * Sets the traffic to serve; its mean output must be at least one token. Required (see
     * {@link PlanRequest#traffic() traffic}).
     *
     * @param traffic the traffic, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code traffic} is null
     */
    public abstract Builder traffic(TrafficProfile traffic);

    /**
     * Sets the latency targets, {@link ServiceLevelTargets#none()} by default; their percentile
     * (0.9 by default) is also that of every latency the plan reports. Optional (see
     * {@link PlanRequest#targets() targets}).
     *
     * @param targets the targets, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code targets} is null
     */
    public abstract Builder targets(ServiceLevelTargets targets);

    /**
     * Adds an element to {@link PlanRequest#hardware() hardware}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addHardware(HardwareOption element);

    /**
     * Adds elements to {@link PlanRequest#hardware() hardware}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addHardware(HardwareOption... elements);

    /**
     * Sets the hardware on offer, each with a distinct id. Replaces any elements added before.
     * Optional: if not set, {@link PlanRequest#hardware() hardware} is empty.
     *
     * @param elements the options, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder hardware(Iterable<? extends HardwareOption> elements);

    /**
     * Adds elements to {@link PlanRequest#hardware() hardware}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllHardware(Iterable<? extends HardwareOption> elements);

    /**
     * Adds an element to {@link PlanRequest#deviceCounts() deviceCounts}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addDeviceCounts(int element);

    /**
     * Adds elements to {@link PlanRequest#deviceCounts() deviceCounts}, in order, after those
     * already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addDeviceCounts(int... elements);

    /**
     * Sets the devices of one replica to try, distinct and positive; 1, 2, 4 and 8 by default.
     * Replaces any elements added before. Optional: if not set,
     * {@link PlanRequest#deviceCounts() deviceCounts} is empty.
     *
     * @param elements the device counts, not empty, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder deviceCounts(Iterable<Integer> elements);

    /**
     * Adds elements to {@link PlanRequest#deviceCounts() deviceCounts}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllDeviceCounts(Iterable<Integer> elements);

    /**
     * Adds an element to {@link PlanRequest#tensorParallelDegrees() tensorParallelDegrees}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addTensorParallelDegrees(int element);

    /**
     * Adds elements to {@link PlanRequest#tensorParallelDegrees() tensorParallelDegrees}, in order,
     * after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addTensorParallelDegrees(int... elements);

    /**
     * Sets the tensor-parallel degrees to try, distinct and positive; empty (the default) for
     * tensor parallelism across all the devices of a replica. Replaces any elements added before.
     * Optional: if not set, {@link PlanRequest#tensorParallelDegrees() tensorParallelDegrees} is
     * empty.
     *
     * @param elements the degrees, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder tensorParallelDegrees(Iterable<Integer> elements);

    /**
     * Adds elements to {@link PlanRequest#tensorParallelDegrees() tensorParallelDegrees}, after
     * those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllTensorParallelDegrees(Iterable<Integer> elements);

    /**
     * Adds an element to {@link PlanRequest#precisions() precisions}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addPrecisions(Precision element);

    /**
     * Adds elements to {@link PlanRequest#precisions() precisions}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addPrecisions(Precision... elements);

    /**
     * Sets the numeric formats to try for every model, distinct, each as given. Replaces any
     * elements added before. Optional: if not set, {@link PlanRequest#precisions() precisions}
     * is empty and each model is tried in its checkpoint's precision as each accelerator runs it.
     *
     * @param elements the precisions, distinct, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder precisions(Iterable<? extends Precision> elements);

    /**
     * Adds elements to {@link PlanRequest#precisions() precisions}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllPrecisions(Iterable<? extends Precision> elements);

    /**
     * Sets the most sequences one replica may run at once (an engine's maximum batch, such as
     * vLLM's {@code max_num_seqs}); without it only memory limits the batch. Optional: if not set,
     * {@link PlanRequest#maxConcurrency() maxConcurrency} is empty.
     *
     * @param maxConcurrency the cap, positive
     * @return this builder, not null
     */
    public abstract Builder maxConcurrency(int maxConcurrency);

    /**
     * Sets {@link PlanRequest#maxConcurrency() maxConcurrency} to the value of an {@code Optional},
     * or to empty when it is empty.
     *
     * @param maxConcurrency the cap, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code maxConcurrency} is null
     */
    public abstract Builder maxConcurrency(OptionalInt maxConcurrency);

    /**
     * Sets the most replicas one self-hosted candidate may have; {@value #DEFAULT_MAX_REPLICAS} by
     * default. Optional (see {@link PlanRequest#maxReplicas() maxReplicas}).
     *
     * @param maxReplicas the bound, positive
     * @return this builder, not null
     */
    public abstract Builder maxReplicas(int maxReplicas);

    /**
     * Adds an element to {@link PlanRequest#apis() apis}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addApis(ApiOption element);

    /**
     * Adds elements to {@link PlanRequest#apis() apis}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addApis(ApiOption... elements);

    /**
     * Sets the APIs to compare, each with a distinct label. Replaces any elements added before.
     * Optional: if not set, {@link PlanRequest#apis() apis} is empty.
     *
     * @param elements the options, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder apis(Iterable<? extends ApiOption> elements);

    /**
     * Adds elements to {@link PlanRequest#apis() apis}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllApis(Iterable<? extends ApiOption> elements);

    /**
     * Sets the highest fraction of a fleet's capacity under the targets that the traffic's mean
     * rate may use; 1 by default. Optional (see {@link PlanRequest#utilisation() utilisation}).
     *
     * @param utilisation the utilisation, in (0, 1]
     * @return this builder, not null
     */
    public abstract Builder utilisation(double utilisation);

    /**
     * Builds the {@link PlanRequest}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link PlanRequest} (the
     *     message names the field, the value and the rule)
     */
    public abstract PlanRequest build();
  }

  /**
   * Returns the models to self-host, each with a distinct name, such as a teacher and its
   * distilled student; at least one when there is hardware on offer.
   *
   * @return the models, not null
   */
  public abstract List<ModelArchitecture> models();

  /**
   * Returns the traffic to serve; its mean output must be at least one token.
   *
   * @return the traffic, not null
   */
  public abstract TrafficProfile traffic();

  /**
   * Returns the latency targets, {@link ServiceLevelTargets#none()} by default; their percentile
   * (0.9 by default) is also that of every latency the plan reports.
   *
   * @return the targets, not null
   */
  @Value.Default
  public ServiceLevelTargets targets() {
    return ServiceLevelTargets.none();
  }

  /**
   * Returns the hardware on offer, each with a distinct id.
   *
   * @return the options, not null
   */
  public abstract List<HardwareOption> hardware();

  /**
   * Returns the devices of one replica to try, distinct and positive; 1, 2, 4 and 8 by default.
   *
   * @return the device counts, not empty, not null
   */
  @Value.Default
  public List<Integer> deviceCounts() {
    return List.of(1, 2, 4, 8);
  }

  /**
   * Returns the tensor-parallel degrees to try, distinct and positive; empty (the default) for
   * tensor parallelism across all the devices of a replica.
   *
   * @return the degrees, not null
   */
  public abstract List<Integer> tensorParallelDegrees();

  /**
   * Returns the numeric formats to try for every model, distinct, each as given (a candidate
   * whose accelerator has no dense peak for its compute format is rejected); empty (the
   * default) to try each model in its own default precision, the one its checkpoint ships in
   * ({@link ModelArchitecture#defaultPrecision()}), as each accelerator runs it
   * ({@link io.github.inferenceecon.core.accelerator.AcceleratorSpec#runnablePrecision}: FP8
   * checkpoints compute in BF16 on an A100).
   *
   * @return the precisions, not null
   */
  public abstract List<Precision> precisions();

  /**
   * Returns the numeric formats to try for one model: {@link #precisions()}, or the model's
   * default precision when none is given.
   *
   * @param model the model, not null
   * @return the precisions, not empty, not null
   */
  public List<Precision> precisionsFor(ModelArchitecture model) {
    Objects.requireNonNull(model, "model");
    return precisions().isEmpty() ? List.of(model.defaultPrecision()) : precisions();
  }

  /**
   * Returns the most sequences one replica may run at once (an engine's maximum batch, such as
   * vLLM's {@code max_num_seqs}); without it only memory limits the batch.
   *
   * @return the cap, positive, or empty
   */
  public abstract OptionalInt maxConcurrency();

  /**
   * Returns the most replicas one self-hosted candidate may have;
   * {@value #DEFAULT_MAX_REPLICAS} by default.
   *
   * @return the bound, positive
   */
  @Value.Default
  public int maxReplicas() {
    return DEFAULT_MAX_REPLICAS;
  }

  /**
   * Returns the APIs to compare, each with a distinct label.
   *
   * @return the options, not null
   */
  public abstract List<ApiOption> apis();

  /**
   * Returns the highest fraction of a fleet's capacity under the targets that the traffic's
   * mean rate may use; 1 by default.
   *
   * @return the utilisation, in (0, 1], with the traffic's rate over it at most
   *     {@value #MAX_SIZING_REQUESTS_PER_SECOND} requests per second
   */
  @Value.Default
  public double utilisation() {
    return 1.0;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the number of candidates: models x hardware options x layouts x precisions, plus the
   * APIs.
   *
   * @return the count, positive
   * @throws ArithmeticException if the count overflows an {@code int}
   */
  public int candidateCount() {
    int layouts = Evaluator.layouts(this).size();
    return Math.addExact(Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(
        models().size(), hardware().size()), layouts), Math.max(1, precisions().size())),
        apis().size());
  }

  /**
   * Returns the currency of every price in the request.
   *
   * @return the currency, not null
   */
  public Currency currency() {
    return hardware().isEmpty() ? apis().get(0).card().currency()
        : hardware().get(0).price().currency();
  }

  /**
   * Returns a copy of this request with other traffic.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param traffic the traffic, not null
   * @return the new instance, not null
   */
  public PlanRequest withTraffic(TrafficProfile traffic) {
    return builder().from(this).traffic(traffic).build();
  }

  /**
   * Returns the rate a fleet is sized for: the traffic's mean rate over the utilisation.
   *
   * @return the rate in requests per second, positive, at most
   *     {@value #MAX_SIZING_REQUESTS_PER_SECOND}
   */
  public double sizingRequestsPerSecond() {
    return traffic().requestsPerSecond() / utilisation();
  }

  /**
   * Returns a copy of this request with another utilisation.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param utilisation the utilisation, in (0, 1]
   * @return the new instance, not null
   * @throws IllegalArgumentException if the utilisation is outside (0, 1] or the traffic's rate
   *     over it exceeds {@value #MAX_SIZING_REQUESTS_PER_SECOND} requests per second
   */
  public PlanRequest withUtilisation(double utilisation) {
    return builder().from(this).utilisation(utilisation).build();
  }

  /**
   * Returns a copy of this request with other hardware options.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param hardware the options, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the options break a rule
   */
  public PlanRequest withHardware(List<HardwareOption> hardware) {
    return builder().from(this).hardware(hardware).build();
  }

  @Value.Check
  protected final void check() {
    if (models().isEmpty() && !hardware().isEmpty()) {
      throw new IllegalArgumentException("Plan request with hardware options must have at least "
          + "one model: []");
    }
    if (hardware().isEmpty() && apis().isEmpty()) {
      throw new IllegalArgumentException("Plan request must have at least one hardware or API "
          + "option: none");
    }
    distinct(models(), ModelArchitecture::name, "Model names");
    distinct(hardware(), HardwareOption::id, "Hardware option ids");
    distinct(apis(), ApiOption::label, "API option labels");
    if (deviceCounts().isEmpty()) {
      throw new IllegalArgumentException("Device counts must not be empty: []");
    }
    distinct(deviceCounts(), Function.identity(), "Device counts");
    distinct(tensorParallelDegrees(), Function.identity(), "Tensor-parallel degrees");
    distinct(precisions(), Function.identity(), "Precisions");
    int mostDevices = 1;
    for (int d : deviceCounts()) {
      mostDevices = Math.max(mostDevices, Checks.positive(d, "Device count"));
    }
    tensorParallelDegrees().forEach(tp -> Checks.positive(tp, "Tensor-parallel degree"));
    maxConcurrency().ifPresent(c -> Checks.positive(c, "Maximum concurrency"));
    Checks.positive(maxReplicas(), "Maximum replicas");
    if ((long) maxReplicas() * mostDevices > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Maximum replicas x devices must fit an int: "
          + maxReplicas() + " x " + mostDevices);
    }
    Checks.fractionPositive(utilisation(), "Utilisation");
    if (!(sizingRequestsPerSecond() <= MAX_SIZING_REQUESTS_PER_SECOND)) {
      throw new IllegalArgumentException("Request rate over utilisation (the rate the fleet is "
          + "sized for) must be at most " + (long) MAX_SIZING_REQUESTS_PER_SECOND
          + " requests/s: " + traffic().requestsPerSecond() + " / " + utilisation());
    }
    if (!(traffic().outputLength().mean() >= 1)) {
      throw new IllegalArgumentException("Mean output length must be at least 1 token: "
          + traffic().outputLength().mean());
    }
    Currency currency = currency();
    for (HardwareOption h : hardware()) {
      if (!h.price().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, h.price().currency());
      }
    }
    for (ApiOption a : apis()) {
      if (!a.card().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, a.card().currency());
      }
    }
    candidateCount();
  }

  private static <T, K> void distinct(List<T> items, Function<T, K> key, String what) {
    Set<K> seen = new HashSet<>();
    for (T item : items) {
      K k = key.apply(item);
      if (!seen.add(k)) {
        throw new IllegalArgumentException(what + " must be distinct: " + k);
      }
    }
  }
}
