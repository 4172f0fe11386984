/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static io.github.inferenceecon.core.CostFixtures.H100_PUE_1_2;
import static io.github.inferenceecon.core.CostFixtures.USD_24_PER_INSTANCE_HOUR;
import static io.github.inferenceecon.core.CostFixtures.USD_3_PER_DEVICE_HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class OwnershipComparisonTest {

  /**
   * Illustrative figures, not sourced: buy at USD 25,000, keep 48 months, host at USD 150 a
   * month, power at 700 W TDP, PUE 1.2, USD 0.10 per kWh, 60% utilised; or rent at USD 3 per
   * device-hour.
   */
  static final OwnershipInputs BUY_25K = OwnershipInputs.builder()
      .purchasePricePerDevice(Money.of("USD", "25000"))
      .lifeMonths(48)
      .hostingPerDeviceMonth(Money.of("USD", "150"))
      .energy(H100_PUE_1_2)
      .utilisation(0.6)
      .rentalPrice(USD_3_PER_DEVICE_HOUR)
      .build();
  static final OwnershipComparison BUY_25K_VS_RENT_3 = OwnershipComparison.of(BUY_25K);

  @Test
  void compare_handWorked() {
    // Amortisation: 25,000 / (48 x 730.485 h) = 25,000 / 35,063.28 = 0.71299661640325...
    assertThat(BUY_25K_VS_RENT_3.ownedLines().get(0).amount())
        .isEqualTo(Money.of("USD", "0.7129966164032572"));
    // Hosting: 150 / 730.485 = 0.20534302552413...
    assertThat(BUY_25K_VS_RENT_3.ownedLines().get(1).amount())
        .isEqualTo(Money.of("USD", "0.2053430255241381"));
    // Power: 700 W x 0.6 x 1.2 = 0.504 kWh per hour x USD 0.10 = 0.0504
    assertThat(BUY_25K_VS_RENT_3.ownedLines().get(2).amount())
        .isEqualTo(Money.of("USD", "0.0504"));
    assertThat(BUY_25K_VS_RENT_3.ownedCostPerDeviceHour())
        .isEqualTo(Money.of("USD", "0.9687396419273953"));
    assertThat(BUY_25K_VS_RENT_3.rentalCostPerDeviceHour()).isEqualTo(Money.of("USD", "3"));
    assertThat(BUY_25K_VS_RENT_3.savingPerDeviceHour())
        .isEqualTo(Money.of("USD", "2.0312603580726047"));
    assertThat(BUY_25K_VS_RENT_3.isBuyingCheaper()).isTrue();
    // Share: 0.9687396419273953 / 3
    assertThat(BUY_25K_VS_RENT_3.breakEvenRentedShare()).hasValueSatisfying(s ->
        assertThat(s).isEqualByComparingTo("0.3229132139757984"));
    // Payback: 25,000 / ((3 - 0.2053430255241381 - 0.0504) x 730.485) = 12.47... months
    assertThat(BUY_25K_VS_RENT_3.paybackMonths()).hasValueSatisfying(m ->
        assertThat(m).isEqualByComparingTo("12.47107610754744"));
  }

  @Test
  void compare_exactBreakEven_notCheaper() {
    // USD 21,914.55 over 10 months (7,304.85 h) is exactly USD 3 per hour, the rental price.
    OwnershipComparison even = OwnershipComparison.of(OwnershipInputs.builder()
        .purchasePricePerDevice(Money.of("USD", "21914.55")).lifeMonths(10).utilisation(1)
        .rentalPrice(USD_3_PER_DEVICE_HOUR).build());

    assertThat(even.ownedCostPerDeviceHour()).isEqualTo(Money.of("USD", "3"));
    assertThat(even.isBuyingCheaper()).isFalse();
    assertThat(even.breakEvenRentedShare()).hasValueSatisfying(s ->
        assertThat(s).isEqualByComparingTo("1"));
    assertThat(even.paybackMonths()).hasValueSatisfying(m ->
        assertThat(m).isEqualByComparingTo("10"));
    assertThat(even.assumptions()).contains("Hosting not included", "Power not included",
        "No residual value at the end of the life");
  }

  @Test
  void compare_residualValue_lowersAmortisation() {
    // (21,914.55 - 7,304.85) / 7,304.85 h = 2 per hour.
    OwnershipComparison c = OwnershipComparison.of(OwnershipInputs.builder()
        .purchasePricePerDevice(Money.of("USD", "21914.55"))
        .residualValuePerDevice(Money.of("USD", "7304.85")).lifeMonths(10).utilisation(1)
        .rentalPrice(USD_3_PER_DEVICE_HOUR).build());

    assertThat(c.ownedCostPerDeviceHour()).isEqualTo(Money.of("USD", "2"));
  }

  @Test
  void compare_instanceRental_perDevice() {
    // USD 24 per 8-device instance-hour is USD 3 per device-hour.
    OwnershipComparison c = OwnershipComparison.of(OwnershipInputs.builder().from(BUY_25K)
        .rentalPrice(USD_24_PER_INSTANCE_HOUR).rentalDevicesPerInstance(8)
        .build());

    assertThat(c.rentalCostPerDeviceHour()).isEqualTo(Money.of("USD", "3"));
  }

  @Test
  void compare_runningCostsAboveRent_noPayback() {
    OwnershipComparison c = OwnershipComparison.of(OwnershipInputs.builder().from(BUY_25K)
        .hostingPerDeviceMonth(Money.of("USD", "5000")).build());

    assertThat(c.paybackMonths()).isEmpty();
    assertThat(c.isBuyingCheaper()).isFalse();
  }

  @Test
  void compare_freeRental_noShare() {
    OwnershipComparison c = OwnershipComparison.of(OwnershipInputs.builder().from(BUY_25K)
        .rentalPrice(HourlyPrice.perDeviceHour(Money.zero(Money.USD))).build());

    assertThat(c.breakEvenRentedShare()).isEmpty();
  }

  @Test
  void inputs_invalid_throw() {
    assertThatThrownBy(() -> OwnershipInputs.builder().from(BUY_25K).lifeMonths(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Life in months must be positive: 0");
    assertThatThrownBy(() -> OwnershipInputs.builder().from(BUY_25K).utilisation(2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 2.0");
    assertThatThrownBy(() -> OwnershipInputs.builder().from(BUY_25K)
        .purchasePricePerDevice(Money.of("USD", "-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Purchase price must not be negative: USD -1");
    assertThatThrownBy(() -> OwnershipInputs.builder().from(BUY_25K)
        .residualValuePerDevice(Money.of("USD", "30000")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Residual value must not exceed the purchase price: USD 30000/USD 25000");
    assertThatThrownBy(() -> OwnershipInputs.builder().from(BUY_25K)
        .hostingPerDeviceMonth(Money.of("USD", "-5")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Hosting cost must not be negative: USD -5");
    assertThatThrownBy(() -> OwnershipInputs.builder().from(BUY_25K)
        .rentalPrice(USD_24_PER_INSTANCE_HOUR).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per instance must be given for a price per instance-hour: "
            + "USD 24 per instance-hour");
    assertThatThrownBy(() -> OwnershipInputs.builder().from(BUY_25K).rentalDevicesPerInstance(8)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per instance must be 1 or absent for a price per device-hour: 8");
  }

  @Test
  void inputs_mixedCurrencies_throw() {
    assertThatThrownBy(() -> OwnershipInputs.builder().from(BUY_25K)
        .hostingPerDeviceMonth(Money.of("EUR", "150")).build())
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
    assertThatThrownBy(() -> OwnershipInputs.builder().from(BUY_25K)
        .rentalPrice(HourlyPrice.perDeviceHour(Money.of("GBP", "2"))).build())
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void calculator_nullsAndUnlimited_throw() {
    assertThatThrownBy(() -> OwnershipComparison.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("inputs");
    assertThatThrownBy(() -> OwnershipComparison.of(BUY_25K, MathContext.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Math context precision must be positive: 0");
  }

  @Test
  void toString_readsLikeAnInvoice() {
    assertThat(BUY_25K_VS_RENT_3.toString()).startsWith(String.join("\n",
        "Buy or rent, per device-hour",
        "  amortisation per device-hour: 0.00002851986465613029 device lives x USD 25000 per "
            + "device life = USD 0.7129966164032572 [(purchase USD 25000 - residual USD 0) over "
            + "48 months of 730.485 h]",
        "  hosting per device-hour: 0.001368953503494254 device-months x USD 150 per "
            + "device-month = USD 0.2053430255241381",
        "  power per device-hour: 0.504 kWh x USD 0.1 per kWh = USD 0.0504",
        "  owned: USD 0.9687396419273953",
        "  rented: USD 3",
        "  saving by buying: USD 2.0312603580726047",
        "  break-even rented share: 0.3229132139757984",
        "  payback: 12.47107610754744 months"));
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(BUY_25K, OwnershipInputs.class)).isEqualTo(BUY_25K);
    assertThat(CostTesting.roundTrip(BUY_25K_VS_RENT_3, OwnershipComparison.class))
        .isEqualTo(BUY_25K_VS_RENT_3);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableOwnershipInputs.class);
    CostTesting.assertFieldsFinal(ImmutableOwnershipComparison.class);
  }

  @Test
  void of_defaultContext_isDecimal64() {
    OwnershipComparison c = OwnershipComparison.of(BUY_25K);

    assertThat(c.mathContext()).isEqualTo(MathContext.DECIMAL64);
    assertThat(c).isEqualTo(OwnershipComparison.of(BUY_25K,
        MathContext.DECIMAL64));
  }

  @Test
  void of_callerContext_used() {
    // 25,000 / 35,063.28 = 0.713 at 3 digits
    OwnershipComparison c = OwnershipComparison.of(BUY_25K,
        new MathContext(3));

    assertThat(c.ownedLines().get(0).amount().amount()).isEqualByComparingTo("0.713");
  }
}
