/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;

final class LengthDistributionTest {

  private static final LengthDistribution FIXED_128 = LengthDistribution.fixed(128);
  private static final LengthDistribution UNIFORM_100_300 = LengthDistribution.uniform(100, 300);
  private static final LengthDistribution EXPONENTIAL_800 = LengthDistribution.exponential(800);
  private static final LengthDistribution LOG_NORMAL_800_1 = LengthDistribution.logNormal(800, 1);

  //-----------------------------------------------------------------------
  // fixed
  @Test
  void fixed_everyPercentileIsTheLength() {
    assertThat(FIXED_128.shape()).isEqualTo(LengthDistribution.Shape.FIXED);
    assertThat(FIXED_128.mean()).isEqualTo(128);
    assertThat(FIXED_128.percentile(0)).isEqualTo(128);
    assertThat(FIXED_128.percentile(0.5)).isEqualTo(128);
    assertThat(FIXED_128.percentile(0.999)).isEqualTo(128);
  }

  @Test
  void fixed_zero_isAllowed() {
    assertThat(LengthDistribution.fixed(0).mean()).isZero();
  }

  @Test
  void fixed_negative_throws() {
    assertThatThrownBy(() -> LengthDistribution.fixed(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Length must not be negative: -1");
  }

  //-----------------------------------------------------------------------
  // uniform
  @Test
  void uniform_meanAndPercentilesAreLinear() {
    // mean (100 + 300) / 2 = 200; percentile p is 100 + p x 200
    assertThat(UNIFORM_100_300.mean()).isEqualTo(200);
    assertThat(UNIFORM_100_300.percentile(0)).isEqualTo(100);
    assertThat(UNIFORM_100_300.percentile(0.5)).isEqualTo(200);
    assertThat(UNIFORM_100_300.percentile(0.9)).isEqualTo(280);
  }

  @Test
  void uniform_reversedBounds_throws() {
    assertThatThrownBy(() -> LengthDistribution.uniform(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Maximum length must not be less than the minimum: 4.0/5.0");
  }

  @Test
  void uniform_negativeMinimum_throws() {
    assertThatThrownBy(() -> LengthDistribution.uniform(-1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Minimum length must be finite and not negative: -1.0");
  }

  @Test
  void uniform_equalBounds_isAPoint() {
    assertThat(LengthDistribution.uniform(7, 7).percentile(0.3)).isEqualTo(7);
  }

  //-----------------------------------------------------------------------
  // exponential
  @Test
  void exponential_medianIsMeanTimesLn2() {
    // the exponential distribution function 1 - exp(-x / mean) is 1/2 at x = mean x ln 2:
    // 800 x 0.693147... = 554.5177
    assertThat(EXPONENTIAL_800.mean()).isEqualTo(800);
    assertThat(EXPONENTIAL_800.percentile(0.5)).isCloseTo(800 * Math.log(2), withinPercentage(1e-12));
    assertThat(EXPONENTIAL_800.percentile(0.5)).isCloseTo(554.5177444, withinPercentage(1e-8));
  }

  @Test
  void exponential_p99IsMeanTimesLn100() {
    // 1 - exp(-x / 800) = 0.99 at x = 800 ln 100 = 3684.1361
    assertThat(EXPONENTIAL_800.percentile(0.99)).isCloseTo(3684.1361488, withinPercentage(1e-8));
  }

  @Test
  void exponential_p0IsZero() {
    assertThat(EXPONENTIAL_800.percentile(0)).isZero();
  }

  @Test
  void exponential_meanNotFinitePositive_throws() {
    assertThatThrownBy(() -> LengthDistribution.exponential(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mean length must be finite and positive: 0.0");
    assertThatThrownBy(() -> LengthDistribution.exponential(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mean length must be finite and positive: NaN");
    assertThatThrownBy(() -> LengthDistribution.exponential(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mean length must be finite and positive: Infinity");
  }

  //-----------------------------------------------------------------------
  // log-normal
  @Test
  void logNormal_medianIsExpMu() {
    // mean = exp(mu + sigma^2 / 2), so mu = ln 800 - 1/2 and the median
    // exp(mu) = 800 x exp(-1/2) = 485.2245
    double mu = Math.log(800) - 0.5;

    assertThat(LOG_NORMAL_800_1.mean()).isEqualTo(800);
    assertThat(LOG_NORMAL_800_1.percentile(0.5)).isEqualTo(Math.exp(mu));
    assertThat(LOG_NORMAL_800_1.percentile(0.5)).isCloseTo(485.2245278, withinPercentage(1e-8));
  }

  @Test
  void logNormal_p99IsExpOfMuPlusSigmaZ99() {
    // z(0.99) = 2.3263478740408408; exp(ln 800 - 1/2 + 2.3263478740) = 4968.929
    assertThat(LOG_NORMAL_800_1.percentile(0.99)).isCloseTo(4968.928994, withinPercentage(1e-6));
  }

  @Test
  void logNormal_p01IsExpOfMuMinusSigmaZ99() {
    // exp(ln 800 - 1/2 - 2.3263478740) = 47.38302
    assertThat(LOG_NORMAL_800_1.percentile(0.01)).isCloseTo(47.383016, withinPercentage(1e-6));
  }

  @Test
  void logNormal_p0IsZero() {
    assertThat(LOG_NORMAL_800_1.percentile(0)).isZero();
  }

  @Test
  void logNormal_sigmaNotFinitePositive_throws() {
    assertThatThrownBy(() -> LengthDistribution.logNormal(800, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Log-normal sigma must be finite and positive: 0.0");
  }

  @Test
  void logNormal_meanNotPositive_throws() {
    assertThatThrownBy(() -> LengthDistribution.logNormal(-800, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mean length must be finite and positive: -800.0");
  }

  //-----------------------------------------------------------------------
  // percentile range
  @Test
  void percentile_outsideZeroToOne_throws() {
    assertThatThrownBy(() -> EXPONENTIAL_800.percentile(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentile must be in [0, 1): 1.0");
    assertThatThrownBy(() -> FIXED_128.percentile(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentile must be in [0, 1): -0.1");
    assertThatThrownBy(() -> UNIFORM_100_300.percentile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentile must be in [0, 1): NaN");
  }

  //-----------------------------------------------------------------------
  // toString, equals, immutability, JSON
  @Test
  void toString_namesShapeAndParameters() {
    assertThat(FIXED_128).hasToString("FIXED(128.0)");
    assertThat(UNIFORM_100_300).hasToString("UNIFORM(100.0..300.0)");
    assertThat(EXPONENTIAL_800).hasToString("EXPONENTIAL(mean=800.0)");
    assertThat(LOG_NORMAL_800_1).hasToString("LOG_NORMAL(mean=800.0, sigma=1.0)");
  }

  @Test
  void equals_sameShapeAndParameters_equal() {
    assertEqualsContract(LOG_NORMAL_800_1, LengthDistribution.logNormal(800, 1),
        LengthDistribution.logNormal(800, 1.5));
    assertThat(LengthDistribution.fixed(128)).isNotEqualTo(LengthDistribution.uniform(128, 128));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(LengthDistribution.class, LOG_NORMAL_800_1);
  }

  @Test
  void json_roundTrips() {
    assertThat(toJson(LOG_NORMAL_800_1)).isEqualTo("{\"shape\":\"LOG_NORMAL\",\"a\":800.0,\"b\":1.0}");
    assertThat(jsonRoundTrip(LOG_NORMAL_800_1, LengthDistribution.class))
        .isEqualTo(LOG_NORMAL_800_1);
    assertThat(jsonRoundTrip(UNIFORM_100_300, LengthDistribution.class))
        .isEqualTo(UNIFORM_100_300);
  }

  @Test
  void json_invalidParameters_failTheRule() {
    assertThatThrownBy(() -> fromJson("{\"shape\":\"EXPONENTIAL\",\"a\":0,\"b\":0}",
        LengthDistribution.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Mean length must be finite and positive: 0.0");
  }
}
