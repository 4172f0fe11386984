/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.Comparison;
import io.github.inferenceecon.core.performance.WhatIfs;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The cost side of a what-if: what the same fleet costs per million tokens and per request
 * before and after one change, such as 'FP8 instead of BF16: USD 0.0804 -> USD 0.0524 per
 * million output tokens'.
 *
 * <p>The model: the {@link Comparison} (from {@link WhatIfs}) and the {@link SelfHostedCost} of
 * each side. Both sides pay the same hourly price for the same devices at the same utilisation;
 * only the replica's throughput differs, taken from each side's serving estimate through the
 * one bridge {@link Throughput#from}. A what-if changes no layout (a distilled student runs on
 * the teacher's devices), so the cost tells what the change saves on the hardware already paid
 * for. The cost per request is {@link SelfHostedCost#costOf} of each side's request, so input
 * read from a prompt cache costs nothing there.
 *
 * <p>Changes are after minus before, exact, negative when the change saves; ratios are after
 * over before at the costs' precision.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostComparison.class)
@JsonDeserialize(as = ImmutableCostComparison.class)
public abstract class CostComparison {

  CostComparison() {}

  /**
   * Obtains the cost of a what-if on a deployment's devices at a price per device-hour, each
   * division at {@link SelfHostedCost#DEFAULT_CONTEXT}.
   *
   * @param comparison the what-if, not null
   * @param deployment the deployment whose layout (devices per replica, replicas) is paid for,
   *     not null
   * @param pricePerDeviceHour the price of one device for one hour, not null
   * @param utilisation the fraction of paid time spent serving, in (0, 1]
   * @return the cost comparison, not null
   * @throws IllegalArgumentException if the price is per instance-hour, the utilisation is
   *     outside (0, 1], or a side's serving estimate has no prefill work or no decode time to
   *     price tokens by ({@link Throughput#from})
   */
  public static CostComparison of(Comparison comparison, Deployment deployment,
      HourlyPrice pricePerDeviceHour, double utilisation) {
    return of(comparison, deployment, pricePerDeviceHour, utilisation,
        SelfHostedCost.DEFAULT_CONTEXT);
  }

  /**
   * Obtains the cost of a what-if on a deployment's devices at a price per device-hour.
   *
   * @param comparison the what-if, not null
   * @param deployment the deployment whose layout (devices per replica, replicas) is paid for,
   *     not null
   * @param pricePerDeviceHour the price of one device for one hour, not null
   * @param utilisation the fraction of paid time spent serving, in (0, 1]
   * @param context the precision and rounding of each division, positive precision, not null
   * @return the cost comparison, not null
   * @throws IllegalArgumentException if the price is per instance-hour, the utilisation is
   *     outside (0, 1], the precision is zero, or a side's serving estimate has no prefill work
   *     or no decode time to price tokens by ({@link Throughput#from})
   */
  public static CostComparison of(Comparison comparison, Deployment deployment,
      HourlyPrice pricePerDeviceHour, double utilisation, MathContext context) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(pricePerDeviceHour, "pricePerDeviceHour");
    Objects.requireNonNull(context, "context");
    return ImmutableCostComparison.of(comparison,
        SelfHostedCost.of(setup(deployment, pricePerDeviceHour, utilisation,
            Throughput.from(comparison.before())), context),
        SelfHostedCost.of(setup(deployment, pricePerDeviceHour, utilisation,
            Throughput.from(comparison.after())), context));
  }

  private static SelfHostedSetup setup(Deployment deployment, HourlyPrice price,
      double utilisation, Throughput throughput) {
    return SelfHostedSetup.builder().hourlyPrice(price).layout(deployment)
        .utilisation(utilisation).throughput(throughput).build();
  }

  /**
   * Returns the what-if whose two sides are priced.
   *
   * @return the comparison, not null
   */
  @Value.Parameter(order = 0)
  public abstract Comparison comparison();

  /**
   * Returns the cost before the change.
   *
   * @return the cost, not null
   */
  @Value.Parameter(order = 1)
  public abstract SelfHostedCost before();

  /**
   * Returns the cost after the change.
   *
   * @return the cost, not null
   */
  @Value.Parameter(order = 2)
  public abstract SelfHostedCost after();

  //-----------------------------------------------------------------------
  /**
   * Returns the cost of one request before the change: its uncached input and its output at
   * the per-million rates, exactly.
   *
   * @return the cost, not negative, not null
   */
  @JsonIgnore
  public Money costPerRequestBefore() {
    return before().costOf(comparison().before().request());
  }

  /**
   * Returns the cost of one request after the change.
   *
   * @return the cost, not negative, not null
   */
  @JsonIgnore
  public Money costPerRequestAfter() {
    return after().costOf(comparison().after().request());
  }

  /**
   * Returns the change in cost per request, exactly: after minus before.
   *
   * @return the change, negative when the change saves, not null
   */
  @JsonIgnore
  public Money costPerRequestChange() {
    return costPerRequestAfter().minus(costPerRequestBefore());
  }

  /**
   * Returns the change in cost per million input tokens, exactly: after minus before.
   *
   * @return the change, negative when the change saves, not null
   */
  @JsonIgnore
  public Money costPerMillionInputChange() {
    return after().costPerMillionInput().minus(before().costPerMillionInput());
  }

  /**
   * Returns the change in cost per million output tokens, exactly: after minus before.
   *
   * @return the change, negative when the change saves, not null
   */
  @JsonIgnore
  public Money costPerMillionOutputChange() {
    return after().costPerMillionOutput().minus(before().costPerMillionOutput());
  }

  /**
   * Returns the cost per million output tokens after over before, at the costs' precision.
   *
   * @return the ratio, positive, not null; below 1 when the change saves
   */
  @JsonIgnore
  public BigDecimal costPerMillionOutputRatio() {
    return after().costPerMillionOutput().amount()
        .divide(before().costPerMillionOutput().amount(), before().mathContext());
  }

  /**
   * Returns the cost per request after over before, at the costs' precision.
   *
   * @return the ratio, not negative, not null; below 1 when the change saves
   * @throws ArithmeticException if the request cost nothing before
   */
  @JsonIgnore
  public BigDecimal costPerRequestRatio() {
    Money before = costPerRequestBefore();
    if (before.isZero()) {
      throw new ArithmeticException("Cannot divide by zero: the request cost nothing before");
    }
    return costPerRequestAfter().amount().divide(before.amount(), before().mathContext());
  }

  /**
   * Returns the text form, such as
   * {@code per 1M output tokens USD 0.08 -> USD 0.05, per request USD 0.00004 -> USD 0.00003}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return comparison().change() + ": per 1M output tokens " + before().costPerMillionOutput()
        + " -> " + after().costPerMillionOutput() + ", per request " + costPerRequestBefore()
        + " -> " + costPerRequestAfter();
  }

  @Value.Check
  protected final void check() {
    SelfHostedSetup b = before().setup();
    SelfHostedSetup a = after().setup();
    if (!b.hourlyPrice().equals(a.hourlyPrice()) || b.paidDevices() != a.paidDevices()
        || b.utilisation() != a.utilisation()) {
      throw new IllegalArgumentException("Cost comparison must price both sides on the same "
          + "fleet: " + b + " / " + a);
    }
  }
}
