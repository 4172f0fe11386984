/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.CostLine;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.units.TokenRate;
import io.github.inferenceecon.core.workload.Request;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What self-hosted tokens cost per million, such as 'USD 0.2777777777777778 per million output
 * tokens' for one H100 at USD 3 per hour decoding 3,000 tokens/s at full utilisation.
 *
 * <pre>{@code
 * SelfHostedSetup h100 = SelfHostedSetup.of(
 *     HourlyPrice.perDeviceHour(Money.of("USD", "3.00")), 1, 1.0,
 *     Throughput.ofTokensPerSecond(30_000, 3_000));
 * SelfHostedCost cost = SelfHostedCost.of(h100);
 * cost.costPerMillionOutput();   // USD 0.2777777777777778 = 3.00 / (3000 x 3600) x 1e6
 * }</pre>
 *
 * <p>The model: the {@link SelfHostedSetup} and the precision of the one division each figure
 * needs; every figure is derived from them, so a result read back from JSON is recomputed and
 * cannot disagree with its inputs. The cost per million output tokens is
 * {@code fleetHourlyCost x 1,000,000 / (replicas x decode x 3,600 x utilisation)}, and likewise
 * for input with the prefill rate: device time is attributed to prefill and decode by the time
 * each takes ({@link Throughput}). The rates in tokens per second and the utilisation are
 * physical {@code double} values, converted with {@link BigDecimal#valueOf(double)}; the
 * numerator and denominator are then exact and divided once, rounded to the result's
 * {@link #mathContext()}, by default {@link #DEFAULT_CONTEXT}. Nothing is rounded to the
 * currency's decimal places; do that at the edge with
 * {@link Money#roundedToCurrency(RoundingMode)}.
 *
 * <p>Per-request costs ({@link #costOf(Request)}) are exact sums of tokens x these per-million
 * rates, like an API bill. Input tokens read from a prefix cache are assumed to need no prefill
 * and cost nothing here.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSelfHostedCost.class)
@JsonDeserialize(as = ImmutableSelfHostedCost.class)
@JsonIgnoreProperties(allowGetters = true, value = {
    "fleetPerHour", "inputPerMillion", "outputPerMillion"})
public abstract class SelfHostedCost {

  /**
   * The precision of each division when the caller gives none: {@link MathContext#DECIMAL64},
   * 16 significant digits, rounding half-even. The break-even, ownership, lifetime and planner
   * figures use it too.
   */
  public static final MathContext DEFAULT_CONTEXT = MathContext.DECIMAL64;

  SelfHostedCost() {}

  /**
   * Obtains the cost of a setup at {@link #DEFAULT_CONTEXT}.
   *
   * @param setup the setup, not null
   * @return the cost, not null
   */
  public static SelfHostedCost of(SelfHostedSetup setup) {
    return of(setup, DEFAULT_CONTEXT);
  }

  /**
   * Obtains the cost of a setup, computed to a precision.
   *
   * @param setup the setup, not null
   * @param context the precision and rounding of each division, with a positive precision, not
   *     null
   * @return the cost, not null
   * @throws IllegalArgumentException if the precision is zero (unlimited)
   */
  public static SelfHostedCost of(SelfHostedSetup setup, MathContext context) {
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(context, "context");
    Decimals.checkPrecision(context.getPrecision());
    return ImmutableSelfHostedCost.builder().setup(setup).precision(context.getPrecision())
        .rounding(context.getRoundingMode()).build();
  }

  /**
   * Returns the setup.
   *
   * @return the setup, not null
   */
  public abstract SelfHostedSetup setup();

  /**
   * Returns the number of significant digits each division keeps.
   *
   * @return the precision, positive
   */
  public abstract int precision();

  /**
   * Returns the rounding of each division.
   *
   * @return the rounding mode, not null
   */
  public abstract RoundingMode rounding();

  /**
   * Returns the precision and rounding as a {@link MathContext}.
   *
   * @return the context, not null
   */
  @JsonIgnore
  public MathContext mathContext() {
    return Decimals.context(precision(), rounding());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the line for the fleet's hourly cost: billed units x hourly price.
   *
   * @return the line, not null
   */
  @Value.Derived
  public CostLine fleetPerHour() {
    HourlyPrice price = setup().hourlyPrice();
    return CostLine.exact("fleet per hour", BigDecimal.valueOf(setup().billedUnits()),
        price.basis().unit() + "s", price.price(), price.basis().unit());
  }

  /**
   * Returns the line for a million input tokens: the billed hours they take, at the hourly
   * price.
   *
   * @return the line, not null
   */
  @Value.Derived
  public CostLine inputPerMillion() {
    return perMillion("input per 1M tokens", setup(), setup().throughput().prefill(),
        mathContext());
  }

  /**
   * Returns the line for a million output tokens: the billed hours they take, at the hourly
   * price.
   *
   * @return the line, not null
   */
  @Value.Derived
  public CostLine outputPerMillion() {
    return perMillion("output per 1M tokens", setup(), setup().throughput().decode(),
        mathContext());
  }

  /**
   * Returns the cost of a million input (prefill) tokens.
   *
   * @return the cost, not negative, not null
   */
  @JsonIgnore
  public Money costPerMillionInput() {
    return inputPerMillion().amount();
  }

  /**
   * Returns the cost of a million output (decode) tokens.
   *
   * @return the cost, not negative, not null
   */
  @JsonIgnore
  public Money costPerMillionOutput() {
    return outputPerMillion().amount();
  }

  /**
   * Returns the assumptions used, in words.
   *
   * @return the assumptions, not null
   */
  public List<String> assumptions() {
    SelfHostedSetup s = setup();
    return List.of(
        "Paid for every hour: " + s.billedUnits() + " x " + s.hourlyPrice()
            + " (" + s.paidDevices() + " device(s) paid, " + s.devices() + " in use by "
            + s.replicas() + " replica(s) of " + s.devicesPerReplica() + ")",
        "Utilisation " + SiFormat.plain(Decimals.of(s.utilisation()))
            + ": idle time is paid for, so each token carries 1/utilisation of its busy time",
        "Device time is attributed to prefill and decode by the time each takes ("
            + s.throughput() + " per replica)",
        "Divisions rounded once to " + precision() + " significant digits, " + rounding());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the exact cost of a request at this result's per-million rates: its uncached input
   * at the input rate plus its output at the output rate. Cached input is taken to need no
   * prefill.
   *
   * @param request the request, not null
   * @return the cost, not negative, not null
   */
  public Money costOf(Request request) {
    Objects.requireNonNull(request, "request");
    return costOfTokens(request.uncachedInputTokens(), request.outputTokens());
  }

  /**
   * Returns the exact cost of prefill and output token counts at this result's per-million
   * rates.
   *
   * @param prefillTokens the input tokens prefilled, not null
   * @param outputTokens the output tokens generated, not null
   * @return the cost, not negative, not null
   */
  public Money costOfTokens(TokenCount prefillTokens, TokenCount outputTokens) {
    Objects.requireNonNull(prefillTokens, "prefillTokens");
    Objects.requireNonNull(outputTokens, "outputTokens");
    return costOfTokens(BigDecimal.valueOf(prefillTokens.count()),
        BigDecimal.valueOf(outputTokens.count()));
  }

  Money costOfTokens(BigDecimal prefillTokens, BigDecimal outputTokens) {
    return costPerMillionInput().multipliedBy(prefillTokens.movePointLeft(6))
        .plus(costPerMillionOutput().multipliedBy(outputTokens.movePointLeft(6)));
  }

  /**
   * Returns the text form, an invoice of the fleet's hourly cost and the per-million figures
   * with the assumptions.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Self-hosted: ").append(setup());
    for (CostLine line : List.of(fleetPerHour(), inputPerMillion(), outputPerMillion())) {
      b.append("\n  ").append(line);
    }
    for (String a : assumptions()) {
      b.append("\n  - ").append(a);
    }
    return b.toString();
  }

  @Value.Check
  protected final void check() {
    Decimals.checkPrecision(precision());
  }

  //-----------------------------------------------------------------------
  /**
   * The cost of a million tokens from a fleet: billed units x hourly price x 1,000,000 /
   * (replicas x rate x 3,600 x utilisation), divided once.
   */
  /**
   * Returns the cost of a million tokens produced at a rate by hardware rented at an hourly
   * price: {@code price x units x 1,000,000 / (rate x 3,600 x utilisation)}, divided once.
   *
   * <p>For one H100 at USD 3.00 per device-hour producing 3,000 output tokens/s at full
   * utilisation this is {@code USD 0.2777777777777778} at {@link MathContext#DECIMAL64}.
   *
   * @param price the hourly price, per device-hour or per instance-hour, not null
   * @param units the number of devices (or instances) that together produce the rate, positive
   * @param utilisation the fraction of paid time spent producing at the rate, in (0, 1]
   * @param rate the rate the units produce together while busy, positive, not null
   * @param context the precision and rounding, positive precision, not null
   * @return the explained cost line, not null
   * @throws IllegalArgumentException if the units are not positive, the utilisation is outside
   *     (0, 1], the rate is zero or the precision is zero
   */
  public static CostLine perMillionTokens(HourlyPrice price, int units, double utilisation,
      TokenRate rate, MathContext context) {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(context, "context");
    Checks.positive(units, "Unit count");
    Checks.fractionPositive(utilisation, "Utilisation");
    if (rate.isZero()) {
      throw new IllegalArgumentException("Token rate must be positive: " + rate);
    }
    Decimals.checkPrecision(context.getPrecision());
    return perMillion("per 1M tokens", price, units, 1, utilisation, rate, context);
  }

  static CostLine perMillion(String name, SelfHostedSetup setup, TokenRate rate,
      MathContext context) {
    return perMillion(name, setup.hourlyPrice(), setup.billedUnits(), setup.replicas(),
        setup.utilisation(), rate, context);
  }

  static CostLine perMillion(String name, HourlyPrice price, int units, int replicas,
      double utilisation, TokenRate rate, MathContext context) {
    BigDecimal u = Decimals.of(utilisation);
    BigDecimal r = Decimals.of(rate.tokensPerSecond());
    BigDecimal tokensPerHour = Decimals.SECONDS_PER_HOUR.multiply(u).multiply(r)
        .multiply(BigDecimal.valueOf(replicas));
    BigDecimal unitHours = BigDecimal.valueOf(units).multiply(Decimals.MILLION);
    BigDecimal quantity = unitHours.divide(tokensPerHour, context);
    Money amount = Money.of(price.currency(),
        price.price().amount().multiply(unitHours).divide(tokensPerHour, context));
    String note = "1000000 tokens / (" + replicas + " replica(s) x " + rate + " x 3600 s/h x "
        + "utilisation " + SiFormat.plain(u) + ") on " + units + " " + price.basis().unit() + "s";
    return CostLine.builder().name(name).quantity(quantity)
        .unit(price.basis().unit() + "s").rate(price.price()).rateUnit(price.basis().unit())
        .amount(amount).note(note).build();
  }
}
