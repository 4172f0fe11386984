/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.json.InvalidJsonException;
import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_12_06;
import static io.github.inferenceecon.hardware.Fixtures.clockAt;
import static io.github.inferenceecon.hardware.Fixtures.json;
import static io.github.inferenceecon.hardware.Fixtures.messages;
import static io.github.inferenceecon.hardware.Fixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.CarbonIntensity;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

final class EnergyDefaultsTest {

  private static final EnergyDefaults BUNDLED = EnergyDefaults.bundled();

  private static String energyFile(String body) {
    return json("{'schemaVersion': 1, 'version': 'e1', 'publishedOn': '2026-11-01'" + body
        + "}");
  }

  private static final String PUE_1_2 = "{'id': 'my-site-2026', 'value': 1.2, 'scope': 'My "
      + "site', 'year': 2026, 'sources': [{'url': 'https://my.example/pue', 'tier': 'PRIMARY',"
      + " 'read': '2026-11-01'}]}";

  //-----------------------------------------------------------------------
  // bundled
  @Test
  void bundled_counts() {
    assertThat(BUNDLED.pue()).hasSize(4);
    assertThat(BUNDLED.electricityPrices()).hasSize(28);
    assertThat(BUNDLED.carbonIntensities()).hasSize(6);
    assertThat(BUNDLED.version()).isEqualTo("2026-12-06");
    assertThat(BUNDLED.publishedOn()).isEqualTo(DATE_2026_12_06);
  }

  @Test
  void bundled_tiers_sdesRestatingTheIeaIsSecondary() {
    // France's SDES states its carbon intensities 'based on IEA': a restatement, so secondary;
    // every other figure is published by the body that measures it.
    assertThat(BUNDLED.carbonIntensities()).filteredOn(c -> c.tier() == SourceTier.SECONDARY)
        .extracting(CarbonIntensityFigure::id)
        .containsExactly("eu27-sdes-2020", "de-sdes-2020", "pl-sdes-2020");
    assertThat(BUNDLED.pue()).extracting(PueFigure::tier).containsOnly(SourceTier.PRIMARY);
    assertThat(BUNDLED.electricityPrices()).extracting(ElectricityPriceFigure::tier)
        .containsOnly(SourceTier.PRIMARY);
  }

  @Test
  void primaryOnly_dropsSecondaryFigures_keepsPrimaryDefault() {
    EnergyDefaults primary = BUNDLED.primaryOnly();

    assertThat(primary.carbonIntensities()).hasSize(3)
        .extracting(CarbonIntensityFigure::tier).containsOnly(SourceTier.PRIMARY);
    assertThat(primary.pue()).hasSize(4);
    assertThat(primary.electricityPrices()).hasSize(28);
    assertThat(primary.defaultPue().map(PueFigure::id)).contains("uptime-industry-average-2023");
    assertThat(primary.version()).isEqualTo(BUNDLED.version());
  }

  @Test
  void primaryOnly_secondaryDefault_leavesNoDefault() throws IOException {
    EnergyDefaults secondary = EnergyDefaults.read(stream(json("{'schemaVersion': 1, "
        + "'version': 'v', 'publishedOn': '2026-11-01', 'defaults': {'pue': 'my-site-2026'}, "
        + "'pue': [" + PUE_1_2.replace("'PRIMARY'", "'SECONDARY'") + "]}")), "e.json");

    assertThat(secondary.defaultPue()).isPresent();
    assertThat(secondary.primaryOnly().defaultPue()).isEmpty();
    assertThat(secondary.primaryOnly().pue()).isEmpty();
  }

  @Test
  void defaultPue_isUptimeIndustryAverage2023() {
    PueFigure pue = BUNDLED.defaultPue().orElseThrow();

    assertThat(pue.id()).isEqualTo("uptime-industry-average-2023");
    assertThat(pue.value()).isEqualByComparingTo(new BigDecimal("1.58"));
    assertThat(pue.year()).isEqualTo(2023);
    assertThat(pue.sources().get(0).sourceDate()).contains("2023-11-23");
  }

