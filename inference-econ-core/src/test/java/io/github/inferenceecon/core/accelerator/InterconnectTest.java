/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.accelerator;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.units.ByteRate;
import org.junit.jupiter.api.Test;

final class InterconnectTest {

  private static final ByteRate GB_PER_S_900 = ByteRate.ofGigabytesPerSecond(900);
  private static final Interconnect NVLINK_BIDIRECTIONAL_900 =
      Interconnect.of("NVLink 4", GB_PER_S_900, BandwidthBasis.BIDIRECTIONAL);

  @Test
  void perDirection_bidirectionalFigure_isHalved() {
    // 900 GB/s counted both ways is 450 GB/s each way
    assertThat(NVLINK_BIDIRECTIONAL_900.perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(450));
    assertThat(NVLINK_BIDIRECTIONAL_900.bandwidth()).isEqualTo(GB_PER_S_900);
  }

  @Test
  void perDirection_perDirectionFigure_isUnchanged() {
    Interconnect link = Interconnect.of("Link", GB_PER_S_900, BandwidthBasis.PER_DIRECTION);

    assertThat(link.perDirection()).isEqualTo(GB_PER_S_900);
  }

  @Test
  void of_blankName_throws() {
    assertThatThrownBy(() -> Interconnect.of(" ", GB_PER_S_900, BandwidthBasis.PER_DIRECTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Interconnect name must not be blank: '");
  }

  @Test
  void of_zeroBandwidth_throws() {
    assertThatThrownBy(() -> Interconnect.of("Link", ByteRate.ZERO, BandwidthBasis.PER_DIRECTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Interconnect bandwidth must be positive: 0 B/s");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> Interconnect.of(null, GB_PER_S_900, BandwidthBasis.PER_DIRECTION))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> Interconnect.of("Link", null, BandwidthBasis.PER_DIRECTION))
        .isInstanceOf(NullPointerException.class).hasMessage("bandwidth");
    assertThatThrownBy(() -> Interconnect.of("Link", GB_PER_S_900, null))
        .isInstanceOf(NullPointerException.class).hasMessage("basis");
  }

  @Test
  void equals_sameParts_equal() {
    assertEqualsContract(NVLINK_BIDIRECTIONAL_900,
        Interconnect.of("NVLink 4", ByteRate.of(900e9), BandwidthBasis.BIDIRECTIONAL),
        Interconnect.of("NVLink 4", GB_PER_S_900, BandwidthBasis.PER_DIRECTION));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(Interconnect.class, NVLINK_BIDIRECTIONAL_900);
  }

  @Test
  void domainSize_givenOrAbsent() {
    Interconnect nvl72 = Interconnect.of("NVLink 5", ByteRate.of(1.8e12),
        BandwidthBasis.BIDIRECTIONAL, 72);

    assertThat(NVLINK_BIDIRECTIONAL_900.domainSize()).isEmpty();
    assertThat(nvl72.domainSize()).contains(72);
    assertThat(NVLINK_BIDIRECTIONAL_900.withDomainSize(8).domainSize()).contains(8);
    assertThat(NVLINK_BIDIRECTIONAL_900.withDomainSize(8).perDirection())
        .isEqualTo(NVLINK_BIDIRECTIONAL_900.perDirection());
    assertThat(jsonRoundTrip(nvl72, Interconnect.class)).isEqualTo(nvl72);
    assertThat(toJson(nvl72)).contains("\"domainSize\":72");
  }

  @Test
  void of_domainSizeNotPositive_throws() {
    assertThatThrownBy(() -> NVLINK_BIDIRECTIONAL_900.withDomainSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Interconnect domain size must be positive: 0");
  }

  @Test
  void json_roundTripsWithoutDerivedValue() {
    assertThat(toJson(NVLINK_BIDIRECTIONAL_900)).isEqualTo(
        "{\"name\":\"NVLink 4\",\"bandwidth\":\"900 GB/s\",\"basis\":\"BIDIRECTIONAL\"}");
    assertThat(jsonRoundTrip(NVLINK_BIDIRECTIONAL_900, Interconnect.class))
        .isEqualTo(NVLINK_BIDIRECTIONAL_900);
  }
}
