/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreAssertions.assertEqualsContract;
import static io.github.inferenceecon.core.CoreAssertions.assertImmutable;
import static io.github.inferenceecon.core.CoreAssertions.fromJson;
import static io.github.inferenceecon.core.CoreAssertions.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

final class HourlyPriceTest {

  private static final Currency USD = Currency.getInstance("USD");

  private static final Money USD_3 = Money.of("USD", "3");
  private static final Money USD_98_32 = Money.of("USD", "98.32");

  private static final HourlyPrice USD_98_32_PER_INSTANCE_HOUR =
      HourlyPrice.of(USD_98_32, PriceBasis.INSTANCE);
  private static final HourlyPrice USD_98_32_PER_DEVICE_HOUR =
      HourlyPrice.of(USD_98_32, PriceBasis.DEVICE);
  private static final HourlyPrice USD_12_29_PER_DEVICE_HOUR =
      HourlyPrice.of(Money.of("USD", "12.29"), PriceBasis.DEVICE);
  private static final HourlyPrice USD_3_PER_DEVICE_HOUR = HourlyPrice.of(USD_3, PriceBasis.DEVICE);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(HourlyPrice.class);
  }

  //--- of(Money, PriceBasis) --------------------------------------------------------------------

  @Test
  void of_keepsPriceAndBasis() {
    assertThat(USD_98_32_PER_INSTANCE_HOUR.price()).isEqualTo(USD_98_32);
    assertThat(USD_98_32_PER_INSTANCE_HOUR.basis()).isEqualTo(PriceBasis.INSTANCE);
  }

  @Test
  void of_zeroPrice_isAllowed() {
    assertThat(HourlyPrice.of(Money.zero(USD), PriceBasis.DEVICE).price().isZero()).isTrue();
  }

  @Test
  void of_negativePrice_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HourlyPrice.of(Money.of("USD", "-1"), PriceBasis.DEVICE))
        .withMessage("Hourly price must not be negative: USD -1");
  }

  @Test
  void of_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> HourlyPrice.of(null, PriceBasis.DEVICE))
        .withMessage("price");
    assertThatNullPointerException().isThrownBy(() -> HourlyPrice.of(USD_3, null))
        .withMessage("basis");
  }

  //--- perDeviceHour(Money) / perInstanceHour(Money) --------------------------------------------

  @Test
  void perDeviceHour_isDeviceBasis() {
    assertThat(HourlyPrice.perDeviceHour(USD_3)).isEqualTo(USD_3_PER_DEVICE_HOUR);
  }

  @Test
  void perInstanceHour_isInstanceBasis() {
    assertThat(HourlyPrice.perInstanceHour(USD_98_32)).isEqualTo(USD_98_32_PER_INSTANCE_HOUR);
  }

  @Test
  void perBasisFactories_negative_throw() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HourlyPrice.perDeviceHour(Money.of("USD", "-0.01")))
        .withMessage("Hourly price must not be negative: USD -0.01");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HourlyPrice.perInstanceHour(Money.of("USD", "-0.01")))
        .withMessage("Hourly price must not be negative: USD -0.01");
  }

  @Test
  void perBasisFactories_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> HourlyPrice.perDeviceHour(null))
        .withMessage("price");
    assertThatNullPointerException().isThrownBy(() -> HourlyPrice.perInstanceHour(null))
        .withMessage("price");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @Test
  void parse_instanceHour_isPrice() {
    assertThat(HourlyPrice.parse("USD 98.32 per instance-hour"))
        .isEqualTo(USD_98_32_PER_INSTANCE_HOUR);
  }

  @Test
  void parse_deviceHour_isPrice() {
    assertThat(HourlyPrice.parse("USD 3 per device-hour")).isEqualTo(USD_3_PER_DEVICE_HOUR);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(HourlyPrice.parse(USD_12_29_PER_DEVICE_HOUR.toString()))
        .isEqualTo(USD_12_29_PER_DEVICE_HOUR);
  }

  @Test
  void parse_unknownBasis_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> HourlyPrice.parse("USD 3 per gpu-hour"))
        .withMessage("Text cannot be parsed to a HourlyPrice: 'USD 3 per gpu-hour'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_noBasis_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> HourlyPrice.parse("USD 3 / hour"))
        .withMessage("Text cannot be parsed to a HourlyPrice: 'USD 3 / hour'")
        .withNoCause();
  }

  @Test
  void parse_negativePrice_throwsWithCause() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HourlyPrice.parse("USD -3 per device-hour"))
        .withMessage("Text cannot be parsed to a HourlyPrice: 'USD -3 per device-hour'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> HourlyPrice.parse(null))
        .withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isAmountCurrencyAndBasis() {
    assertThat(toJson(USD_98_32_PER_INSTANCE_HOUR))
        .isEqualTo("{\"amount\":\"98.32\",\"currency\":\"USD\",\"per\":\"instance-hour\"}");
  }

  @Test
  void json_read_isPrice() {
    assertThat(fromJson("{\"amount\":\"3\",\"currency\":\"USD\",\"per\":\"device-hour\"}",
        HourlyPrice.class)).isEqualTo(USD_3_PER_DEVICE_HOUR);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(USD_12_29_PER_DEVICE_HOUR), HourlyPrice.class))
        .isEqualTo(USD_12_29_PER_DEVICE_HOUR);
  }

  @Test
  void json_unknownBasis_throws() {
    assertThatThrownBy(() -> fromJson(
        "{\"amount\":\"3\",\"currency\":\"USD\",\"per\":\"gpu-hour\"}", HourlyPrice.class))
        .hasRootCauseMessage("Unknown price basis 'gpu-hour' (known: device-hour, instance-hour)");
  }

  @Test
  void json_missingBasis_throws() {
    assertThatThrownBy(() -> fromJson("{\"amount\":\"3\",\"currency\":\"USD\"}",
        HourlyPrice.class)).hasMessageContaining("Missing required creator property 'per'");
  }

  //--- price() / basis() / currency() -----------------------------------------------------------

  @Test
  void accessors_returnParts() {
    assertThat(USD_3_PER_DEVICE_HOUR.price()).isEqualTo(USD_3);
    assertThat(USD_3_PER_DEVICE_HOUR.basis()).isEqualTo(PriceBasis.DEVICE);
    assertThat(USD_3_PER_DEVICE_HOUR.currency()).isEqualTo(USD);
  }

  //--- costForHours(BigDecimal) -----------------------------------------------------------------

  @Test
  void costForHours_month_isExact() {
    // 730 h x USD 3 = USD 2190
    assertThat(USD_3_PER_DEVICE_HOUR.costForHours(BigDecimal.valueOf(730)))
        .isEqualTo(Money.of("USD", "2190"));
  }

  @Test
  void costForHours_halfHour_isExact() {
    assertThat(USD_98_32_PER_INSTANCE_HOUR.costForHours(new BigDecimal("0.5")))
        .isEqualTo(Money.of("USD", "49.16"));
  }

  @Test
  void costForHours_negative_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_3_PER_DEVICE_HOUR.costForHours(new BigDecimal("-1.0")))
        .withMessage("Hours must not be negative: -1.0");
  }

  @Test
  void costForHours_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_3_PER_DEVICE_HOUR.costForHours(null))
        .withMessage("hours");
  }

  //--- costFor(Duration, MathContext) -----------------------------------------------------------

  @Test
  void costFor_90Minutes_isOneAndAHalfHours() {
    // 5400 s / 3600 s/h x USD 3 = USD 4.5
    assertThat(USD_3_PER_DEVICE_HOUR.costFor(Duration.ofMinutes(90), MathContext.DECIMAL64))
        .isEqualTo(Money.of("USD", "4.5"));
  }

  @Test
  void costFor_oneSecond_roundsToPrecision() {
    // 98.32 / 3600 = 0.0273111...; four significant digits 0.02731
    assertThat(USD_98_32_PER_DEVICE_HOUR.costFor(Duration.ofSeconds(1), new MathContext(4)))
        .isEqualTo(Money.of("USD", "0.02731"));
  }

  @Test
  void costFor_nanoseconds_areCounted() {
    // 1.8 s = 0.0005 h; x USD 3 = USD 0.0015
    assertThat(USD_3_PER_DEVICE_HOUR.costFor(Duration.ofMillis(1800), MathContext.DECIMAL64))
        .isEqualTo(Money.of("USD", "0.0015"));
  }

  @Test
  void costFor_zero_isZero() {
    assertThat(USD_3_PER_DEVICE_HOUR.costFor(Duration.ZERO, MathContext.DECIMAL64).isZero())
        .isTrue();
  }

  @Test
  void costFor_negativeDuration_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_3_PER_DEVICE_HOUR.costFor(Duration.ofSeconds(-1),
            MathContext.DECIMAL64))
        .withMessage("Duration must not be negative: PT-1S");
  }

  @Test
  void costFor_nonTerminatingUnlimited_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() ->
        USD_98_32_PER_DEVICE_HOUR.costFor(Duration.ofSeconds(1), MathContext.UNLIMITED));
  }

  @Test
  void costFor_nulls_throw() {
    assertThatNullPointerException()
        .isThrownBy(() -> USD_3_PER_DEVICE_HOUR.costFor(null, MathContext.DECIMAL64))
        .withMessage("duration");
    assertThatNullPointerException()
        .isThrownBy(() -> USD_3_PER_DEVICE_HOUR.costFor(Duration.ZERO, null))
        .withMessage("context");
  }

  //--- perDevice(int) ---------------------------------------------------------------------------

  @Test
  void perDevice_eightGpuInstance_isExactPerDeviceHour() {
    // USD 98.32 per instance-hour / 8 devices = USD 12.29 per device-hour, exactly
    assertThat(USD_98_32_PER_INSTANCE_HOUR.perDevice(8)).isEqualTo(USD_12_29_PER_DEVICE_HOUR);
  }

  @Test
  void perDevice_nonTerminating_throwsArithmetic() {
    // 98.32 / 3 = 32.7733... does not terminate
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_98_32_PER_INSTANCE_HOUR.perDevice(3));
  }

  @Test
  void perDevice_alreadyPerDeviceWithOne_isUnchanged() {
    assertThat(USD_3_PER_DEVICE_HOUR.perDevice(1)).isEqualTo(USD_3_PER_DEVICE_HOUR);
  }

  @Test
  void perDevice_alreadyPerDeviceWithMany_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> USD_3_PER_DEVICE_HOUR.perDevice(8))
        .withMessage("Price is already per device-hour; devices per instance must be 1: 8");
  }

  @Test
  void perDevice_zero_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_98_32_PER_INSTANCE_HOUR.perDevice(0))
        .withMessage("Devices per instance must be positive: 0");
  }

  @Test
  void perDevice_negative_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_98_32_PER_INSTANCE_HOUR.perDevice(-8))
        .withMessage("Devices per instance must be positive: -8");
  }

  //--- perDevice(int, MathContext) --------------------------------------------------------------

  @Test
  void perDeviceRounded_threeDevices_roundsToPrecision() {
    // 98.32 / 3 = 32.77333...; six significant digits, half-up: 32.7733
    assertThat(USD_98_32_PER_INSTANCE_HOUR.perDevice(3, new MathContext(6, RoundingMode.HALF_UP)))
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "32.7733")));
  }

  @Test
  void perDeviceRounded_exact_equalsExactOverload() {
    assertThat(USD_98_32_PER_INSTANCE_HOUR.perDevice(8, MathContext.DECIMAL64))
        .isEqualTo(USD_12_29_PER_DEVICE_HOUR);
  }

  @Test
  void perDeviceRounded_alreadyPerDevice_rules() {
    assertThat(USD_3_PER_DEVICE_HOUR.perDevice(1, MathContext.DECIMAL64))
        .isEqualTo(USD_3_PER_DEVICE_HOUR);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_3_PER_DEVICE_HOUR.perDevice(2, MathContext.DECIMAL64))
        .withMessage("Price is already per device-hour; devices per instance must be 1: 2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_98_32_PER_INSTANCE_HOUR.perDevice(0, MathContext.DECIMAL64))
        .withMessage("Devices per instance must be positive: 0");
  }

  @Test
  void perDeviceRounded_nullContext_throws() {
    assertThatNullPointerException()
        .isThrownBy(() -> USD_98_32_PER_INSTANCE_HOUR.perDevice(8, null))
        .withMessage("context");
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(USD_98_32_PER_INSTANCE_HOUR,
        HourlyPrice.parse("USD 98.320 per instance-hour"), USD_98_32_PER_DEVICE_HOUR);
  }

  @Test
  void equals_samePriceOtherBasis_isNotEqual() {
    assertThat(USD_98_32_PER_INSTANCE_HOUR).isNotEqualTo(USD_98_32_PER_DEVICE_HOUR);
  }

  //--- toString() -------------------------------------------------------------------------------

  @Test
  void toString_isMoneyPerBasis() {
    assertThat(USD_98_32_PER_INSTANCE_HOUR.toString()).isEqualTo("USD 98.32 per instance-hour");
    assertThat(USD_3_PER_DEVICE_HOUR.toString()).isEqualTo("USD 3 per device-hour");
  }

  //--- checkDevicesPerInstance(OptionalInt) / billedUnits(int, OptionalInt) ---------------------
  @Test
  void checkDevicesPerInstance_acceptsWhatEachBasisNeeds() {
    USD_98_32_PER_INSTANCE_HOUR.checkDevicesPerInstance(OptionalInt.of(8));
    USD_3_PER_DEVICE_HOUR.checkDevicesPerInstance(OptionalInt.empty());
    USD_3_PER_DEVICE_HOUR.checkDevicesPerInstance(OptionalInt.of(1));
  }

  @Test
  void checkDevicesPerInstance_rejectsWhatEachBasisForbids() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_98_32_PER_INSTANCE_HOUR.checkDevicesPerInstance(OptionalInt.empty()))
        .withMessage("Devices per instance must be given for a price per instance-hour: "
            + "USD 98.32 per instance-hour");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_3_PER_DEVICE_HOUR.checkDevicesPerInstance(OptionalInt.of(8)))
        .withMessage("Devices per instance must be 1 or absent for a price per device-hour: 8");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_98_32_PER_INSTANCE_HOUR.checkDevicesPerInstance(OptionalInt.of(0)))
        .withMessage("Devices per instance must be positive: 0");
  }

  @Test
  void billedUnits_devicesPerDeviceHour_wholeInstancesPerInstanceHour() {
    assertThat(USD_3_PER_DEVICE_HOUR.billedUnits(12, OptionalInt.empty())).isEqualTo(12);
    // 12 devices in instances of 8: one full and one part-used instance, 2 paid for
    assertThat(USD_98_32_PER_INSTANCE_HOUR.billedUnits(12, OptionalInt.of(8))).isEqualTo(2);
    assertThat(USD_98_32_PER_INSTANCE_HOUR.billedUnits(16, OptionalInt.of(8))).isEqualTo(2);
    assertThat(USD_98_32_PER_INSTANCE_HOUR.billedUnits(1, OptionalInt.of(8))).isEqualTo(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_3_PER_DEVICE_HOUR.billedUnits(0, OptionalInt.empty()))
        .withMessage("Device count must be positive: 0");
  }
}
