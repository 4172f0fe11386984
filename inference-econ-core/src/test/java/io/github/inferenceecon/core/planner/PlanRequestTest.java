/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.planner.PlannerFixtures.BIG_SLOW_AT_2;
import static io.github.inferenceecon.core.planner.PlannerFixtures.CARD_3_15;
import static io.github.inferenceecon.core.planner.PlannerFixtures.FP8;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100_AT_3;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H200_AT_4;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA_70B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA_8B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.ONE_RPS_1000_200;
import static io.github.inferenceecon.core.planner.PlannerFixtures.TTFT_2S_TPOT_100MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.workload.LengthDistribution;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PlanRequestTest {

  static PlanRequest.Builder h100For70b() {
    return PlanRequest.builder().addModels(LLAMA_70B).traffic(ONE_RPS_1000_200)
        .addHardware(H100_AT_3);
  }

  //-----------------------------------------------------------------------
  // defaults
  //-----------------------------------------------------------------------
  @Test
  void build_defaults() {
    PlanRequest r = h100For70b().build();

    assertThat(r.targets()).isEqualTo(ServiceLevelTargets.none());
    assertThat(r.deviceCounts()).containsExactly(1, 2, 4, 8);
    assertThat(r.tensorParallelDegrees()).isEmpty();
    assertThat(r.precisions()).isEmpty();
    assertThat(r.maxConcurrency()).isEmpty();
    assertThat(r.maxReplicas()).isEqualTo(PlanRequest.DEFAULT_MAX_REPLICAS).isEqualTo(10_000);
    assertThat(r.apis()).isEmpty();
    assertThat(r.utilisation()).isEqualTo(1.0);
    assertThat(r.currency()).isEqualTo(Money.USD);
  }

  @Test
  void builder_setsEveryAttribute() {
    PlanRequest r = h100For70b().targets(TTFT_2S_TPOT_100MS).deviceCounts(List.of(2, 4))
        .tensorParallelDegrees(List.of(2)).precisions(List.of(FP8)).maxConcurrency(64)
        .maxReplicas(10).addApis(ApiOption.of(CARD_3_15)).utilisation(0.5).build();

    assertThat(r.targets()).isEqualTo(TTFT_2S_TPOT_100MS);
    assertThat(r.deviceCounts()).containsExactly(2, 4);
    assertThat(r.tensorParallelDegrees()).containsExactly(2);
    assertThat(r.precisions()).containsExactly(FP8);
    assertThat(r.maxConcurrency()).hasValue(64);
    assertThat(r.maxReplicas()).isEqualTo(10);
    assertThat(r.utilisation()).isEqualTo(0.5);
  }

  //-----------------------------------------------------------------------
  // candidateCount
  //-----------------------------------------------------------------------
  @Test
  void candidateCount_tensorParallelAcrossTheReplica_oneLayoutPerDeviceCount() {
    // 2 models x 2 options x 4 device counts x 2 precisions + 1 API = 33.
    PlanRequest r = h100For70b().addModels(LLAMA_8B).addHardware(H200_AT_4)
        .precisions(List.of(Precision.bf16(), FP8)).addApis(ApiOption.of(CARD_3_15)).build();

    assertThat(r.candidateCount()).isEqualTo(33);
  }

  @Test
  void candidateCount_listedDegrees_everyDegreeThatDividesACount() {
    // Devices 1: tp 1; 2: tp 1, 2; 4: tp 1, 2, 4; 8: tp 1, 2, 4 (tp 8 not listed) = 9 layouts.
    PlanRequest r = h100For70b().tensorParallelDegrees(List.of(1, 2, 4)).build();

    assertThat(r.candidateCount()).isEqualTo(9);
  }

  @Test
  void candidateCount_apisOnly() {
    PlanRequest r = PlanRequest.builder().traffic(ONE_RPS_1000_200)
        .addApis(ApiOption.of(CARD_3_15)).build();

    assertThat(r.candidateCount()).isEqualTo(1);
    assertThat(r.currency()).isEqualTo(Money.USD);
  }

  //-----------------------------------------------------------------------
  // check
  //-----------------------------------------------------------------------
  @Test
  void check_hardwareWithoutModels_throws() {
    assertThatThrownBy(() -> PlanRequest.builder().traffic(ONE_RPS_1000_200)
        .addHardware(H100_AT_3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan request with hardware options must have at least one model: []");
  }

  @Test
  void check_noOption_throws() {
    assertThatThrownBy(() -> PlanRequest.builder().addModels(LLAMA_8B).traffic(ONE_RPS_1000_200)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan request must have at least one hardware or API option: none");
  }

  @Test
  void check_repeatedNames_throw() {
    assertThatThrownBy(() -> h100For70b().addModels(LLAMA_70B).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Model names must be distinct: Llama-3.1-70B");
    assertThatThrownBy(() -> h100For70b().addHardware(HardwareOption.of("h100",
        PlannerFixtures.H200, PlannerFixtures.USD_4_PER_DEVICE_HOUR)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Hardware option ids must be distinct: h100");
    assertThatThrownBy(() -> h100For70b().addApis(ApiOption.of(CARD_3_15),
        ApiOption.of("acme/large", PlannerFixtures.CARD_NO_CACHE)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("API option labels must be distinct: acme/large");
  }

  @Test
  void check_repeatedSettings_throw() {
    assertThatThrownBy(() -> h100For70b().deviceCounts(List.of(2, 2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Device counts must be distinct: 2");
    assertThatThrownBy(() -> h100For70b().tensorParallelDegrees(List.of(4, 4)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degrees must be distinct: 4");
    assertThatThrownBy(() -> h100For70b().precisions(List.of(FP8, FP8)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Precisions must be distinct: " + FP8);
  }

  @Test
  void check_emptySettings_throw() {
    assertThatThrownBy(() -> h100For70b().deviceCounts(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Device counts must not be empty: []");
  }

  @Test
  void precisionsFor_noneGiven_isEachModelsCheckpointPrecision() {
    ModelArchitecture gptOss = KnownArchitectures.get("gpt-oss-120b");
    PlanRequest r = h100For70b().build();

    // gpt-oss-120b ships its routed experts in MXFP4 (config.json quantization_config)
    assertThat(r.precisionsFor(gptOss)).containsExactly(gptOss.defaultPrecision());
    assertThat(r.precisionsFor(gptOss).get(0).expertWeights()).isEqualTo(NumericFormat.MXFP4);
    assertThat(h100For70b().precisions(List.of(FP8)).build().precisionsFor(gptOss))
        .containsExactly(FP8);
  }

  @Test
  void check_nonPositiveCounts_throw() {
    assertThatThrownBy(() -> h100For70b().deviceCounts(List.of(0)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Device count must be positive: 0");
    assertThatThrownBy(() -> h100For70b().tensorParallelDegrees(List.of(-2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degree must be positive: -2");
    assertThatThrownBy(() -> h100For70b().maxConcurrency(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Maximum concurrency must be positive: 0");
    assertThatThrownBy(() -> h100For70b().maxReplicas(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Maximum replicas must be positive: 0");
  }

  @Test
  void check_fleetBeyondAnInt_throws() {
    assertThatThrownBy(() -> h100For70b().maxReplicas(Integer.MAX_VALUE / 4).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Maximum replicas x devices must fit an int: 536870911 x 8");
  }

  @Test
  void check_utilisationOutsideUnitInterval_throws() {
    assertThatThrownBy(() -> h100For70b().utilisation(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 0.0");
    assertThatThrownBy(() -> h100For70b().utilisation(1.5).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void check_rateOverUtilisationAboveAMillion_throws() {
    // 1 request/s at a utilisation of 1e-10 sizes a fleet for 10^10 requests/s
    assertThatThrownBy(() -> h100For70b().utilisation(1e-10).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Request rate over utilisation (the rate the fleet is sized for) must be at "
            + "most 1000000 requests/s: 1.0 / 1.0E-10");
    TrafficProfile huge = TrafficProfile.fixed(1e12, 1000, 200);
    assertThatThrownBy(() -> h100For70b().traffic(huge).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0E12 / 1.0");
    // at the bound exactly: 500,000 requests/s at 0.5
    PlanRequest edge = h100For70b().traffic(TrafficProfile.fixed(500_000, 1000, 200))
        .utilisation(0.5).build();
    assertThat(edge.sizingRequestsPerSecond()).isEqualTo(PlanRequest.MAX_SIZING_REQUESTS_PER_SECOND);
  }

  @Test
  void check_meanOutputBelowOneToken_throws() {
    TrafficProfile noOutput = TrafficProfile.builder().requestsPerSecond(1)
        .inputLength(LengthDistribution.fixed(100)).outputLength(LengthDistribution.fixed(0))
        .build();

    assertThatThrownBy(() -> h100For70b().traffic(noOutput).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mean output length must be at least 1 token: 0.0");
  }

  @Test
  void check_mixedCurrencies_throwCurrencyMismatch() {
    ApiPriceCard euros = ApiPriceCard.builder().provider("eu").model("m")
        .rates(TokenRates.builder().input(TokenPrice.perMillion("EUR", "1"))
            .output(TokenPrice.perMillion("EUR", "2")).build()).build();
    HardwareOption yen = HardwareOption.of("jp", H100,
        HourlyPrice.perDeviceHour(Money.of("JPY", "400")));

    assertThatThrownBy(() -> h100For70b().addApis(ApiOption.of(euros)).build())
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: USD/EUR");
    assertThatThrownBy(() -> h100For70b().addHardware(yen).build())
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void build_missingTraffic_throwsIllegalState() {
    assertThatThrownBy(() -> PlanRequest.builder().addModels(LLAMA_8B).addHardware(H100_AT_3)
        .build())
        .isInstanceOf(IllegalStateException.class);
  }

  //-----------------------------------------------------------------------
  // with
  //-----------------------------------------------------------------------
  @Test
  void withCopies_changeOneAttribute() {
    PlanRequest r = h100For70b().build();
    TrafficProfile faster = ONE_RPS_1000_200.withRequestsPerSecond(5);

    assertThat(r.withTraffic(faster).traffic()).isEqualTo(faster);
    assertThat(r.withUtilisation(0.5).utilisation()).isEqualTo(0.5);
    assertThat(r.withHardware(List.of(BIG_SLOW_AT_2)).hardware()).containsExactly(BIG_SLOW_AT_2);
    assertThat(r.traffic()).isEqualTo(ONE_RPS_1000_200);
    assertThatThrownBy(() -> r.withUtilisation(2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withCopies_nulls_throwNullPointer() {
    PlanRequest r = h100For70b().build();

    assertThatThrownBy(() -> r.withTraffic(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> r.withHardware(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> h100For70b().addModels((io.github.inferenceecon.core.architecture
        .ModelArchitecture) null)).isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // equals, JSON, immutability
  //-----------------------------------------------------------------------
  @Test
  void equals_hashCode_json_immutability() {
    PlanRequest r = h100For70b().targets(TTFT_2S_TPOT_100MS).maxConcurrency(32)
        .addApis(ApiOption.of(CARD_3_15)).build();

    assertEqualsContract(r, h100For70b().targets(TTFT_2S_TPOT_100MS).maxConcurrency(32)
        .addApis(ApiOption.of(CARD_3_15)).build(), h100For70b().build());
    assertThat(jsonRoundTrip(r, PlanRequest.class)).isEqualTo(r);
    assertImmutable(PlanRequest.class, r);
  }
}
