/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static io.github.inferenceecon.core.CostFixtures.H100_PUE_1_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.CostLine;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class OwnershipComparisonProperties {

  static Gen<OwnershipInputs> inputs() {
    return Generate.longRange(0, 100_000).zip(Generate.range(1, 120),
        CostGenerators.usdAmounts(), CostGenerators.positiveUsdAmounts(),
        CostGenerators.utilisations(), (purchase, months, hosting, rent, u) ->
            OwnershipInputs.builder()
                .purchasePricePerDevice(Money.of(Money.USD, BigDecimal.valueOf(purchase)))
                .lifeMonths(months).hostingPerDeviceMonth(hosting)
                .energy(H100_PUE_1_2).utilisation(u)
                .rentalPrice(HourlyPrice.perDeviceHour(rent)).build());
  }

  @Test
  void owned_isSumOfLines_andSavingIsRentalMinusOwned() {
    qt().forAll(inputs()).checkAssert(in -> {
      OwnershipComparison c = OwnershipComparison.of(in);
      Money sum = Money.zero(Money.USD);
      for (CostLine l : c.ownedLines()) {
        sum = sum.plus(l.amount());
      }
      assertThat(c.ownedCostPerDeviceHour()).isEqualTo(sum);
      assertThat(c.savingPerDeviceHour().plus(c.ownedCostPerDeviceHour()))
          .isEqualTo(c.rentalCostPerDeviceHour());
      assertThat(c.isBuyingCheaper()).isEqualTo(c.savingPerDeviceHour().isPositive());
    });
  }

  @Test
  void longerLife_neverRaisesOwnedCost() {
    qt().forAll(inputs(), Generate.range(0, 120)).checkAssert((in, extra) -> {
      OwnershipComparison shorter = OwnershipComparison.of(in);
      OwnershipComparison longer = OwnershipComparison.of(OwnershipInputs.builder()
          .from(in).lifeMonths(in.lifeMonths() + extra).build());
      assertThat(longer.ownedCostPerDeviceHour())
          .isLessThanOrEqualTo(shorter.ownedCostPerDeviceHour());
    });
  }

  @Test
  void breakEvenShare_belowOneExactlyWhenBuyingCheaper() {
    qt().forAll(inputs()).checkAssert(in -> {
      OwnershipComparison c = OwnershipComparison.of(in);
      assertThat(c.breakEvenRentedShare().orElseThrow().compareTo(BigDecimal.ONE) < 0)
          .isEqualTo(c.isBuyingCheaper());
    });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(inputs()).checkAssert(in -> {
      OwnershipComparison c = OwnershipComparison.of(in);
      assertThat(CostTesting.roundTrip(c, OwnershipComparison.class)).isEqualTo(c);
    });
  }
}
