/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.internal.InvalidFieldException;
import static io.github.inferenceecon.hardware.Fixtures.acmeOffer;
import static io.github.inferenceecon.hardware.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class CloudOfferTest {

  private static final CloudOffer X1X8_USD_23_92 = acmeOffer().build();
  private static final HourlyPrice USD_2_99_PER_DEVICE =
      HourlyPrice.perDeviceHour(Money.of("USD", "2.99"));

  //-----------------------------------------------------------------------
  // perDeviceHour, perInstanceHour
  @Test
  void perDeviceHour_instancePrice_isDividedExactly() {
    // 23.92 / 8 = 2.99
    assertThat(X1X8_USD_23_92.perDeviceHour()).isEqualTo(USD_2_99_PER_DEVICE);
  }

  @Test
  void perDeviceHour_devicePrice_isUnchanged() {
    CloudOffer offer = acmeOffer().acceleratorCount(1).price(USD_2_99_PER_DEVICE).build();

    assertThat(offer.perDeviceHour()).isEqualTo(USD_2_99_PER_DEVICE);
    assertThat(offer.perDeviceHour(MathContext.DECIMAL64)).isEqualTo(USD_2_99_PER_DEVICE);
  }

  @Test
  void perDeviceHour_nonTerminating_throwsArithmetic() {
    CloudOffer threeDevices = acmeOffer().acceleratorCount(3)
        .price(HourlyPrice.perInstanceHour(Money.of("USD", "10"))).build();

    assertThatThrownBy(threeDevices::perDeviceHour).isInstanceOf(ArithmeticException.class);
    // 10 / 3 to 4 significant digits.
    assertThat(threeDevices.perDeviceHour(new MathContext(4)))
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "3.333")));
  }

  @Test
  void perInstanceHour_devicePrice_isMultiplied() {
    // A per-device price with four devices: 4 x 2.99 = 11.96 per instance-hour.
    CloudOffer offer = acmeOffer().acceleratorCount(4).price(USD_2_99_PER_DEVICE).build();

    assertThat(offer.perInstanceHour())
        .isEqualTo(HourlyPrice.perInstanceHour(Money.of("USD", "11.96")));
    assertThat(X1X8_USD_23_92.perInstanceHour()).isEqualTo(X1X8_USD_23_92.price());
  }

  //-----------------------------------------------------------------------
  // comparePerDeviceHour
  @Test
  void comparePerDeviceHour_comparesPerDevice() {
    // 23.92 / 8 = 2.99 < 3.39 / 1
    CloudOffer single = acmeOffer().id("acme-cloud-x1").acceleratorCount(1)
        .price(HourlyPrice.perInstanceHour(Money.of("USD", "3.39"))).build();

    assertThat(X1X8_USD_23_92.comparePerDeviceHour(single)).isNegative();
    assertThat(single.comparePerDeviceHour(X1X8_USD_23_92)).isPositive();
    assertThat(X1X8_USD_23_92.comparePerDeviceHour(
        acmeOffer().acceleratorCount(1).price(USD_2_99_PER_DEVICE).build())).isZero();
  }

  @Test
  void comparePerDeviceHour_otherCurrency_throws() {
    CloudOffer euro = acmeOffer().price(HourlyPrice.perInstanceHour(Money.of("EUR", "20")))
        .build();

    assertThatThrownBy(() -> X1X8_USD_23_92.comparePerDeviceHour(euro))
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
  }

  //-----------------------------------------------------------------------
  // check
  static Stream<Arguments> invalidOffers() {
    return Stream.of(
        Arguments.of("id", (Supplier<CloudOffer>) () -> acmeOffer().id("Acme x1").build(),
            "Offer id must be lower-case letters and digits joined by '-' or '.': 'Acme x1'"),
        Arguments.of("provider", (Supplier<CloudOffer>) () -> acmeOffer().provider("").build(),
            "Offer provider must not be blank: ''"),
        Arguments.of("instanceType",
            (Supplier<CloudOffer>) () -> acmeOffer().instanceType(" ").build(),
            "Offer instance type must not be blank: ' '"),
        Arguments.of("accelerator",
            (Supplier<CloudOffer>) () -> acmeOffer().accelerator(" ").build(),
            "Offer accelerator must not be blank: ' '"),
        Arguments.of("acceleratorAsPublished",
            (Supplier<CloudOffer>) () -> acmeOffer().acceleratorAsPublished("").build(),
            "Published accelerator name must not be blank: ''"),
        Arguments.of("acceleratorCount",
            (Supplier<CloudOffer>) () -> acmeOffer().acceleratorCount(0).build(),
            "Accelerator count must be positive: 0"),
        Arguments.of("region", (Supplier<CloudOffer>) () -> acmeOffer().region(" ").build(),
            "Offer region must not be blank: ' '"),
        Arguments.of("regionName",
            (Supplier<CloudOffer>) () -> acmeOffer().regionName("").build(),
            "Offer region name must not be blank: ''"),
        Arguments.of("priceAsPublished",
            (Supplier<CloudOffer>) () -> acmeOffer().priceAsPublished(" ").build(),
            "Published price must not be blank: ' '"),
        Arguments.of("effectiveUntil", (Supplier<CloudOffer>) () -> acmeOffer()
            .effectiveFrom(LocalDate.of(2025, 1, 1)).effectiveUntil(LocalDate.of(2025, 1, 1))
            .build(), "Offer must end after it starts: 2025-01-01 to 2025-01-01"),
        Arguments.of("source.figures",
            (Supplier<CloudOffer>) () -> acmeOffer().source(source("memory")).build(),
            "Offer source must not name figures: [memory]"),
        Arguments.of("notes", (Supplier<CloudOffer>) () -> acmeOffer().addNotes("").build(),
            "Note must not be blank: ''"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidOffers")
  void check_invalid_throwsWithFieldAndMessage(String field, Supplier<CloudOffer> build,
      String message) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(IllegalArgumentException.class, e -> {
      assertThat(e).hasMessage(message);
      assertThat(((InvalidFieldException) e).field()).isEqualTo(field);
    });
  }

  @Test
  void tier_isTheSourcesTier() {
    CloudOffer offer = acmeOffer().build();
    CloudOffer secondary = acmeOffer().source(Source.builder().url("https://list.example/x")
        .tier(SourceTier.SECONDARY).read(Fixtures.DATE_2026_11_27).build()).build();

    assertThat(offer.tier()).isEqualTo(SourceTier.PRIMARY);
    assertThat(secondary.tier()).isEqualTo(SourceTier.SECONDARY);
  }

  @Test
  void flags_defaultToFalse() {
    assertThat(X1X8_USD_23_92.isVariantAssumed()).isFalse();
    assertThat(X1X8_USD_23_92.isHistorical()).isFalse();
    assertThat(X1X8_USD_23_92.isAcceleratorOnly()).isFalse();
  }

  //-----------------------------------------------------------------------
  // JSON, text
  @Test
  void json_roundTrip_equalsOriginal() throws JsonProcessingException {
    CloudOffer offer = acmeOffer().region("us-east-1").regionName("US East")
        .acceleratorAsPublished("8 x X1").variantAssumed(true).historical(true)
        .effectiveFrom(LocalDate.of(2025, 1, 1)).effectiveUntil(LocalDate.of(2026, 1, 1))
        .priceAsPublished("USD 0.0066 per device-second").addNotes("note").build();
    String json = Fixtures.MAPPER.writeValueAsString(offer);

    assertThat(json).contains(
        "\"price\":{\"amount\":\"23.92\",\"currency\":\"USD\",\"per\":\"instance-hour\"}",
        "\"variantAssumed\":true", "\"effectiveUntil\":\"2026-01-01\"");
    assertThat(Fixtures.MAPPER.readValue(json, CloudOffer.class)).isEqualTo(offer);
  }

  @Test
  void toString_summarisesTheOffer() {
    assertThat(X1X8_USD_23_92).hasToString(
        "Acme Cloud x1.8: 8 x acme-x1, ON_DEMAND, USD 23.92 per instance-hour");
  }
}
