/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.units.ByteRate;
import org.junit.jupiter.api.Test;

final class ScaleUpLinkTest {

  private static final ByteRate GB_S_900 = ByteRate.ofGigabytesPerSecond(900);

  @Test
  void toInterconnect_bandwidthAndBasis_isCoreInterconnect() {
    ScaleUpLink link = ScaleUpLink.builder().name("NVLink 4").bandwidth(GB_S_900)
        .basis(BandwidthBasis.BIDIRECTIONAL).build();

    assertThat(link.toInterconnect())
        .contains(Interconnect.of("NVLink 4", GB_S_900, BandwidthBasis.BIDIRECTIONAL));
  }

  @Test
  void toInterconnect_basisNotStated_isEmpty() {
    ScaleUpLink link = ScaleUpLink.builder().name("NVLink 4").bandwidth(GB_S_900).build();

    assertThat(link.toInterconnect()).isEmpty();
  }

  @Test
  void toInterconnect_noBandwidth_isEmpty() {
    assertThat(ScaleUpLink.builder().name("NeuronLink-v2").build().toInterconnect()).isEmpty();
  }

  @Test
  void check_blankName_throws() {
    assertThatThrownBy(() -> ScaleUpLink.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scale-up link name must not be blank: ' '");
  }

  @Test
  void check_zeroBandwidth_throws() {
    assertThatThrownBy(() -> ScaleUpLink.builder().name("ICI").bandwidth(ByteRate.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scale-up bandwidth must be positive: 0 B/s");
  }

  @Test
  void check_basisWithoutBandwidth_throws() {
    assertThatThrownBy(() -> ScaleUpLink.builder().name("ICI")
        .basis(BandwidthBasis.PER_DIRECTION).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scale-up basis needs a bandwidth: PER_DIRECTION");
  }

  @Test
  void check_blankNote_throws() {
    assertThatThrownBy(() -> ScaleUpLink.builder().name("ICI").note("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scale-up note must not be blank: ''");
  }

  @Test
  void json_roundTrip_equalsOriginal() throws JsonProcessingException {
    ScaleUpLink link = ScaleUpLink.builder().name("ICI").bandwidth(GB_S_900)
        .basis(BandwidthBasis.BIDIRECTIONAL).note("per chip").build();
    String json = Fixtures.MAPPER.writeValueAsString(link);

    assertThat(json).contains("\"bandwidth\":\"900 GB/s\"", "\"basis\":\"BIDIRECTIONAL\"");
    assertThat(Fixtures.MAPPER.readValue(json, ScaleUpLink.class)).isEqualTo(link);
  }

  @Test
  void toString_statesWhatIsUnknown() {
    assertThat(ScaleUpLink.builder().name("NVLink 4").bandwidth(GB_S_900).build())
        .hasToString("NVLink 4, 900 GB/s (basis not stated)");
    assertThat(ScaleUpLink.builder().name("NeuronLink-v2").build())
        .hasToString("NeuronLink-v2 (bandwidth not stated)");
    assertThat(ScaleUpLink.builder().name("ICI").bandwidth(GB_S_900)
        .basis(BandwidthBasis.BIDIRECTIONAL).build())
        .hasToString("ICI, 900 GB/s BIDIRECTIONAL");
  }
}