  @Test
  void pueFigure_byId() {
    assertThat(BUNDLED.pueFigure("aws-global-2025").value())
        .isEqualByComparingTo(new BigDecimal("1.14"));
    assertThatThrownBy(() -> BUNDLED.pueFigure("aws-global-2026"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessage("Unknown PUE figure 'aws-global-2026' (did you mean: aws-global-2024, "
            + "aws-global-2025?)");
  }

  @Test
  void electricityPrices_byRegionIgnoringCase() {
    // EIA 2023: Virginia commercial 8.95 and industrial 8.92 cents per kWh.
    assertThat(BUNDLED.electricityPrices("us-va"))
        .extracting(ElectricityPriceFigure::sector, ElectricityPriceFigure::price)
        .containsExactly(
            Tuple.tuple(ElectricitySector.COMMERCIAL,
                EnergyPrice.perKilowattHour(Money.of("USD", "0.0895"))),
            Tuple.tuple(ElectricitySector.INDUSTRIAL,
                EnergyPrice.perKilowattHour(Money.of("USD", "0.0892"))));
    assertThat(BUNDLED.electricityPrices("XX")).isEmpty();
  }

  @Test
  void electricityPrice_eurostatExtreme_isNonHouseholdInEuro() {
    ElectricityPriceFigure cyprus = BUNDLED.electricityPrice("cy-non-household-2023h2");

    assertThat(cyprus.region()).isEqualTo("CY");
    assertThat(cyprus.sector()).isEqualTo(ElectricitySector.NON_HOUSEHOLD);
    assertThat(cyprus.price()).isEqualTo(EnergyPrice.perKilowattHour(Money.of("EUR", "0.276")));
    assertThat(cyprus.notes().get(0)).contains("not an average");
  }

  @Test
  void carbonIntensities_byRegion_sayWhichGasesTheyCount() {
    CarbonIntensityFigure us2023 = BUNDLED.carbonIntensity("us-eia-utility-scale-2023");

    assertThat(us2023.gases()).isEqualTo(GreenhouseGases.CO2_ONLY);
    assertThat(us2023.intensity()).isEqualTo(CarbonIntensity.of(366));
    assertThat(us2023.derivation()).isPresent();
    assertThat(BUNDLED.carbonIntensities("eu-27"))
        .extracting(CarbonIntensityFigure::year, CarbonIntensityFigure::gases)
        .containsExactly(
            Tuple.tuple(2018, GreenhouseGases.CO2_EQUIVALENT),
            Tuple.tuple(2020, GreenhouseGases.CO2_ONLY));
  }

  //-----------------------------------------------------------------------
  // read, mergedOver
  @Test
  void read_noDefault_hasNoDefaultPue() throws IOException {
    EnergyDefaults mine = EnergyDefaults.read(stream(energyFile(", 'pue': [" + PUE_1_2 + "]")),
        "e.json");

    assertThat(mine.defaultPue()).isEmpty();
    assertThat(mine.pue()).hasSize(1);
    assertThat(mine.electricityPrices()).isEmpty();
  }

  @Test
  void read_unknownDefault_namesTheField() {
    assertThatThrownBy(() -> EnergyDefaults.read(stream(energyFile(
        ", 'defaults': {'pue': 'elsewhere'}, 'pue': [" + PUE_1_2 + "]")), "e.json"))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly(
                "e.json defaults.pue: Unknown PUE figure 'elsewhere': \"elsewhere\""));
  }

  @Test
  void read_pueBelowOne_namesFileEntryAndField() {
    assertThatThrownBy(() -> EnergyDefaults.read(stream(energyFile(", 'pue': ["
        + PUE_1_2.replace("1.2", "0.9") + "]")), "e.json"))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly(
                "e.json pue[0].value: Number must be in [1, 10]: 0.9"));
  }

  @Test
  void read_unsourcedCarbonIntensity_isRejected() {
    String unsourced = ", 'carbonIntensities': [{'id': 'de-2024', 'region': 'DE', "
        + "'gramsPerKilowattHour': 300, 'year': 2024, 'gases': 'CO2_ONLY', 'sources': []}]";

    assertThatThrownBy(() -> EnergyDefaults.read(stream(energyFile(unsourced)), "e.json"))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly("e.json carbonIntensities[0].sources: "
                + "Figure must cite at least one source: []: [...]"));
  }

  @Test
  void mergedOver_sameIdReplaces_defaultFromTop() throws IOException {
    String replaceAws = PUE_1_2.replace("my-site-2026", "aws-global-2025");
    EnergyDefaults mine = EnergyDefaults.read(stream(energyFile(
        ", 'defaults': {'pue': 'aws-global-2025'}, 'pue': [" + replaceAws + "]")), "e.json");

    EnergyDefaults merged = mine.mergedOver(BUNDLED);

    assertThat(merged.pue()).hasSize(4);
    assertThat(merged.defaultPue().orElseThrow().value())
        .isEqualByComparingTo(new BigDecimal("1.2"));
    assertThat(merged.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(merged.version()).isEqualTo("e1");
  }

  @Test
  void mergedOver_noDefaultOnTop_keepsBaseDefault() throws IOException {
    EnergyDefaults mine = EnergyDefaults.read(stream(energyFile(", 'pue': [" + PUE_1_2 + "]")),
        "e.json");

    assertThat(mine.mergedOver(BUNDLED).defaultPue().map(PueFigure::id))
        .contains("uptime-industry-average-2023");
  }

  //-----------------------------------------------------------------------
  // staleness, text
  @Test
  void warnIfStale_afterThreshold_returnsWarning() {
    assertThat(BUNDLED.warnIfStale(Duration.ofDays(1), clockAt(LocalDate.of(2026, 12, 8))))
        .contains("The energy catalog (version 2026-12-06, published 2026-12-06) is 2 days old, "
            + "older than the staleness threshold of 1 days: prices and specifications may "
            + "have changed; update inference-econ or load a newer catalog");
    assertThat(BUNDLED.isStale(Duration.ofDays(1), clockAt(LocalDate.of(2026, 12, 7))))
        .isFalse();
  }

  @Test
  void toString_isVersionAndSizes() {
    assertThat(BUNDLED)
        .hasToString("EnergyDefaults[2026-12-06, 4 PUE, 28 prices, 6 carbon intensities]");
  }
}
