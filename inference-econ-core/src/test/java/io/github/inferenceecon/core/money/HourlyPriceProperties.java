/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static io.github.inferenceecon.core.CoreGenerators.durations;
import static io.github.inferenceecon.core.CoreGenerators.hourlyPrices;
import static io.github.inferenceecon.core.CoreGenerators.nonNegativeMoneyAmounts;
import static io.github.inferenceecon.core.CoreGenerators.nonNegativeMonies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class HourlyPriceProperties {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  /** Device counts of the form 2^i x 5^j (1, 2, 4, 5, 8, 10, 16, ...), which divide exactly. */
  private static Gen<Integer> terminatingDeviceCounts() {
    return integers().between(0, 6).zip(integers().between(0, 4),
        (twos, fives) -> (1 << twos) * (int) Math.pow(5, fives));
  }

  private static BigDecimal exactSeconds(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
  }

  //--- parse(CharSequence) / toString() / JSON --------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    qt().forAll(hourlyPrices()).checkAssert(price ->
        assertThat(HourlyPrice.parse(price.toString())).isEqualTo(price));
  }

  @Test
  void toString_isMoneyPerBasisUnit() {
    qt().forAll(hourlyPrices()).checkAssert(price ->
        assertThat(price.toString()).isEqualTo(price.price() + " per " + price.basis().unit()));
  }

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(hourlyPrices()).checkAssert(price ->
        assertThat(jsonRoundTrip(price)).isEqualTo(price));
  }

  //--- costForHours(BigDecimal) -----------------------------------------------------------------

  @Test
  void costForHours_isAdditive() {
    qt().forAll(hourlyPrices(), nonNegativeMoneyAmounts(), nonNegativeMoneyAmounts())
        .checkAssert((price, h1, h2) ->
            assertThat(price.costForHours(h1.add(h2)))
                .isEqualTo(price.costForHours(h1).plus(price.costForHours(h2))));
  }

  @Test
  void costForHours_oneHour_isThePrice() {
    qt().forAll(hourlyPrices()).checkAssert(price ->
        assertThat(price.costForHours(BigDecimal.ONE)).isEqualTo(price.price()));
  }

  @Test
  void costForHours_neverDecreasesWithHours() {
    qt().forAll(hourlyPrices(), nonNegativeMoneyAmounts(), nonNegativeMoneyAmounts())
        .checkAssert((price, h1, h2) ->
            assertThat(price.costForHours(h1.min(h2)))
                .isLessThanOrEqualTo(price.costForHours(h1.max(h2))));
  }

  //--- costFor(Duration, MathContext) -----------------------------------------------------------

  @Test
  void costFor_wholeHours_equalsCostForHours() {
    // n hours is 3600 n seconds, so the division by 3600 is exact at unlimited precision
    qt().forAll(hourlyPrices(), longs().between(0, 1_000_000)).checkAssert((price, hours) ->
        assertThat(price.costFor(Duration.ofHours(hours), MathContext.UNLIMITED))
            .isEqualTo(price.costForHours(BigDecimal.valueOf(hours))));
  }

  @Test
  void costFor_floorAndCeiling_bracketTheExactCost() {
    // price x seconds / 3600, checked by multiplying back by 3600
    qt().forAll(hourlyPrices(), durations(), integers().between(1, 40))
        .checkAssert((price, duration, digits) -> {
          BigDecimal exactTimes3600 = price.price().amount().multiply(exactSeconds(duration));
          BigDecimal floor = price.costFor(duration,
              new MathContext(digits, RoundingMode.FLOOR)).amount();
          BigDecimal ceiling = price.costFor(duration,
              new MathContext(digits, RoundingMode.CEILING)).amount();
          assertThat(floor.multiply(SECONDS_PER_HOUR)).isLessThanOrEqualTo(exactTimes3600);
          assertThat(ceiling.multiply(SECONDS_PER_HOUR)).isGreaterThanOrEqualTo(exactTimes3600);
        });
  }

  @Test
  void costFor_neverDecreasesWithTime() {
    qt().forAll(hourlyPrices(), durations(), durations()).checkAssert((price, d1, d2) -> {
      Duration shorter = d1.compareTo(d2) <= 0 ? d1 : d2;
      Duration longer = d1.compareTo(d2) <= 0 ? d2 : d1;
      assertThat(price.costFor(shorter, MathContext.DECIMAL128))
          .isLessThanOrEqualTo(price.costFor(longer, MathContext.DECIMAL128));
    });
  }

  //--- perDevice(int) / perDevice(int, MathContext) ---------------------------------------------

  @Test
  void perDevice_timesDevices_isInstancePrice() {
    qt().forAll(nonNegativeMonies(), terminatingDeviceCounts()).checkAssert((money, devices) -> {
      HourlyPrice perDevice = HourlyPrice.perInstanceHour(money).perDevice(devices);
      assertThat(perDevice.basis()).isEqualTo(PriceBasis.DEVICE);
      assertThat(perDevice.price().multipliedBy(devices)).isEqualTo(money);
    });
  }

  @Test
  void perDevice_rounded_equalsExactWhenItTerminates() {
    qt().forAll(nonNegativeMonies(), terminatingDeviceCounts()).checkAssert((money, devices) -> {
      HourlyPrice instance = HourlyPrice.perInstanceHour(money);
      assertThat(instance.perDevice(devices, MathContext.UNLIMITED))
          .isEqualTo(instance.perDevice(devices));
    });
  }

  @Test
  void perDevice_floor_timesDevices_neverExceedsInstancePrice() {
    qt().forAll(nonNegativeMonies(), integers().between(1, 1_000), integers().between(1, 40))
        .checkAssert((money, devices, digits) -> {
          HourlyPrice instance = HourlyPrice.perInstanceHour(money);
          Money floor = instance.perDevice(devices, new MathContext(digits, RoundingMode.FLOOR))
              .price();
          Money ceiling = instance.perDevice(devices,
              new MathContext(digits, RoundingMode.CEILING)).price();
          assertThat(floor.multipliedBy(devices)).isLessThanOrEqualTo(money);
          assertThat(ceiling.multipliedBy(devices)).isGreaterThanOrEqualTo(money);
        });
  }

  @Test
  void perDevice_devicePrice_isUnchangedForOne() {
    qt().forAll(nonNegativeMonies()).checkAssert(money -> {
      HourlyPrice device = HourlyPrice.perDeviceHour(money);
      assertThat(device.perDevice(1)).isEqualTo(device);
      assertThat(device.perDevice(1, MathContext.DECIMAL32)).isEqualTo(device);
    });
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_samePartsRebuilt_isEqualWithSameHash() {
    qt().forAll(hourlyPrices()).checkAssert(price -> {
      HourlyPrice rebuilt = HourlyPrice.of(
          Money.of(price.currency(), price.price().amount().setScale(20)), price.basis());
      assertThat(rebuilt).isEqualTo(price);
      assertThat(rebuilt.hashCode()).isEqualTo(price.hashCode());
    });
  }

  @Test
  void equals_otherBasis_isNotEqual() {
    qt().forAll(hourlyPrices()).checkAssert(price -> {
      PriceBasis other = price.basis() == PriceBasis.DEVICE ? PriceBasis.INSTANCE
          : PriceBasis.DEVICE;
      assertThat(HourlyPrice.of(price.price(), other)).isNotEqualTo(price);
    });
  }
}
