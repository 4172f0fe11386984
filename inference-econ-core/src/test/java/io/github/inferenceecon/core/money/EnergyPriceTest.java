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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.units.Energy;
import io.github.inferenceecon.core.units.Power;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;

final class EnergyPriceTest {

  private static final Currency USD = Currency.getInstance("USD");

  private static final Money USD_0_0815 = Money.of("USD", "0.0815");
  private static final EnergyPrice USD_0_0815_PER_KWH = EnergyPrice.perKilowattHour(USD_0_0815);
  private static final EnergyPrice EUR_0_25_PER_KWH =
      EnergyPrice.perKilowattHour(Money.of("EUR", "0.25"));
  private static final Energy KWH_1 = Energy.ofKilowattHours(1);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(EnergyPrice.class);
  }

  //--- perKilowattHour(Money) -------------------------------------------------------------------

  @Test
  void perKilowattHour_keepsPrice() {
    assertThat(USD_0_0815_PER_KWH.price()).isEqualTo(USD_0_0815);
  }

  @Test
  void perKilowattHour_zero_isAllowed() {
    assertThat(EnergyPrice.perKilowattHour(Money.zero(USD)).price().isZero()).isTrue();
  }

  @Test
  void perKilowattHour_negative_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EnergyPrice.perKilowattHour(Money.of("USD", "-0.01")))
        .withMessage("Energy price must not be negative: USD -0.01");
  }

  @Test
  void perKilowattHour_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> EnergyPrice.perKilowattHour(null))
        .withMessage("price");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @Test
  void parse_perKwh_isPrice() {
    assertThat(EnergyPrice.parse("USD 0.0815 per kWh")).isEqualTo(USD_0_0815_PER_KWH);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(EnergyPrice.parse(EUR_0_25_PER_KWH.toString())).isEqualTo(EUR_0_25_PER_KWH);
  }

  @Test
  void parse_otherUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> EnergyPrice.parse("USD 81.5 per MWh"))
        .withMessage("Text cannot be parsed to a EnergyPrice: 'USD 81.5 per MWh'")
        .withNoCause();
  }

  @Test
  void parse_badMoney_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> EnergyPrice.parse("USD cheap per kWh"))
        .withMessage("Text cannot be parsed to a EnergyPrice: 'USD cheap per kWh'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_negative_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> EnergyPrice.parse("USD -1 per kWh"))
        .withMessage("Text cannot be parsed to a EnergyPrice: 'USD -1 per kWh'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> EnergyPrice.parse(null))
        .withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isAmountCurrencyAndUnit() {
    assertThat(toJson(USD_0_0815_PER_KWH))
        .isEqualTo("{\"amount\":\"0.0815\",\"currency\":\"USD\",\"per\":\"kWh\"}");
  }

  @Test
  void json_readWithoutUnit_isPerKwh() {
    assertThat(fromJson("{\"amount\":\"0.0815\",\"currency\":\"USD\"}", EnergyPrice.class))
        .isEqualTo(USD_0_0815_PER_KWH);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(EUR_0_25_PER_KWH), EnergyPrice.class)).isEqualTo(EUR_0_25_PER_KWH);
  }

  @Test
  void json_otherUnit_throws() {
    assertThatThrownBy(() -> fromJson(
        "{\"amount\":\"81.5\",\"currency\":\"USD\",\"per\":\"MWh\"}", EnergyPrice.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Energy price must be per 'kWh': 'MWh'");
  }

  @Test
  void json_negative_throws() {
    assertThatThrownBy(() -> fromJson("{\"amount\":\"-1\",\"currency\":\"USD\"}",
        EnergyPrice.class)).hasRootCauseMessage("Energy price must not be negative: USD -1");
  }

  //--- price() / currency() ---------------------------------------------------------------------

  @Test
  void accessors_returnParts() {
    assertThat(EUR_0_25_PER_KWH.price()).isEqualTo(Money.of("EUR", "0.25"));
    assertThat(EUR_0_25_PER_KWH.currency()).isEqualTo(Currency.getInstance("EUR"));
  }

  //--- costOf(Energy) ---------------------------------------------------------------------------

  @Test
  void costOf_oneKilowattHour_isThePrice() {
    // 1 kWh = 3.6 MJ, which converts back to exactly 1.0 kWh
    assertThat(USD_0_0815_PER_KWH.costOf(KWH_1)).isEqualTo(USD_0_0815);
    assertThat(USD_0_0815_PER_KWH.costOf(Energy.parse("3.6 MJ"))).isEqualTo(USD_0_0815);
  }

  @Test
  void costOf_700WattsForAnHour_is0_05705() {
    // 700 W x 1 h = 0.7 kWh; 0.7 x USD 0.0815 = USD 0.05705
    Energy energy = Power.ofWatts(700).energyOver(Duration.ofHours(1));
    assertThat(USD_0_0815_PER_KWH.costOf(energy)).isEqualTo(Money.of("USD", "0.05705"));
  }

  @Test
  void costOf_noEnergy_isZero() {
    assertThat(USD_0_0815_PER_KWH.costOf(Energy.ZERO)).isEqualTo(Money.zero(USD));
  }

  @Test
  void costOf_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_0_0815_PER_KWH.costOf(null))
        .withMessage("energy");
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(USD_0_0815_PER_KWH, EnergyPrice.parse("USD 0.08150 per kWh"),
        EUR_0_25_PER_KWH);
  }

  //--- toString() -------------------------------------------------------------------------------

  @Test
  void toString_isMoneyPerKwh() {
    assertThat(USD_0_0815_PER_KWH.toString()).isEqualTo("USD 0.0815 per kWh");
  }
}
