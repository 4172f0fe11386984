/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import io.github.inferenceecon.core.selfhosted.SelfHostedCostCalculator;
import java.math.MathContext;
import java.util.Objects;

/**
 * Compares buying hardware (purchase amortised over a life, plus hosting and power) with renting
 * it, per device-hour.
 *
 * <pre>{@code
 * OwnershipComparison c = OwnershipCalculator.compare(OwnershipInputs.builder()
 *     .purchasePricePerDevice(Money.of("USD", "25000"))
 *     .lifeMonths(48)
 *     .utilisation(0.6)
 *     .rentalPrice(HourlyPrice.perDeviceHour(Money.of("USD", "3")))
 *     .build());
 * c.ownedCostPerDeviceHour();   // USD 0.7130... = 25000 / (48 x 730.485)
 * }</pre>
 *
 * <p>See {@link OwnershipComparison} for the model. Divisions are rounded once each to the
 * caller's {@link MathContext}, by default {@link SelfHostedCostCalculator#DEFAULT_CONTEXT}.
 * This class is immutable and thread-safe.
 */
public final class OwnershipCalculator {

  private OwnershipCalculator() {}

  /**
   * Compares buying with renting at {@link SelfHostedCostCalculator#DEFAULT_CONTEXT}.
   *
   * @param inputs the figures, not null
   * @return the comparison, not null
   */
  public static OwnershipComparison compare(OwnershipInputs inputs) {
    return compare(inputs, SelfHostedCostCalculator.DEFAULT_CONTEXT);
  }

  /**
   * Compares buying with renting, each division rounded once to a precision.
   *
   * @param inputs the figures, not null
   * @param context the precision and rounding, positive precision, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if the precision is zero (unlimited)
   */
  public static OwnershipComparison compare(OwnershipInputs inputs, MathContext context) {
    Objects.requireNonNull(inputs, "inputs");
    return OwnershipComparison.of(inputs, context);
  }
}
