/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.memory.MemoryAssumptions;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.AttentionSparsity;
import io.github.inferenceecon.core.performance.Efficiency;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.performance.SpeculativeDecoding;
import io.github.inferenceecon.core.workload.Request;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A full self-hosted estimate of one deployment serving one request shape, such as 'Llama-3.1-70B
 * on 8 x H100 fits, serves 2,590 output tokens/s and costs USD 0.0003 per request': memory fit,
 * performance and cost in one call, with the assumptions it applied.
 *
 * <p>The chain, each step the library's own:
 * <ol>
 *   <li>memory: one sequence of the whole request (input and output tokens) must fit in a
 *       device's memory budget ({@link
 *       io.github.inferenceecon.core.memory.MemoryEstimator#estimate(Deployment, long, long)});
 *   <li>performance: the offline (full-load) serving estimate, continuous batching with as many
 *       sequences in flight as memory holds ({@link PerformanceModel#offline}), unless the caller
 *       gives a serving estimate of its own (such as a planner's capacity under latency targets);
 *   <li>the bridge to the cost layer: the replica's prefill and decode rates
 *       ({@link Throughput#from(ServingEstimate)});
 *   <li>cost: the fleet at an hourly price and a utilisation ({@link SelfHostedSetup}), priced
 *       per million input and output tokens ({@link SelfHostedCost}) and per request.
 * </ol>
 *
 * <p>Defaults: {@link PerformanceModel#defaults()} (its efficiencies and memory assumptions),
 * utilisation 1 (every paid hour serving at the estimated throughput), divisions at
 * {@link SelfHostedCost#DEFAULT_CONTEXT}. {@link #assumptions()} lists every one of them with
 * the deployment's precision and layout, the serving operating point and the price basis.
 *
 * <pre>{@code
 * SelfHostedEstimate e = SelfHostedEstimate.of(deployment, Request.of(1_000, 200),
 *     HourlyPrice.perDeviceHour(Money.of("USD", "3.00")));
 * e.memory().fits();                  // true
 * e.serving().outputThroughput();     // tokens/s of the whole deployment
 * e.cost().costPerMillionOutput();    // money per million output tokens
 * e.costPerRequest();                 // money per request
 * e.assumptions();                    // what the estimate took for granted
 * }</pre>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableSelfHostedEstimate.class)
@JsonDeserialize(as = ImmutableSelfHostedEstimate.class)
@JsonIgnoreProperties(allowGetters = true, value = {"costPerRequest"})
public abstract class SelfHostedEstimate {

  SelfHostedEstimate() {}

  /**
   * Obtains the estimate of a deployment serving a request at a price per device-hour, with
   * every default: the default performance model, the offline serving estimate and utilisation
   * 1.
   *
   * @param deployment the deployment, not null
   * @param request the mean request, at least one uncached input token and two output tokens,
   *     not null
   * @param pricePerDeviceHour the price of one device for one hour, not null
   * @return the estimate, not null
   * @throws IllegalArgumentException if the price is per instance-hour (use {@link #builder()}
   *     with {@link Builder#devicesPerInstance(int)}), or as {@link Builder#build()}
   */
  public static SelfHostedEstimate of(Deployment deployment, Request request,
      HourlyPrice pricePerDeviceHour) {
    return builder().deployment(deployment).request(request).hourlyPrice(pricePerDeviceHour)
        .build();
  }

  /**
   * Returns a new builder, to set what {@link #of} takes by default.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the deployment: model, accelerator, precision and parallel layout.
   *
   * @return the deployment, not null
   */
  @Value.Parameter(order = 0)
  public abstract Deployment deployment();

  /**
   * Returns the mean request the deployment serves.
   *
   * @return the request, not null
   */
  @Value.Parameter(order = 1)
  public abstract Request request();

  /**
   * Returns the memory of one sequence of the whole request on each device.
   *
   * @return the memory estimate, not null
   */
  @Value.Parameter(order = 2)
  public abstract DeploymentMemory memory();

  /**
   * Returns the serving estimate the cost is derived from.
   *
   * @return the serving estimate, not null
   */
  @Value.Parameter(order = 3)
  public abstract ServingEstimate serving();

  /**
   * Returns the cost per million input and output tokens, with the setup it prices.
   *
   * @return the cost, not null
   */
  @Value.Parameter(order = 4)
  public abstract SelfHostedCost cost();

  /**
   * Returns the efficiencies of the performance model the serving estimate was made with.
   *
   * @return the efficiencies, not null
   */
  @Value.Parameter(order = 5)
  public abstract Efficiency efficiency();

  /**
   * Returns the speculative decoding the performance model applied, if any.
   *
   * @return the configuration, or empty
   */
  @Value.Parameter(order = 6)
  public abstract Optional<SpeculativeDecoding> speculativeDecoding();

  /**
   * Returns the attention sparsity the performance model applied.
   *
   * @return the sparsity, not null
   */
  @Value.Parameter(order = 7)
  public abstract AttentionSparsity attentionSparsity();

  /**
   * Returns the memory assumptions the fit was checked with: budget share, KV-cache block,
   * runtime overhead.
   *
   * @return the assumptions, not null
   */
  @Value.Parameter(order = 8)
  public abstract MemoryAssumptions memoryAssumptions();

  /**
   * Checks if the caller gave the serving estimate, rather than the estimate making the offline
   * one itself.
   *
   * @return true if the serving estimate was given
   */
  @Value.Parameter(order = 9)
  public abstract boolean isServingGiven();

  /**
   * Returns the assumptions the estimate applied, in words: the deployment (precision and
   * layout), the memory budget, the performance model's efficiencies, the serving operating
   * point, and the cost's price basis, paid devices, utilisation and rounding.
   *
   * <p>The text is made on first use, so that an estimate that is never explained costs no
   * formatting.
   *
   * @return the assumptions, not null
   */
  @Value.Lazy
  @JsonIgnore
  public List<String> assumptions() {
    DeploymentMemory memory = memory();
    MemoryAssumptions m = memoryAssumptions();
    ServingEstimate s = serving();
    List<String> out = new ArrayList<>();
    out.add("Deployment: " + deployment());
    out.add("Memory: one sequence of the whole request (" + memory.contextTokens()
        + " tokens) needs " + memory.used().toDisplayString() + " of a "
        + memory.budget().toDisplayString() + " budget per device ("
        + SiFormat.plain(Decimals.of(m.memoryUtilization())) + " of "
        + memory.deviceMemory().toDisplayString() + "; KV cache in blocks of "
        + m.blockSize() + " tokens)" + (memory.fits() ? "" : ", short by "
        + memory.shortfall().toDisplayString()));
    out.add("Performance model: efficiencies " + efficiency()
        + speculativeDecoding().map(sd -> "; speculative decoding " + sd).orElse("")
        + "; attention " + attentionSparsity());
    out.add("Serving: " + (isServingGiven() ? "as given, " : "offline (as many sequences as "
        + "memory holds), ") + s.batching().name().toLowerCase(Locale.ROOT) + " batching, "
        + threeDigits(s.concurrency()) + " sequences in flight per replica, prefill "
        + threeDigits(s.prefillShare()) + " of the time");
    out.addAll(cost().assumptions());
    return List.copyOf(out);
  }

  private static String threeDigits(double value) {
    return SiFormat.plain(Decimals.of(value).round(new MathContext(3)));
  }

  /**
   * Returns the fleet the cost prices: hourly price, devices, utilisation and throughput.
   *
   * @return the setup, not null
   */
  @JsonIgnore
  public SelfHostedSetup setup() {
    return cost().setup();
  }

  /**
   * Returns the cost of one {@linkplain #request() request}: its uncached input at the input
   * rate plus its output at the output rate, exactly.
   *
   * @return the cost, not negative, not null
   */
  @Value.Derived
  public Money costPerRequest() {
    return cost().costOf(request());
  }

  /**
   * Returns the text form: the memory fit, the serving estimate, the cost and the cost per
   * request.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return memory() + "\n" + serving() + "\n" + cost() + "\nPer request: " + costPerRequest();
  }

  //-----------------------------------------------------------------------
  /**
   * Builds a {@link SelfHostedEstimate}; deployment, request and hourly price are required.
   *
   * <p>This builder is not thread-safe.
   */
  public static final class Builder {

    private @Nullable Deployment deployment;
    private @Nullable Request request;
    private @Nullable HourlyPrice hourlyPrice;
    private int devicesPerInstance;
    private double utilisation = 1;
    private PerformanceModel performanceModel = PerformanceModel.defaults();
    private MathContext context = SelfHostedCost.DEFAULT_CONTEXT;
    private @Nullable ServingEstimate serving;

    Builder() {}

    /**
     * Sets the deployment: model, accelerator, precision and parallel layout. Required.
     *
     * @param deployment the deployment, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code deployment} is null
     */
    public Builder deployment(Deployment deployment) {
      this.deployment = Objects.requireNonNull(deployment, "deployment");
      return this;
    }

    /**
     * Sets the mean request, in input, cached input and output tokens. Required.
     *
     * @param request the request, at least one uncached input token and two output tokens,
     *     not null
     * @return this builder, not null
     * @throws NullPointerException if {@code request} is null
     */
    public Builder request(Request request) {
      this.request = Objects.requireNonNull(request, "request");
      return this;
    }

    /**
     * Sets the price of one device-hour or one instance-hour; an instance-hour price also needs
     * {@link #devicesPerInstance(int)}. Required.
     *
     * @param hourlyPrice the price, money per device-hour or per instance-hour, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code hourlyPrice} is null
     */
    public Builder hourlyPrice(HourlyPrice hourlyPrice) {
      this.hourlyPrice = Objects.requireNonNull(hourlyPrice, "hourlyPrice");
      return this;
    }

    /**
     * Sets the devices in one rented instance, for an instance-hour price: whole instances are
     * paid for. Optional; without it the price must be per device-hour.
     *
     * @param devicesPerInstance the devices (accelerators) per instance, positive
     * @return this builder, not null
     * @throws IllegalArgumentException if the count is not positive
     */
    public Builder devicesPerInstance(int devicesPerInstance) {
      Checks.positive(devicesPerInstance, "Devices per instance");
      this.devicesPerInstance = devicesPerInstance;
      return this;
    }

    /**
     * Sets the fraction of paid time the replicas spend serving at the estimated throughput;
     * 1 by default.
     *
     * @param utilisation the utilisation, a fraction of the paid hours in (0, 1]
     * @return this builder, not null
     * @throws IllegalArgumentException if the utilisation is outside (0, 1]
     */
    public Builder utilisation(double utilisation) {
      Checks.fractionPositive(utilisation, "Utilisation");
      this.utilisation = utilisation;
      return this;
    }

    /**
     * Sets the performance model, whose memory estimator checks the fit;
     * {@link PerformanceModel#defaults()} by default.
     *
     * @param performanceModel the model, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code performanceModel} is null
     */
    public Builder performanceModel(PerformanceModel performanceModel) {
      this.performanceModel = Objects.requireNonNull(performanceModel, "performanceModel");
      return this;
    }

    /**
     * Sets the precision and rounding of the cost's divisions;
     * {@link SelfHostedCost#DEFAULT_CONTEXT} by default.
     *
     * @param context the context, positive precision (significant digits), not null
     * @return this builder, not null
     * @throws NullPointerException if {@code context} is null
     * @throws IllegalArgumentException if the precision is zero
     */
    public Builder mathContext(MathContext context) {
      Objects.requireNonNull(context, "context");
      Decimals.checkPrecision(context.getPrecision());
      this.context = context;
      return this;
    }

    /**
     * Sets a serving estimate of the deployment to price instead of the offline one, such as its
     * capacity under latency targets. Its rates per replica are used, whatever replica count it
     * was made with. It was sized to memory by the model that made it, so the memory fit is then
     * reported, not required.
     *
     * @param serving the serving estimate of the deployment's model, accelerator, layout and
     *     precision, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code serving} is null
     */
    public Builder serving(ServingEstimate serving) {
      this.serving = Objects.requireNonNull(serving, "serving");
      return this;
    }

    /**
     * Runs the estimate: memory fit, serving estimate, throughput and cost.
     *
     * @return the estimate, not null
     * @throws IllegalStateException if the deployment, the request or the price is not set
     * @throws IllegalArgumentException if one sequence of the whole request does not fit in
     *     memory (when the estimate makes the serving estimate itself); if the serving estimate
     *     has no prefill work to price input tokens by (every input token cached) or no decode
     *     time (one output token); or if the price is per instance-hour without the devices per
     *     instance
     */
    public SelfHostedEstimate build() {
      List<String> missing = new ArrayList<>();
      if (deployment == null) {
        missing.add("deployment");
      }
      if (request == null) {
        missing.add("request");
      }
      if (hourlyPrice == null) {
        missing.add("hourlyPrice");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("Cannot build SelfHostedEstimate, some of required "
            + "attributes are not set " + missing);
      }
      Deployment d = deployment;
      Request r = request;
      DeploymentMemory memory = performanceModel.memoryEstimator()
          .estimate(d, r.totalTokens().count(), 1);
      ServingEstimate s = serving;
      if (s == null) {
        if (!memory.fits()) {
          throw new IllegalArgumentException("Deployment must fit in memory: "
              + memory.shortfall() + " short");
        }
        s = performanceModel.offline(d, r);
      }
      SelfHostedSetup.Builder setup = SelfHostedSetup.builder()
          .hourlyPrice(hourlyPrice)
          .layout(d)
          .utilisation(utilisation)
          .throughput(Throughput.from(s));
      if (devicesPerInstance > 0) {
        setup.devicesPerInstance(devicesPerInstance);
      }
      SelfHostedCost cost = SelfHostedCost.of(setup.build(), context);
      return ImmutableSelfHostedEstimate.of(d, r, memory, s, cost,
          performanceModel.efficiency(), performanceModel.speculativeDecoding(),
          performanceModel.attentionSparsity(), performanceModel.memoryEstimator().assumptions(),
          serving != null);
    }
  }
}
