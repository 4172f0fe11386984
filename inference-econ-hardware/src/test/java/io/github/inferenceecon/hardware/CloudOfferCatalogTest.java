/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_11_27;
import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_12_06;
import static io.github.inferenceecon.hardware.Fixtures.acmeOffer;
import static io.github.inferenceecon.hardware.Fixtures.clockAt;
import static io.github.inferenceecon.hardware.Fixtures.offerFile;
import static io.github.inferenceecon.hardware.Fixtures.offerJson;
import static io.github.inferenceecon.hardware.Fixtures.stream;
import static io.github.inferenceecon.hardware.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class CloudOfferCatalogTest {

  private static final CloudOfferCatalog BUNDLED = CloudOfferCatalog.bundled();
  private static final Money USD_2_85 = Money.of("USD", "2.85");
  private static final Money USD_3_50 = Money.of("USD", "3.50");
  private static final CatalogInfo MINE =
      CatalogInfo.of("mine", "mine-1", LocalDate.of(2026, 12, 1), List.of());

  //-----------------------------------------------------------------------
  // bundled coverage
  @Test
  void bundled_offersPerProvider() {
    Map<String, Long> perProvider = BUNDLED.all().stream()
        .collect(Collectors.groupingBy(CloudOffer::provider, Collectors.counting()));

    // The nine providers of issue 15: 3 AWS Capacity Blocks + 3 AWS on demand; Azure 11;
    // CoreWeave 6; DigitalOcean 5; Google Cloud 6 machines x (on demand, spot); Lambda 16
    // instances + 6 clusters; Nebius 1; RunPod 6; Together 2 dedicated + 3 GPUs x 4 terms.
    assertThat(perProvider).containsExactlyInAnyOrderEntriesOf(Map.of("AWS", 6L, "Azure", 11L,
        "CoreWeave", 6L, "DigitalOcean", 5L, "Google Cloud", 12L, "Lambda", 22L, "Nebius", 1L,
        "RunPod", 6L, "Together AI", 14L));
    assertThat(BUNDLED.providers()).containsExactly("AWS", "Nebius", "RunPod", "DigitalOcean",
        "CoreWeave", "Together AI", "Google Cloud", "Azure", "Lambda");
    assertThat(BUNDLED.all()).hasSize(83);
  }

  @Test
  void bundled_versionAndDate_are2026_12_06() {
    assertThat(BUNDLED.version()).isEqualTo("2026-12-06");
    assertThat(BUNDLED.publishedOn()).isEqualTo(DATE_2026_12_06);
  }

  @Test
  void bundled_everyOfferHasATierAndADate() {
    // Provider pages (also read through verbatim copies) are primary; Google Cloud and Azure
    // come from third-party price lists only, and so do AWS's on-demand prices.
    assertThat(BUNDLED.all()).allSatisfy(o -> assertThat(o.source().read()).isIn(
        DATE_2026_11_27, DATE_2026_12_06));
    assertThat(BUNDLED.filter(o -> o.tier() == SourceTier.SECONDARY))
        .extracting(CloudOffer::provider).containsOnly("Google Cloud", "Azure", "AWS")
        .hasSize(12 + 11 + 3);
    assertThat(BUNDLED.filter(o -> o.provider().equals("Lambda")
        || o.provider().equals("Together AI"))).allSatisfy(o -> {
          assertThat(o.tier()).isEqualTo(SourceTier.PRIMARY);
          assertThat(o.source().sourceDate()).contains("2026-08-22");
          assertThat(o.source().readVia().orElseThrow())
              .startsWith("https://github.com/getcomputable/gpu-index/blob/");
        });
  }

  @Test
  void bundled_vendorFigurePrices_areAsPublished() {
    // Lambda, page of 2026-08-22: 8x B200 SXM6 at 6.69 per GPU-hour, an instance of 8.
    CloudOffer lambdaB200 = BUNDLED.get("lambda-b200-sxm6-180gb-8x-on-demand");
    assertThat(lambdaB200.perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "6.69")));
    // 8 x 6.69 = 53.52 per instance-hour
    assertThat(lambdaB200.perInstanceHour())
        .isEqualTo(HourlyPrice.perInstanceHour(Money.of("USD", "53.52")));
    // Together GPU clusters, HGX H200 reserved 91-180 days: 3.99 per GPU-hour.
    assertThat(BUNDLED.get("together-gpu-clusters-hgx-h200-reserved-91-180d"))
        .satisfies(o -> {
          assertThat(o.pricingModel()).isEqualTo(PricingModel.RESERVED);
          assertThat(o.accelerator()).isEqualTo("nvidia-h200-sxm");
          assertThat(o.perDeviceHour())
              .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "3.99")));
        });
    // Google Cloud a3-highgpu-8g spot in us-central1: 35.4 / 8 = 4.425 per GPU-hour.
    assertThat(BUNDLED.get("gcp-a3-highgpu-8g-us-central1-spot").perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "4.425")));
    // Azure ND96isr H100 v5 in East US: 98.32 / 8 = 12.29 per GPU-hour.
    assertThat(BUNDLED.get("azure-nd96isr-h100-v5-eastus-on-demand").perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "12.29")));
    // AWS p5.48xlarge on demand in us-east-1: 55.04 / 8 = 6.88 per GPU-hour.
    assertThat(BUNDLED.get("aws-p5.48xlarge-us-east-1-on-demand").perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "6.88")));
  }

  @Test
  void bundled_everyOfferNamesACatalogAccelerator() {
    AcceleratorCatalog accelerators = BUNDLED.accelerators();

    assertThat(BUNDLED.all()).allSatisfy(o ->
        assertThat(accelerators.get(o.accelerator()).id()).isEqualTo(o.accelerator()));
  }

  @Test
  void bundled_everyPriceIsPerInstanceOrPerDevice_andPositive() {
    assertThat(BUNDLED.all()).allSatisfy(o -> {
      assertThat(o.price().basis()).isIn(PriceBasis.INSTANCE, PriceBasis.DEVICE);
      assertThat(o.price().price().isPositive()).isTrue();
      assertThat(o.acceleratorCount()).isPositive();
    });
  }

  @Test
  void bundled_coreWeaveIsHistoricalComponentPricing() {
    assertThat(BUNDLED.filter(o -> o.provider().equals("CoreWeave"))).hasSize(6)
        .allSatisfy(o -> {
          assertThat(o.isHistorical()).isTrue();
          assertThat(o.isAcceleratorOnly()).isTrue();
        });
  }

  @Test
  void bundled_awsCapacityBlocksEndedOn2025_01_01() {
    assertThat(BUNDLED.filter(o -> o.provider().equals("AWS")
        && o.pricingModel() == PricingModel.RESERVED)).hasSize(3).allSatisfy(o -> {
      assertThat(o.isHistorical()).isTrue();
      assertThat(o.effectiveUntil()).contains(LocalDate.of(2025, 1, 1));
    });
  }

  @Test
  void bundled_runPodPerSecondRates_areExactlyTimes3600() {
    for (CloudOffer o : BUNDLED.filter(o -> o.provider().equals("RunPod"))) {
      String published = o.priceAsPublished().orElseThrow();
      // "USD 0.00093 per device-second" x 3600 = 3.348 per device-hour
      BigDecimal perSecond = new BigDecimal(published.split(" ")[1]);
      assertThat(published).endsWith(" per device-second");
      assertThat(o.price().price().amount())
          .isEqualByComparingTo(perSecond.multiply(BigDecimal.valueOf(3600)));
    }
  }

  //-----------------------------------------------------------------------
  // the article's H100 range, 2.85 to 3.50 dollars per hour
  @Test
  void h100RentalRange_isRepresentedByDatedOffers() {
    List<CloudOffer> inRange = BUNDLED.filter(CloudOfferQuery.builder().accelerator("H100")
        .pricingModel(PricingModel.ON_DEMAND).maximumPerDeviceHour(USD_3_50).build())
        .stream().filter(o -> !o.perDeviceHour().price().isLessThan(USD_2_85))
        .collect(Collectors.toList());
    Map<String, CloudOffer> byId =
        inRange.stream().collect(Collectors.toMap(CloudOffer::id, Function.identity()));

    // DigitalOcean: 3.39 for one GPU; 23.92 / 8 = 2.99 per GPU. RunPod active worker:
    // 0.00093 per second x 3600 = 3.348 per GPU.
    assertThat(byId).containsOnlyKeys("digitalocean-gpu-h100x1-on-demand",
        "digitalocean-gpu-h100x8-on-demand", "runpod-serverless-h100-pro-active");
    assertThat(byId.get("digitalocean-gpu-h100x1-on-demand").perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "3.39")));
    assertThat(byId.get("digitalocean-gpu-h100x8-on-demand").perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "2.99")));
    assertThat(byId.get("runpod-serverless-h100-pro-active").perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "3.348")));
    // DigitalOcean's page states its date (validated 28 May, edited 29 May 2026).
    assertThat(List.of(byId.get("digitalocean-gpu-h100x1-on-demand"),
        byId.get("digitalocean-gpu-h100x8-on-demand"))).allSatisfy(o -> {
          assertThat(o.source().sourceDate()).contains("2026-05-29");
          assertThat(o.source().read()).isEqualTo(DATE_2026_11_27);
          assertThat(o.isVariantAssumed()).isTrue();
        });
  }

  //-----------------------------------------------------------------------
  // cheapestFor, cheapest, filter
  @Test
  void cheapestFor_h100OnDemand_isDigitalOcean8x() {
    CloudOffer cheapest = BUNDLED.cheapestFor("h100", PricingModel.ON_DEMAND).orElseThrow();

    assertThat(cheapest.id()).isEqualTo("digitalocean-gpu-h100x8-on-demand");
    assertThat(cheapest.perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "2.99")));
  }

  @Test
  void cheapestFor_historicalOffers_onlyWhenIncluded() {
    // H100 reservations: Together's 91-180 days at 3.19 is the cheapest current one; AWS's
    // Capacity Block rate (39.33 / 8 = 4.91625) ended on 2025-01-01.
    assertThat(BUNDLED.cheapestFor("h100", PricingModel.RESERVED)).map(CloudOffer::id)
        .contains("together-gpu-clusters-hgx-h100-reserved-91-180d");
    assertThat(BUNDLED.cheapestFor("h200", PricingModel.SPOT)).isEmpty();
    assertThat(BUNDLED.filter(CloudOfferQuery.builder().accelerator("h100")
        .pricingModel(PricingModel.RESERVED).historicalIncluded(true).build()))
        .extracting(CloudOffer::perDeviceHour)
        .contains(HourlyPrice.perDeviceHour(Money.of("USD", "4.91625")));
  }

  @Test
  void cheapestFor_unknownAccelerator_throwsWithSuggestions() {
    assertThatThrownBy(() -> BUNDLED.cheapestFor("H900", PricingModel.ON_DEMAND))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageStartingWith("Unknown accelerator 'H900' (did you mean: ");
  }

  @Test
  void cheapestFor_noOffers_isEmpty() {
    assertThat(BUNDLED.cheapestFor("tpu v6e", PricingModel.ON_DEMAND)).isEmpty();
  }

  @Test
  void cheapest_mixedCurrencies_saysWhyNot_perCurrencyAnswers() {
    AcceleratorCatalog accelerators = AcceleratorCatalog.of(MINE,
        List.of(Fixtures.acmeX1().build()));
    CloudOfferCatalog mixed = CloudOfferCatalog.of(MINE, List.of(acmeOffer().build(),
        acmeOffer().id("acme-cloud-eur")
            .price(HourlyPrice.perInstanceHour(Money.of("EUR", "20"))).build()), accelerators);

    assertThatThrownBy(() -> mixed.cheapestFor("acme-x1", PricingModel.ON_DEMAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Offers matching the query are priced in several currencies, which are "
            + "never converted; choose one to compare: EUR, USD");
    assertThat(mixed.cheapestFor("acme-x1", PricingModel.ON_DEMAND, Currency.getInstance("EUR")))
        .map(CloudOffer::id).contains("acme-cloud-eur");
    assertThat(mixed.cheapest(CloudOfferQuery.builder()
        .maximumPerDeviceHour(Money.of("USD", "100")).build()))
        .map(CloudOffer::id).contains("acme-cloud-x1x8");
    assertThatThrownBy(() -> CloudOfferQuery.builder().currency(Currency.getInstance("EUR"))
        .maximumPerDeviceHour(Money.of("USD", "100")).build())
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void cheapestFor_userEuroOffer_breaksNoOtherQuery() throws IOException {
    // one EUR offer for the H100 loaded over the bundled USD ones
    String euro = offerJson("mine-h100x8-eur", "h100", "20.00").replace("'USD'", "'EUR'");
    CloudOfferCatalog mine = HardwareCatalogs.overBundled()
        .cloudOffers(stream(offerFile(euro)), "mine.json").load().cloudOffers();

    assertThatThrownBy(() -> mine.cheapestFor("h100", PricingModel.ON_DEMAND))
        .hasMessageEndingWith("choose one to compare: EUR, USD");
    assertThat(mine.cheapestFor("h100", PricingModel.ON_DEMAND, Currency.getInstance("USD")))
        .map(CloudOffer::id).contains("digitalocean-gpu-h100x8-on-demand");
    assertThat(mine.cheapestFor("h100", PricingModel.ON_DEMAND, Currency.getInstance("EUR")))
        .map(CloudOffer::id).contains("mine-h100x8-eur");
    assertThat(mine.cheapestFor("mi300x", PricingModel.ON_DEMAND))
        .isEqualTo(BUNDLED.cheapestFor("mi300x", PricingModel.ON_DEMAND));
    assertThat(mine.filter(CloudOfferQuery.builder().currency(Currency.getInstance("EUR"))
        .build())).extracting(CloudOffer::id).containsExactly("mine-h100x8-eur");
  }

  //-----------------------------------------------------------------------
  // getFor: an offer's price applies to its own accelerator only
  @Test
  void getFor_offerOfThatAccelerator_byAlias() {
    assertThat(BUNDLED.getFor("digitalocean-gpu-h100x8-on-demand", "h100").accelerator())
        .isEqualTo("nvidia-h100-sxm");
  }

  @Test
  void getFor_offerOfAnotherAccelerator_throws() {
    String mi300x = BUNDLED.forAccelerator("mi300x").get(0).id();

    assertThatThrownBy(() -> BUNDLED.getFor(mi300x, "h100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Offer '" + mi300x + "' rents accelerator 'amd-mi300x', not "
            + "'nvidia-h100-sxm': its price applies to its own accelerator only");
  }

  @Test
  void filter_providerIgnoringCase_excludesHistoricalByDefault() {
    assertThat(BUNDLED.filter(CloudOfferQuery.builder().provider("coreweave").build()))
        .isEmpty();
    assertThat(BUNDLED.filter(CloudOfferQuery.builder().provider("coreweave")
        .historicalIncluded(true).build())).hasSize(6);
  }

  @Test
  void filter_region_matchesOnlyOffersWithThatRegion() {
    assertThat(BUNDLED.filter(CloudOfferQuery.builder().region("US-EAST-2")
        .historicalIncluded(true).build())).extracting(CloudOffer::instanceType)
        .containsExactly("p5.48xlarge", "p5e.48xlarge");
  }

  @Test
  void filter_maximumPrice_isPerDeviceAndInclusive() {
    // MI300X: DigitalOcean 1.99 for one GPU and 15.92 / 8 = 1.99 per GPU, both at the maximum.
    assertThat(BUNDLED.filter(CloudOfferQuery.builder().accelerator("MI300X")
        .maximumPerDeviceHour(Money.of("USD", "1.99")).build())).hasSize(2);
    assertThat(BUNDLED.filter(CloudOfferQuery.builder().accelerator("MI300X")
        .maximumPerDeviceHour(Money.of("USD", "1.98")).build())).isEmpty();
  }

  @Test
  void forAccelerator_includesHistorical() {
    assertThat(BUNDLED.forAccelerator("H100 PCIe")).extracting(CloudOffer::id)
        .containsExactly("coreweave-h100-pcie-80gb-gpu-component-legacy",
            "lambda-h100-pcie-80gb-1x-on-demand");
  }

  @Test
  void get_unknownId_throwsWithSuggestions() {
    assertThat(BUNDLED.get("digitalocean-gpu-l40s-on-demand").accelerator())
        .isEqualTo("nvidia-l40s");
    assertThatThrownBy(() -> BUNDLED.get("digitalocean-gpu-l40-on-demand"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessage("Unknown cloud offer 'digitalocean-gpu-l40-on-demand' (did you mean: "
            + "digitalocean-gpu-l40s-on-demand, digitalocean-gpu-h100x1-on-demand, "
            + "digitalocean-gpu-h100x8-on-demand?)");
    assertThat(BUNDLED.find("none")).isEmpty();
  }

  //-----------------------------------------------------------------------
  // read, of, mergedOver
  @Test
  void read_aliasAccelerator_isStoredAsId() throws IOException {
    CloudOfferCatalog mine = CloudOfferCatalog.read(
        stream(offerFile(offerJson("mine-h100x8", "H100 SXM5", "20.00"))), "mine.json",
        BUNDLED.accelerators());

    assertThat(mine.get("mine-h100x8").accelerator()).isEqualTo("nvidia-h100-sxm");
    assertThat(mine.get("mine-h100x8").perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "2.5")));
  }

  @Test
  void read_unknownAccelerator_throwsNamingFileEntryAndField() {
    assertThatThrownBy(() -> CloudOfferCatalog.read(
        stream(offerFile(offerJson("mine-x", "H900", "20.00"))), "mine.json",
        BUNDLED.accelerators()))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(problems(e)).singleElement().satisfies(p -> {
              assertThat(p.source()).isEqualTo("mine.json");
              assertThat(p.path()).isEqualTo("offers[0].accelerator");
              assertThat(p.value()).contains("\"H900\"");
              assertThat(p.rule()).startsWith("Unknown accelerator 'H900' (did you mean: ");
            }));
  }

  @Test
  void mergedOver_sameIdReplaces_newIdIsAdded() {
    CloudOffer cheaper = CloudOffer.builder().from(BUNDLED.get(
        "digitalocean-gpu-h100x8-on-demand"))
        .price(HourlyPrice.perInstanceHour(Money.of("USD", "16"))).build();
    CloudOfferCatalog merged = CloudOfferCatalog.of(MINE, List.of(cheaper,
        acmeOffer().id("mine-h100").accelerator("h100").build()), BUNDLED.accelerators())
        .mergedOver(BUNDLED);

    assertThat(merged.all()).hasSize(84);
    assertThat(merged.cheapestFor("h100", PricingModel.ON_DEMAND).orElseThrow().id())
        .isEqualTo("digitalocean-gpu-h100x8-on-demand");
    assertThat(merged.get("digitalocean-gpu-h100x8-on-demand").perDeviceHour())
        .isEqualTo(HourlyPrice.perDeviceHour(Money.of("USD", "2")));
    assertThat(merged.get("mine-h100").accelerator()).isEqualTo("nvidia-h100-sxm");
    assertThat(merged.layers()).extracting(CatalogInfo::origin)
        .containsExactly("mine", "bundled cloud-offers.json");
  }

  @Test
  void of_duplicateId_throws() {
    assertThatThrownBy(() -> CloudOfferCatalog.of(MINE, List.of(acmeOffer().build(),
        acmeOffer().build()), AcceleratorCatalog.of(MINE, List.of(Fixtures.acmeX1().build()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate offer id: 'acme-cloud-x1x8'");
  }

  @Test
  void read_sameRentalUnderAnotherId_isRejected() throws IOException {
    // a user offer repeating a bundled rental under a new id would leave two prices for it
    CloudOffer bundled = BUNDLED.get("lambda-h100-sxm-80gb-8x-on-demand");
    String repeat = offerJson("mine-h100x8", "h100", "20.00")
        .replace("'Acme Cloud'", "'" + bundled.provider() + "'")
        .replace("'x1.8'", "'" + bundled.instanceType() + "'");

    assertThatThrownBy(() -> HardwareCatalogs.overBundled()
        .cloudOffers(stream(offerFile(repeat)), "mine.json").load())
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("offers[0].id");
          assertThat(e.rule()).isEqualTo("Offer describes the same rental as offer "
              + "'lambda-h100-sxm-80gb-8x-on-demand' (provider, instance type, accelerators, "
              + "region, pricing model, currency, dates and what is priced); give it that id to "
              + "replace it");
        });
  }

  //-----------------------------------------------------------------------
  // staleness, text
  @Test
  void warnIfStale_afterThreshold_returnsWarning() {
    assertThat(BUNDLED.warnIfStale(Duration.ofDays(30), clockAt(LocalDate.of(2027, 1, 10))))
        .hasValueSatisfying(w -> assertThat(w).startsWith("The cloud rental catalog "
            + "(version 2026-12-06, published 2026-12-06) is 35 days old"));
    assertThat(BUNDLED.isStale(Duration.ofDays(30), clockAt(LocalDate.of(2027, 1, 5))))
        .isFalse();
  }

  @Test
  void methods_null_throw() {
    assertThatThrownBy(() -> BUNDLED.cheapestFor(null, PricingModel.ON_DEMAND))
        .isInstanceOf(NullPointerException.class).hasMessage("accelerator");
    assertThatThrownBy(() -> BUNDLED.cheapestFor("h100", null))
        .isInstanceOf(NullPointerException.class).hasMessage("model");
    assertThatThrownBy(() -> BUNDLED.filter((CloudOfferQuery) null))
        .isInstanceOf(NullPointerException.class).hasMessage("query");
    assertThatThrownBy(() -> BUNDLED.mergedOver(null))
        .isInstanceOf(NullPointerException.class).hasMessage("base");
    assertThatThrownBy(() -> CloudOfferCatalog.read(stream("{}"), "o", null))
        .isInstanceOf(NullPointerException.class).hasMessage("accelerators");
  }

  @Test
  void toString_isVersionAndSize() {
    assertThat(BUNDLED).hasToString("CloudOfferCatalog[2026-12-06, 83 offers]");
  }
}
