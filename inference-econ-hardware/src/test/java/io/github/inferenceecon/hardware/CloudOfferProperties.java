/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.inferenceecon.core.money.HourlyPrice;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class CloudOfferProperties {

  private static int sign(int value) {
    return Integer.signum(value);
  }

  @Test
  void comparePerDeviceHour_agreesWithDividedPrices() {
    // Dividing to 34 digits cannot change the order of prices with at most 7 digits over at
    // most 16 devices (their quotients differ in the 8th significant digit at the latest).
    qt().forAll(HardwareGenerators.offers(), HardwareGenerators.offers()).checkAssert((a, b) -> {
      int exact = a.comparePerDeviceHour(b);
      int divided = a.perDeviceHour(MathContext.DECIMAL128).price()
          .compareTo(b.perDeviceHour(MathContext.DECIMAL128).price());
      assertThat(sign(exact)).isEqualTo(sign(divided));
    });
  }

  @Test
  void comparePerDeviceHour_isAntisymmetric() {
    qt().forAll(HardwareGenerators.offers(), HardwareGenerators.offers()).checkAssert((a, b) ->
        assertThat(sign(a.comparePerDeviceHour(b))).isEqualTo(-sign(b.comparePerDeviceHour(a))));
  }

  @Test
  void perInstanceHour_thenPerDevice_isPerDeviceHour() {
    qt().forAll(HardwareGenerators.offers()).checkAssert(offer -> {
      HourlyPrice instance = offer.perInstanceHour();
      assertThat(instance.perDevice(offer.acceleratorCount(), MathContext.DECIMAL128))
          .isEqualTo(offer.perDeviceHour(MathContext.DECIMAL128));
    });
  }

  @Test
  void perDeviceHour_timesCount_isTheInstancePrice_whenExact() {
    qt().forAll(HardwareGenerators.offers()).checkAssert(offer -> {
      try {
        HourlyPrice perDevice = offer.perDeviceHour();
        assertThat(perDevice.price().multipliedBy(offer.acceleratorCount()))
            .isEqualTo(offer.perInstanceHour().price());
      } catch (ArithmeticException nonTerminating) {
        // 1/3, 1/7 ... of a cent: only the MathContext overload can express it.
        assertThat(offer.acceleratorCount() % 3 == 0 || offer.acceleratorCount() % 7 == 0
            || offer.acceleratorCount() % 9 == 0 || offer.acceleratorCount() % 11 == 0
            || offer.acceleratorCount() % 13 == 0).isTrue();
      }
    });
  }

  @Test
  void json_readAfterWrite_equalsOriginal() {
    qt().forAll(HardwareGenerators.offers()).checkAssert(offer -> {
      try {
        String json = Fixtures.MAPPER.writeValueAsString(offer);
        assertThat(Fixtures.MAPPER.readValue(json, CloudOffer.class)).isEqualTo(offer);
      } catch (JsonProcessingException e) {
        throw new AssertionError(e);
      }
    });
  }
}
