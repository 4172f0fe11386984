/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.json.InvalidJsonException;
import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_11_27;
import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_12_06;
import static io.github.inferenceecon.hardware.Fixtures.acceleratorFile;
import static io.github.inferenceecon.hardware.Fixtures.acceleratorJson;
import static io.github.inferenceecon.hardware.Fixtures.clockAt;
import static io.github.inferenceecon.hardware.Fixtures.json;
import static io.github.inferenceecon.hardware.Fixtures.messages;
import static io.github.inferenceecon.hardware.Fixtures.offerFile;
import static io.github.inferenceecon.hardware.Fixtures.offerJson;
import static io.github.inferenceecon.hardware.Fixtures.stream;
import static io.github.inferenceecon.hardware.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.energy.EnergyInputs;
import io.github.inferenceecon.core.energy.PowerDraw;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.planner.HardwareOption;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.Power;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HardwareCatalogsTest {

  private static final HardwareCatalogs BUNDLED = HardwareCatalogs.bundled();

  //-----------------------------------------------------------------------
  // bundled
  @Test
  void bundled_allThreeInOneCall_sameInstanceEachTime() {
    assertThat(HardwareCatalogs.bundled()).isSameAs(BUNDLED);
    assertThat(BUNDLED.accelerators()).isSameAs(AcceleratorCatalog.bundled());
    assertThat(BUNDLED.cloudOffers()).isSameAs(CloudOfferCatalog.bundled());
    assertThat(BUNDLED.energy()).isSameAs(EnergyDefaults.bundled());
    assertThat(BUNDLED.cloudOffers().accelerators()).isSameAs(BUNDLED.accelerators());
    assertThat(BUNDLED).hasToString("HardwareCatalogs[AcceleratorCatalog[2026-12-06, 26 "
        + "accelerators], CloudOfferCatalog[2026-12-06, 83 offers], EnergyDefaults[2026-12-06, "
        + "4 PUE, 28 prices, 6 carbon intensities]]");
  }

  @Test
  void bundled_everyEntryHasASourceAndADate() {
    // Walks the whole bundled data: every accelerator figure, every offer, every energy figure.
    int figures = 0;
    for (AcceleratorEntry entry : BUNDLED.accelerators().all()) {
      assertThat(entry.sources()).as(entry.id()).isNotEmpty();
      for (String figure : entry.figures()) {
        if (figure.equals("formFactor")) {
          continue;
        }
        assertThat(entry.sourcesOf(figure)).as(entry.id() + " " + figure).isNotEmpty()
            .allSatisfy(HardwareCatalogsTest::assertSourcedAndDated);
        figures++;
      }
    }
    for (CloudOffer offer : BUNDLED.cloudOffers().all()) {
      assertSourcedAndDated(offer.source());
    }
    EnergyDefaults energy = BUNDLED.energy();
    List<List<Source>> energySources = new ArrayList<>();
    energy.pue().forEach(p -> energySources.add(p.sources()));
    energy.electricityPrices().forEach(p -> energySources.add(p.sources()));
    energy.carbonIntensities().forEach(c -> energySources.add(c.sources()));
    for (List<Source> sources : energySources) {
      assertThat(sources).isNotEmpty().allSatisfy(HardwareCatalogsTest::assertSourcedAndDated);
    }
    assertThat(figures).isGreaterThan(150);
    assertThat(energySources).hasSize(4 + 28 + 6);
  }

  private static void assertSourcedAndDated(Source source) {
    assertThat(source.url()).matches("https?://\\S+");
    // read by the first two research passes, or by the third from the vendor figures
    assertThat(source.read()).isIn(DATE_2026_11_27, DATE_2026_12_06);
    assertThat(source.tier()).isNotNull();
    source.sourceDate().ifPresent(d -> assertThat(d).matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
  }

  @Test
  void bundled_filesConformToTheShippedSchemas() throws IOException {
    for (String name : List.of("accelerators", "cloud-offers", "energy")) {
      JsonNode data = Fixtures.MAPPER.readTree(Fixtures.bundled(name + ".json"));

      assertThat(Schemas.of(name + ".schema.json").validate(data)).as(name).isEmpty();
      assertThat(data.path("version").asText()).isEqualTo("2026-12-06");
      assertThat(data.path("publishedOn").asText()).isEqualTo("2026-12-06");
    }
  }

  @Test
  void jsonSchema_shippedName_isTheSchemaText() throws IOException {
    JsonNode schema = Fixtures.MAPPER.readTree(
        HardwareCatalogs.jsonSchema("cloud-offers.schema.json"));

    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo("urn:inference-econ:hardware:cloud-offers:1");
  }

  @Test
  void jsonSchema_unknownName_throws() {
    assertThatThrownBy(() -> HardwareCatalogs.jsonSchema("accelerators.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown schema 'accelerators.json' (known: accelerators.schema.json, "
            + "cloud-offers.schema.json, energy.schema.json)");
    assertThatThrownBy(() -> HardwareCatalogs.jsonSchema(null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void loadBundled_lateClock_warnsForEachCatalogAsItIsRead() {
    List<String> warnings = new ArrayList<>();
    HardwareCatalogs lazy = HardwareCatalogs.loadBundled(clockAt(LocalDate.of(2027, 6, 10)),
        warnings);
    assertThat(warnings).isEmpty();
    lazy.energy();
    assertThat(warnings).hasSize(1).allMatch(w -> w.startsWith("The energy catalog"));
    warnings.clear();
    lazy.cloudOffers();  // reads the accelerators first: the offers are resolved against them
    lazy.accelerators();
    lazy.energy();       // read once: no second warning

    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).startsWith("The accelerator catalog (version 2026-12-06, "
        + "published 2026-12-06) is 186 days old");
    assertThat(warnings.get(1)).startsWith("The cloud rental catalog");
  }

  @Test
  void loadBundled_onPublicationDay_doesNotWarn() {
    List<String> warnings = new ArrayList<>();
    HardwareCatalogs.loadBundled(clockAt(DATE_2026_12_06), warnings).toString();

    assertThat(warnings).isEmpty();
  }

  @Test
  void warnIfStale_defaultThreshold() {
    assertThat(HardwareCatalogs.DEFAULT_STALENESS_THRESHOLD).isEqualTo(Duration.ofDays(180));
    assertThat(BUNDLED.isStale(HardwareCatalogs.DEFAULT_STALENESS_THRESHOLD,
        clockAt(LocalDate.of(2027, 6, 4)))).isFalse();
    assertThat(BUNDLED.warnIfStale(HardwareCatalogs.DEFAULT_STALENESS_THRESHOLD,
        clockAt(LocalDate.of(2027, 6, 5)))).hasSize(3);
  }

  //-----------------------------------------------------------------------
  // primaryOnly
  @Test
  void primaryOnly_keepsPrimaryFiguresOffersAndEnergy() {
    HardwareCatalogs primary = BUNDLED.primaryOnly();

    for (AcceleratorEntry entry : primary.accelerators().all()) {
      assertThat(entry.sources()).as(entry.id()).extracting(Source::tier)
          .containsOnly(SourceTier.PRIMARY);
    }
    assertThat(primary.accelerators().all()).hasSize(26);
    // the L40S FP16 peak comes from a reseller's copy of NVIDIA's table only
    assertThat(primary.accelerators().get("l40s").peak(ComputeFormat.FP16)).isEmpty();
    assertThat(primary.accelerators().get("l40s").gaps()).extracting(Gap::figure)
        .contains("densePeak.FP16");
    assertThat(primary.accelerators().get("l40s").peak(ComputeFormat.BF16)).isPresent();
    // Google Cloud, Azure and AWS on-demand offers are secondary: 83 - 12 - 11 - 3 = 57 left
    assertThat(primary.cloudOffers().all()).hasSize(57)
        .allSatisfy(o -> assertThat(o.tier()).isEqualTo(SourceTier.PRIMARY));
    assertThat(primary.cloudOffers().accelerators()).isSameAs(primary.accelerators());
    assertThat(primary.energy().carbonIntensities()).hasSize(3);
    // this instance is unchanged
    assertThat(BUNDLED.cloudOffers().all()).hasSize(83);
  }

  @Test
  void tierOf_offerAndDeployment_isTheWeakestOfPriceAndFigures() {
    Deployment h100x8 = Deployment.of(KnownArchitectures.get("llama-3.1-8b"),
        BUNDLED.accelerators().spec("h100"), 8);
    Deployment l40sx2 = Deployment.of(KnownArchitectures.get("llama-3.1-8b"),
        BUNDLED.accelerators().spec("l40s"), 2);
    Deployment b300x8 = Deployment.of(KnownArchitectures.get("llama-3.1-8b"),
        BUNDLED.accelerators().spec("b300"), 8);
    CloudOfferCatalog offers = BUNDLED.cloudOffers();

    // Lambda's page and NVIDIA's figures: primary
    assertThat(BUNDLED.tierOf(offers.get("lambda-h100-sxm-80gb-8x-on-demand"), h100x8))
        .contains(SourceTier.PRIMARY);
    // Google Cloud's price comes from a third-party file
    assertThat(BUNDLED.tierOf(offers.get("gcp-a3-highgpu-8g-us-central1-on-demand"), h100x8))
        .contains(SourceTier.SECONDARY);
    // DigitalOcean's page is primary, the L40S's PCIe link secondary
    assertThat(BUNDLED.tierOf(offers.get("digitalocean-gpu-l40s-on-demand"), l40sx2))
        .contains(SourceTier.SECONDARY);
    // the B300's link direction is read at a reseller's copy of NVIDIA's page: secondary
    assertThat(BUNDLED.accelerators().get("b300").missingFor(b300x8)).isEmpty();
    assertThat(BUNDLED.accelerators().get("b300")
        .tierOf(AcceleratorEntry.figuresUsedBy(b300x8))).contains(SourceTier.SECONDARY);
  }

  //-----------------------------------------------------------------------
  // currentHardwareOptions, defaultEnergyInputs
  @Test
  void currentHardwareOptions_bundled_everyCurrentWholeMachineOffer() {
    // 83 offers, 9 of them historical (the 6 CoreWeave per-component prices among them); every
    // one of the other 74 names an accelerator with memory and memory bandwidth
    List<HardwareOption> options = BUNDLED.currentHardwareOptions();

    assertThat(options).hasSize(74);
    assertThat(options).extracting(HardwareOption::id)
        .doesNotContain("aws-p5.48xlarge-us-east-1-capacity-block-pre2025",
            "coreweave-h100-hgx-80gb-gpu-component-legacy")
        .contains("lambda-h100-sxm-80gb-8x-on-demand", "digitalocean-gpu-h100x8-on-demand");
    assertThat(options.get(0)).isEqualTo(BUNDLED.hardwareOption(BUNDLED.cloudOffers()
        .get(options.get(0).id())).orElseThrow());
  }

  @Test
  void currentHardwareOptions_acceleratorOnlyPrice_isLeftOut() {
    AcceleratorCatalog acme = AcceleratorCatalog.of(
        CatalogInfo.of("mine", "1", DATE_2026_11_27, List.of()),
        List.of(Fixtures.acmeX1().build()));
    CloudOffer whole = Fixtures.acmeOffer().build();
    CloudOffer gpuOnly = Fixtures.acmeOffer().id("acme-cloud-x1-gpu").acceleratorOnly(true)
        .build();
    CloudOffer old = Fixtures.acmeOffer().id("acme-cloud-x1-old").historical(true).build();
    HardwareCatalogs mine = HardwareCatalogs.of(acme, CloudOfferCatalog.of(
        CatalogInfo.of("mine", "1", DATE_2026_11_27, List.of()), List.of(whole, gpuOnly, old),
        acme), BUNDLED.energy());

    assertThat(mine.currentHardwareOptions()).extracting(HardwareOption::id)
        .containsExactly("acme-cloud-x1x8");
  }

  @Test
  void defaultEnergyInputs_tdpAndDefaultPue_noPriceOrIntensity() {
    AcceleratorSpec h100 = BUNDLED.accelerators().spec("h100");

    EnergyInputs in = BUNDLED.defaultEnergyInputs(h100).orElseThrow();

    // the H100 SXM's 700 W TDP, busy; nothing idle; the catalog's default PUE
    assertThat(in.draw()).isEqualTo(PowerDraw.atTdp(Power.ofWatts(700)));
    assertThat(in.pue()).isEqualTo(BUNDLED.energy().defaultPue().orElseThrow().toDouble());
    assertThat(in.electricityPrice()).isEmpty();
    assertThat(in.carbonIntensity()).isEmpty();
  }

  @Test
  void defaultEnergyInputs_noTdp_isEmpty() {
    AcceleratorSpec noTdp = AcceleratorSpec.builder().from(BUNDLED.accelerators().spec("h100"))
        .thermalDesignPower(Optional.empty()).build();

    assertThat(BUNDLED.defaultEnergyInputs(noTdp)).isEmpty();
  }

  //-----------------------------------------------------------------------
  // defaultEnergyTiers
  @Test
  void defaultEnergyTiers_h100_itsTdpThenTheDefaultPue() {
    // what defaultEnergyInputs reads: the H100 SXM's 700 W TDP (NVIDIA's data sheet, PRIMARY)
    // and the default PUE (the Uptime Institute's 1.58 for 2023, PRIMARY)
    FigureTiers tiers = BUNDLED.defaultEnergyTiers(BUNDLED.accelerators().get("h100"))
        .orElseThrow();

    assertThat(tiers.tiers()).containsExactly(
        entry("thermalDesignPower", Optional.of(SourceTier.PRIMARY)),
        entry("pue", Optional.of(BUNDLED.energy().defaultPue().orElseThrow().tier())));
    assertThat(BUNDLED.energy().defaultPue().orElseThrow().tier())
        .isEqualTo(SourceTier.PRIMARY);
  }

  @Test
  void defaultEnergyTiers_tdpFromASecondarySourceOnly_isSecondary() {
    // acme-x1 with its 700 W from a reseller's page alone
    AcceleratorEntry x1 = Fixtures.acmeX1().sources(List.of(
        Fixtures.source("memory", "memoryBandwidth", "densePeak.BF16"),
        Source.builder().from(Fixtures.source("thermalDesignPower"))
            .tier(SourceTier.SECONDARY).build())).build();

    FigureTiers tiers = BUNDLED.defaultEnergyTiers(x1).orElseThrow();

    assertThat(tiers.tiers()).containsEntry("thermalDesignPower",
        Optional.of(SourceTier.SECONDARY));
    assertThat(tiers.weakest()).isEqualTo(SourceTier.SECONDARY);
  }

  @Test
  void defaultEnergyTiers_emptyExactlyWhenTheDefaultInputsAre() {
    AcceleratorEntry noTdp = Fixtures.acmeX1().thermalDesignPower(Optional.empty())
        .sources(List.of(Fixtures.source("memory", "memoryBandwidth", "densePeak.BF16")))
        .build();

    assertThat(BUNDLED.defaultEnergyInputs(noTdp.requireSpec())).isEmpty();
    assertThat(BUNDLED.defaultEnergyTiers(noTdp)).isEmpty();
    assertThatThrownBy(() -> BUNDLED.defaultEnergyTiers(null))
        .isInstanceOf(NullPointerException.class).hasMessage("accelerator");
  }

  //-----------------------------------------------------------------------
  // of
  @Test
  void of_offersNamingUnknownAccelerators_throws() {
    AcceleratorCatalog acme = AcceleratorCatalog.of(
        CatalogInfo.of("mine", "1", DATE_2026_11_27, List.of()),
        List.of(Fixtures.acmeX1().build()));

    assertThatThrownBy(() -> HardwareCatalogs.of(acme, BUNDLED.cloudOffers(), BUNDLED.energy()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown accelerator 'nvidia-h100-sxm'");
  }

  //-----------------------------------------------------------------------
  // loader: merge and precedence
  @Test
  void overBundled_userAcceleratorAndOffer_mergedWithPrecedence() throws IOException {
    HardwareCatalogs mine = HardwareCatalogs.overBundled()
        .accelerators(stream(acceleratorFile(acceleratorJson("acme-x1", "96 GiB"),
            acceleratorJson("nvidia-l4", "24 GiB"))), "mine-accelerators.json")
        .cloudOffers(stream(offerFile(offerJson("mine-x1x8", "acme-x1 alias", "16.00"))),
            "mine-offers.json")
        .load();

    // New id added; the bundled 'nvidia-l4' replaced entirely (its aliases and sources too).
    assertThat(mine.accelerators().ids()).hasSize(27).endsWith("acme-x1");
    assertThat(mine.accelerators().get("nvidia-l4").vendor()).isEqualTo("Acme");
    assertThat(mine.accelerators().find("L4")).isEmpty();
    // The user's offer names the user's accelerator by alias; 16 / 8 = 2 per device-hour.
    assertThat(mine.cloudOffers().get("mine-x1x8").accelerator()).isEqualTo("acme-x1");
    assertThat(mine.cloudOffers().cheapestFor("acme-x1", PricingModel.ON_DEMAND).orElseThrow()
        .perDeviceHour()).isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "2")));
    // Bundled offers survive, still resolved.
    assertThat(mine.cloudOffers().all()).hasSize(84);
    assertThat(mine.accelerators().layers()).extracting(CatalogInfo::origin)
        .containsExactly("mine-accelerators.json", "bundled accelerators.json");
    assertThat(mine.accelerators().publishedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    // The bundled catalogs are unchanged.
    assertThat(BUNDLED.accelerators().get("nvidia-l4").vendor()).isEqualTo("NVIDIA");
  }

  @Test
  void overBundled_laterFileTakesPrecedence(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    Files.writeString(first, acceleratorFile(acceleratorJson("acme-x1", "96 GiB")));
    Files.writeString(second, acceleratorFile(acceleratorJson("acme-x1", "128 GiB")));

    HardwareCatalogs mine = HardwareCatalogs.overBundled().accelerators(first)
        .accelerators(second).load();

    assertThat(mine.accelerators().get("acme-x1").memory()).contains(ByteSize.ofGibibytes(128));
    assertThat(mine.accelerators().layers()).hasSize(3);
  }

  @Test
  void overBundled_energyFile_replacesDefaultPue() throws IOException {
    String energy = json("{'schemaVersion': 1, 'version': 'e1', 'publishedOn': '2026-11-01',"
        + " 'defaults': {'pue': 'my-site-2026'},"
        + " 'pue': [{'id': 'my-site-2026', 'value': 1.2, 'scope': 'My site', 'year': 2026,"
        + " 'sources': [{'url': 'https://my.example/pue', 'tier': 'PRIMARY',"
        + " 'read': '2026-11-01'}]}]}");

    HardwareCatalogs mine = HardwareCatalogs.overBundled().energy(stream(energy), "e.json")
        .load();

    assertThat(mine.energy().defaultPue().orElseThrow().value())
        .isEqualByComparingTo(new BigDecimal("1.2"));
    assertThat(mine.energy().pue()).hasSize(5);
    assertThat(mine.energy().publishedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
  }

  @Test
  void over_givenBase_noFiles_isTheBase() {
    HardwareCatalogs same = HardwareCatalogs.over(BUNDLED).load();

    assertThat(same.accelerators().all()).isEqualTo(BUNDLED.accelerators().all());
    assertThat(same.cloudOffers().all()).isEqualTo(BUNDLED.cloudOffers().all());
  }

  //-----------------------------------------------------------------------
  // loader: rejection names the file, the entry and the field; nothing is half-loaded
  @Test
  void load_malformedJson_namesFileAndPosition() throws IOException {
    HardwareCatalogs.Loader loader = HardwareCatalogs.overBundled()
        .accelerators(stream("{\"schemaVersion\": 1,\n \"version\": }"), "broken.json");

    assertThatThrownBy(loader::load).isInstanceOfSatisfying(InvalidJsonException.class,
        e -> assertThat(messages(e)).singleElement().asString()
            .startsWith("broken.json : Malformed JSON at line 2, column 13: "));
  }

  @Test
  void load_emptyFile_isMalformed() throws IOException {
    assertThatThrownBy(HardwareCatalogs.overBundled().cloudOffers(stream(""), "empty.json")
        ::load).isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly(
                "empty.json : Document must not be empty"));
  }

  @Test
  void load_duplicateKeyInJson_isMalformed() throws IOException {
    String twice = acceleratorFile(acceleratorJson("acme-x1", "96 GiB")
        .replace("'vendor': 'Acme',", "'vendor': 'Acme', 'vendor': 'Acme',"));

    assertThatThrownBy(HardwareCatalogs.overBundled().accelerators(stream(twice), "dup.json")
        ::load).isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).singleElement().asString()
                .startsWith("dup.json : Malformed JSON at line 1").contains("vendor"));
  }

  @Test
  void load_duplicateId_namesFileEntryAndField() throws IOException {
    String duplicate = acceleratorFile(acceleratorJson("acme-x1", "96 GiB"),
        acceleratorJson("acme-x1", "128 GiB"));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(duplicate), "dup.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly("dup.json accelerators[1].id: Duplicate id: "
                + "the accelerator at index 0 has it too: \"acme-x1\""));
  }

  @Test
  void load_unsourcedFigure_namesFileEntryAndField() throws IOException {
    String unsourced = acceleratorFile(acceleratorJson("acme-x1", "96 GiB")
        .replace("'figures': ['memory', 'memoryBandwidth', 'densePeak.BF16']",
            "'figures': ['memory', 'densePeak.BF16']"));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(unsourced), "mine.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly("mine.json accelerators[0].memoryBandwidth: "
                + "Figure has no source: 'memoryBandwidth': \"2 TB/s\""));
  }

  @Test
  void load_entryWithoutSources_namesFileEntryAndField() throws IOException {
    String noSources = acceleratorFile("{'id': 'acme-x1', 'vendor': 'Acme', 'name': 'X1',"
        + " 'memory': '80 GiB'}");

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(noSources), "mine.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly(
                "mine.json accelerators[0].sources: Accelerator must cite at least one source: "
                    + "'acme-x1'"));
  }

  @Test
  void load_offerWithoutReadDate_namesFileEntryAndField() throws IOException {
    String undated = offerFile(offerJson("mine-x1x8", "h100", "16.00")
        .replace(", 'read': '2026-11-20'", ""));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .cloudOffers(stream(undated), "offers.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly(
                "offers.json offers[0].source.read: Missing required field 'read'"));
  }

  @Test
  void load_sourcesWithoutTier_nameFileEntryAndField() throws IOException {
    String offers = offerFile(offerJson("mine-x1x8", "h100", "16.00")
        .replace(" 'tier': 'PRIMARY',", ""));
    String accelerators = acceleratorFile(acceleratorJson("acme-x1", "96 GiB")
        .replace("'tier': 'PRIMARY'", "'tier': 'TERTIARY'"));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(accelerators), "mine.json")
        .cloudOffers(stream(offers), "offers.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly(
                "mine.json accelerators[0].sources[0].tier: Value must be one of PRIMARY, "
                    + "SECONDARY: \"TERTIARY\"",
                "offers.json offers[0].source.tier: Missing required field 'tier'"));
  }

  @Test
  void load_ambiguousPrice_isRejected() throws IOException {
    String perGpu = offerFile(offerJson("mine-x1x8", "h100", "16.00")
        .replace("'instance-hour'", "'hour'"));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .cloudOffers(stream(perGpu), "offers.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly("offers.json offers[0].price.per: Value must "
                + "be one of device-hour, instance-hour: \"hour\""));
  }

  @Test
  void load_entryWithoutId_isNamedByPosition() throws IOException {
    String noId = acceleratorFile(acceleratorJson("acme-x1", "96 GiB"),
        "{'vendor': 'Acme', 'name': 'X2', 'sources': []}");

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(noId), "mine.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly(
                "mine.json accelerators[1].id: Missing required field 'id'"));
  }

  @Test
  void load_headerProblems_nameTheField() throws IOException {
    String noDate = json("{'schemaVersion': 2, 'version': 'v', 'accelerators': []}");

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(noDate), "mine.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly(
                "mine.json schemaVersion: Schema version must be 1: 2"));
  }

  @Test
  void load_problemsInSeveralFiles_allReported_nothingLoaded() throws IOException {
    // A valid accelerator file, an offer file with an unknown accelerator and a bad price.
    HardwareCatalogs.Loader loader = HardwareCatalogs.overBundled()
        .accelerators(stream(acceleratorFile(acceleratorJson("acme-x1", "96 GiB"))),
            "good.json")
        .cloudOffers(stream(offerFile(offerJson("mine-a", "acme-x9", "16.00"),
            offerJson("mine-b", "acme-x1", "-1"))), "bad.json");

    assertThatThrownBy(loader::load).isInstanceOfSatisfying(InvalidJsonException.class, e -> {
      assertThat(problems(e)).hasSize(2);
      assertThat(messages(e).get(0)).isEqualTo("bad.json offers[1].price.amount: Value must be "
          + "a plain decimal such as \"23.92\", with at most 7 digits before the point and 30 "
          + "after: \"-1\"");
      assertThat(messages(e).get(1)).startsWith("bad.json offers[0].accelerator: "
          + "Unknown accelerator 'acme-x9'");
    });
    assertThat(BUNDLED.accelerators().find("acme-x1")).isEmpty();
  }

  @Test
  void load_userAliasOfBundledEntry_isRejected() throws IOException {
    String clash = acceleratorFile(acceleratorJson("acme-x1", "96 GiB")
        .replace("'aliases': ['acme-x1 alias']", "'aliases': ['H100 SXM']"));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(clash), "mine.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly("mine.json accelerators[0].aliases: Name "
                + "'H100 SXM' of accelerator 'acme-x1' already names accelerator "
                + "'nvidia-h100-sxm': [...]"));
  }

  @Test
  void load_unknownProperty_isRejected() throws IOException {
    String typo = acceleratorFile(acceleratorJson("acme-x1", "96 GiB")
        .replace("'memoryBandwidth'", "'memoryBandwith'")
        .replace("['memory', 'memoryBandwith', 'densePeak.BF16']",
            "['memory', 'densePeak.BF16']"));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(typo), "mine.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).singleElement().asString().startsWith("mine.json "
                + "accelerators[0].memoryBandwith: Unknown field 'memoryBandwith' (known: aliases, "
                + "conflicts, densePeak, "));
  }

  @Test
  void load_valueThatParsesButBreaksAUnitRule_namesTheField() throws IOException {
    // The schema admits "0.5 B"; the byte size must still be a whole number of bytes.
    String halfByte = acceleratorFile(acceleratorJson("acme-x1", "0.5 B"));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(halfByte), "mine.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly("mine.json accelerators[0].memory: Text "
                + "cannot be parsed to a ByteSize: '0.5 B': \"0.5 B\""));
  }

  @Test
  void load_unknownCurrency_namesTheField() throws IOException {
    String unknown = offerFile(offerJson("mine-x1x8", "h100", "16.00")
        .replace("'USD'", "'XXY'"));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .cloudOffers(stream(unknown), "offers.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly("offers.json offers[0].price.currency: "
                + "Currency must be an ISO 4217 currency code: \"XXY\""));
  }

  @Test
  void load_aliasWithoutLetterOrDigit_namesTheField() throws IOException {
    String punctuation = acceleratorFile(acceleratorJson("acme-x1", "96 GiB")
        .replace("'aliases': ['acme-x1 alias']", "'aliases': ['--']"));

    assertThatThrownBy(HardwareCatalogs.overBundled()
        .accelerators(stream(punctuation), "mine.json")::load)
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(messages(e)).containsExactly("mine.json accelerators[0].aliases: Name of "
                + "accelerator 'acme-x1' must contain a letter or digit: '--': [...]"));
  }

  @Test
  void loader_null_throws() {
    assertThatThrownBy(() -> HardwareCatalogs.overBundled().accelerators(stream("{}"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("origin");
    assertThatThrownBy(() -> HardwareCatalogs.overBundled().energy((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> HardwareCatalogs.over(null))
        .isInstanceOf(NullPointerException.class).hasMessage("base");
    assertThatThrownBy(() -> HardwareCatalogs.of(null, BUNDLED.cloudOffers(), BUNDLED.energy()))
        .isInstanceOf(NullPointerException.class).hasMessage("accelerators");
  }

  @Test
  void loader_missingFile_throwsIoExceptionAtOnce(@TempDir Path dir) {
    assertThatThrownBy(() -> HardwareCatalogs.overBundled()
        .cloudOffers(dir.resolve("missing.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  //--- hardwareOption(CloudOffer) ------------------------------------------------------------
  @Test
  void hardwareOption_instancePrice_keepsTheDevicesPerInstance() {
    // DigitalOcean's 8 x H100 droplet: USD 23.92 per instance-hour for 8 devices
    HardwareOption o = BUNDLED.hardwareOption(
        BUNDLED.cloudOffers().get("digitalocean-gpu-h100x8-on-demand")).orElseThrow();

    assertThat(o.id()).isEqualTo("digitalocean-gpu-h100x8-on-demand");
    assertThat(o.accelerator()).isEqualTo(BUNDLED.accelerators().spec("nvidia-h100-sxm"));
    assertThat(o.price()).isEqualTo(HourlyPrice.perInstanceHour(Money.of("USD", "23.92")));
    assertThat(o.devicesPerInstance()).hasValue(8);
    // 12 devices take two whole instances
    assertThat(o.billedUnits(12)).isEqualTo(2);
  }

  @Test
  void hardwareOption_devicePrice_hasNoInstance() {
    // RunPod's serverless H100 flex workers: USD 4.176 per device-hour
    HardwareOption o = BUNDLED.hardwareOption(
        BUNDLED.cloudOffers().get("runpod-serverless-h100-pro-flex")).orElseThrow();

    assertThat(o.price()).isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "4.176")));
    assertThat(o.devicesPerInstance()).isEmpty();
  }

  @Test
  void hardwareOption_devicePriceOfAnInstance_isBilledPerInstance() {
    // Lambda's 8x B200 instance: USD 6.69 per GPU-hour, rented 8 at a time: 8 x 6.69 = 53.52
    HardwareOption o = BUNDLED.hardwareOption(
        BUNDLED.cloudOffers().get("lambda-b200-sxm6-180gb-8x-on-demand")).orElseThrow();

    assertThat(o.price()).isEqualTo(HourlyPrice.perInstanceHour(Money.of("USD", "53.52")));
    assertThat(o.devicesPerInstance()).hasValue(8);
    assertThat(o.billedUnits(2)).isEqualTo(1);
  }

  @Test
  void hardwareOption_everyBundledOffer_presentExactlyWhenItsAcceleratorHasASpec() {
    for (CloudOffer offer : BUNDLED.cloudOffers().all()) {
      assertThat(BUNDLED.hardwareOption(offer).isPresent()).as(offer.id())
          .isEqualTo(BUNDLED.accelerators().get(offer.accelerator()).spec().isPresent());
    }
  }
}
