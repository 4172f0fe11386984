/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.CostLine;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Buying a device against renting it, per device-hour, such as 'owned USD 0.97 per device-hour
 * (amortisation 0.71, hosting 0.21, power 0.05) against rented USD 3: buying saves USD 2.03 per
 * hour and pays for itself in 12.5 months'.
 *
 * <pre>{@code
 * OwnershipComparison c = OwnershipComparison.of(OwnershipInputs.builder()
 *     .purchasePricePerDevice(Money.of("USD", "25000"))
 *     .lifeMonths(48)
 *     .utilisation(0.6)
 *     .rentalPrice(HourlyPrice.perDeviceHour(Money.of("USD", "3")))
 *     .build());
 * c.ownedCostPerDeviceHour();   // USD 0.7130... = 25000 / (48 x 730.485)
 * }</pre>
 *
 * <p>The model: the {@link OwnershipInputs} and the precision of each division; every figure is
 * derived. Per device-hour, owning costs
 * <pre>
 * (purchase - residual) / (lifeMonths x 730.485 h) + hosting / 730.485 h + power
 * </pre>
 * where power is the device's average draw at the utilisation x PUE x one hour x the electricity
 * price. Renting costs the rental price per device-hour (an instance price divided by its
 * devices). The owned device is paid for every hour of its life, busy or not; so is a device
 * rented full-time. {@link #breakEvenRentedShare()} compares owning with renting only some of
 * the hours: buying is cheaper when the device would otherwise be rented for more than that share
 * of all hours. {@link #paybackMonths()} is the purchase price over the monthly saving of owning
 * against renting full-time, before amortisation. The cost of capital (interest) is not
 * modelled.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOwnershipComparison.class)
@JsonDeserialize(as = ImmutableOwnershipComparison.class)
@JsonIgnoreProperties(allowGetters = true, value = {
    "ownedLines", "ownedCostPerDeviceHour", "rentalCostPerDeviceHour", "breakEvenRentedShare",
    "paybackMonths", "assumptions"})
public abstract class OwnershipComparison {

  OwnershipComparison() {}

  /**
   * Obtains the comparison of buying against renting at {@link SelfHostedCost#DEFAULT_CONTEXT}.
   *
   * @param inputs the figures, not null
   * @return the comparison, not null
   */
  public static OwnershipComparison of(OwnershipInputs inputs) {
    return of(inputs, SelfHostedCost.DEFAULT_CONTEXT);
  }

  /**
   * Obtains the comparison of buying against renting.
   *
   * @param inputs the figures, not null
   * @param context the precision and rounding of each division, positive precision, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if the precision is zero (unlimited)
   */
  public static OwnershipComparison of(OwnershipInputs inputs, MathContext context) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(context, "context");
    Decimals.checkPrecision(context.getPrecision());
    return ImmutableOwnershipComparison.builder().inputs(inputs)
        .precision(context.getPrecision()).rounding(context.getRoundingMode()).build();
  }

  /**
   * Returns the figures compared.
   *
   * @return the inputs, not null
   */
  public abstract OwnershipInputs inputs();

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
   * Returns the lines of the owned cost per device-hour: amortisation, and hosting and power
   * when given.
   *
   * @return the lines, not null
   */
  @Value.Derived
  public List<CostLine> ownedLines() {
    OwnershipInputs in = inputs();
    MathContext mc = mathContext();
    List<CostLine> lines = new ArrayList<>();
    Money net = in.purchasePricePerDevice()
        .minus(in.residualValuePerDevice().orElse(Money.zero(in.currency())));
    BigDecimal lifeHours = BigDecimal.valueOf(in.lifeMonths()).multiply(Decimals.HOURS_PER_MONTH);
    lines.add(CostLine.builder().name("amortisation per device-hour")
        .quantity(BigDecimal.ONE.divide(lifeHours, mc)).unit("device lives")
        .rate(net).rateUnit("device life")
        .amount(net.dividedBy(lifeHours, mc))
        .note("(purchase " + in.purchasePricePerDevice() + " - residual "
            + in.residualValuePerDevice().orElse(Money.zero(in.currency())) + ") over "
            + in.lifeMonths() + " months of 730.485 h")
        .build());
    in.hostingPerDeviceMonth().ifPresent(h -> lines.add(CostLine.builder()
        .name("hosting per device-hour")
        .quantity(BigDecimal.ONE.divide(Decimals.HOURS_PER_MONTH, mc)).unit("device-months")
        .rate(h).rateUnit("device-month")
        .amount(h.dividedBy(Decimals.HOURS_PER_MONTH, mc))
        .build()));
    in.energy().ifPresent(e -> {
      double kwh = e.facilityPowerAt(in.utilisation()).energyOver(Duration.ofHours(1))
          .toKilowattHours();
      lines.add(CostLine.exact("power per device-hour", Decimals.of(kwh), "kWh",
          e.electricityPrice().orElseThrow().price(), "kWh"));
    });
    return List.copyOf(lines);
  }

  /**
   * Returns the cost of owning one device for an hour: the sum of {@link #ownedLines()}.
   *
   * @return the owned cost per device-hour, not negative, not null
   */
  @Value.Derived
  public Money ownedCostPerDeviceHour() {
    List<Money> amounts = new ArrayList<>();
    ownedLines().forEach(l -> amounts.add(l.amount()));
    return Money.total(inputs().currency(), amounts);
  }

  /**
   * Returns the running cost of owning one device for an hour: hosting and power, without
   * amortisation.
   *
   * @return the running cost per device-hour, not negative, not null
   */
  @JsonIgnore
  public Money runningCostPerDeviceHour() {
    return ownedCostPerDeviceHour().minus(ownedLines().get(0).amount());
  }

  /**
   * Returns the cost of renting one device for an hour.
   *
   * @return the rental cost per device-hour, not negative, not null
   */
  @Value.Derived
  public Money rentalCostPerDeviceHour() {
    OwnershipInputs in = inputs();
    return in.rentalPrice().perDevice(in.rentalDevicesPerInstance().orElse(1), mathContext())
        .price();
  }

  /**
   * Returns what owning saves per device-hour against renting full-time: rental minus owned.
   *
   * @return the saving, negative when renting is cheaper, not null
   */
  @JsonIgnore
  public Money savingPerDeviceHour() {
    return rentalCostPerDeviceHour().minus(ownedCostPerDeviceHour());
  }

  /**
   * Checks if owning costs less per device-hour than renting full-time.
   *
   * @return true if buying is cheaper
   */
  @JsonIgnore
  public boolean isBuyingCheaper() {
    return ownedCostPerDeviceHour().isLessThan(rentalCostPerDeviceHour());
  }

  /**
   * Returns the share of all hours above which buying beats renting only when needed: owned over
   * rental cost per device-hour. Above 1, renting is cheaper even full-time.
   *
   * @return the break-even share, not negative, or empty when renting is free
   */
  @Value.Derived
  public Optional<BigDecimal> breakEvenRentedShare() {
    Money rental = rentalCostPerDeviceHour();
    if (rental.isZero()) {
      return Optional.empty();
    }
    return Optional.of(ownedCostPerDeviceHour().amount().divide(rental.amount(), mathContext()));
  }

  /**
   * Returns the months after which the purchase price has been saved against renting full-time:
   * purchase / ((rental - running) x 730.485).
   *
   * @return the payback in months, or empty when renting costs no more than running an owned
   *     device
   */
  @Value.Derived
  public Optional<BigDecimal> paybackMonths() {
    Money monthlySaving = rentalCostPerDeviceHour().minus(runningCostPerDeviceHour())
        .multipliedBy(Decimals.HOURS_PER_MONTH);
    if (!monthlySaving.isPositive()) {
      return Optional.empty();
    }
    return Optional.of(inputs().purchasePricePerDevice().amount()
        .divide(monthlySaving.amount(), mathContext()));
  }

  /**
   * Returns the assumptions used, in words.
   *
   * @return the assumptions, not null
   */
  @Value.Derived
  public List<String> assumptions() {
    OwnershipInputs in = inputs();
    List<String> out = new ArrayList<>();
    out.add("An owned device is paid for every hour of its " + in.lifeMonths() + "-month life");
    if (in.residualValuePerDevice().isEmpty()) {
      out.add("No residual value at the end of the life");
    }
    if (in.hostingPerDeviceMonth().isEmpty()) {
      out.add("Hosting not included");
    }
    out.add(in.energy().map(e -> "Power: " + e + " at utilisation " + in.utilisation())
        .orElse("Power not included"));
    out.add("Rental at " + in.rentalPrice() + " includes power and hosting");
    out.add("No cost of capital");
    out.add("Divisions rounded once to " + precision() + " significant digits, " + rounding());
    return List.copyOf(out);
  }

  /**
   * Returns the text form, an invoice of owned and rented cost per device-hour.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Buy or rent, per device-hour");
    for (CostLine l : ownedLines()) {
      b.append("\n  ").append(l);
    }
    b.append("\n  owned: ").append(ownedCostPerDeviceHour());
    b.append("\n  rented: ").append(rentalCostPerDeviceHour());
    b.append("\n  saving by buying: ").append(savingPerDeviceHour());
    breakEvenRentedShare().ifPresent(s -> b.append("\n  break-even rented share: ")
        .append(SiFormat.plain(s)));
    paybackMonths().ifPresent(m -> b.append("\n  payback: ").append(SiFormat.plain(m))
        .append(" months"));
    for (String a : assumptions()) {
      b.append("\n  - ").append(a);
    }
    return b.toString();
  }

  @Value.Check
  protected final void check() {
    Decimals.checkPrecision(precision());
  }
}
