/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.format.Precision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CandidateTest {

  static final Candidate LLAMA_70B_TP2 =
      Candidate.selfHosted("Llama-3.1-70B", "h100", 2, 1, Precision.bf16());
  static final Candidate API_LARGE = Candidate.api("large", "acme large");

  //-----------------------------------------------------------------------
  // selfHosted, api
  //-----------------------------------------------------------------------
  @Test
  void selfHosted_hasLayoutAndPrecision() {
    assertThat(LLAMA_70B_TP2.kind()).isEqualTo(Candidate.Kind.SELF_HOSTED);
    assertThat(LLAMA_70B_TP2.model()).isEqualTo("Llama-3.1-70B");
    assertThat(LLAMA_70B_TP2.option()).isEqualTo("h100");
    assertThat(LLAMA_70B_TP2.tensorParallel()).hasValue(2);
    assertThat(LLAMA_70B_TP2.pipelineParallel()).hasValue(1);
    assertThat(LLAMA_70B_TP2.precision()).contains(Precision.bf16());
    assertThat(LLAMA_70B_TP2.devicesPerReplica()).hasValue(2);
  }

  @Test
  void api_hasNoLayout() {
    assertThat(API_LARGE.kind()).isEqualTo(Candidate.Kind.API);
    assertThat(API_LARGE.option()).isEqualTo("large");
    assertThat(API_LARGE.model()).isEqualTo("acme large");
    assertThat(API_LARGE.tensorParallel()).isEmpty();
    assertThat(API_LARGE.pipelineParallel()).isEmpty();
    assertThat(API_LARGE.precision()).isEmpty();
    assertThat(API_LARGE.devicesPerReplica()).isEmpty();
  }

  @Test
  void check_blankNames_throw() {
    assertThatThrownBy(() -> Candidate.api("large", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Candidate model must not be blank: ' '");
    assertThatThrownBy(() -> Candidate.selfHosted("m", "", 1, 1, Precision.bf16()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Candidate option must not be blank: ''");
  }

  @Test
  void check_nonPositiveDegrees_throw() {
    assertThatThrownBy(() -> Candidate.selfHosted("m", "o", 0, 1, Precision.bf16()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degree must be positive: 0");
    assertThatThrownBy(() -> Candidate.selfHosted("m", "o", 1, -2, Precision.bf16()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pipeline-parallel degree must be positive: -2");
  }

  @Test
  void check_layoutOnApiOrMissingOnSelfHosted_throws() {
    assertThatThrownBy(() -> ImmutableCandidate.builder().from(API_LARGE).tensorParallel(1)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Candidate must have a layout and precision exactly when self-hosted: API");
    assertThatThrownBy(() -> ImmutableCandidate.builder().kind(Candidate.Kind.SELF_HOSTED)
        .model("m").option("o").tensorParallel(1).pipelineParallel(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Candidate must have a layout and precision exactly when self-hosted: "
            + "SELF_HOSTED");
  }

  @Test
  void factories_nulls_throwNullPointer() {
    assertThatThrownBy(() -> Candidate.selfHosted("m", "o", 1, 1, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Candidate.api(null, "m"))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // compareTo
  //-----------------------------------------------------------------------
  @Test
  void compareTo_ordersByKindModelOptionDevicesTpPpPrecision() {
    List<Candidate> expected = List.of(
        Candidate.selfHosted("A", "h100", 1, 1, Precision.bf16()),
        Candidate.selfHosted("A", "h200", 1, 1, Precision.bf16()),
        Candidate.selfHosted("B", "h100", 1, 1, Precision.bf16()),
        Candidate.selfHosted("B", "h100", 1, 1, PlannerFixtures.FP8),
        Candidate.selfHosted("B", "h100", 1, 2, Precision.bf16()),
        Candidate.selfHosted("B", "h100", 2, 1, Precision.bf16()),
        Candidate.selfHosted("B", "h100", 4, 1, Precision.bf16()),
        Candidate.api("a", "Z"),
        Candidate.api("b", "Z"));
    List<Candidate> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    shuffled.sort(null);

    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void compareTo_equal_isZero() {
    assertThat(LLAMA_70B_TP2.compareTo(Candidate.selfHosted("Llama-3.1-70B", "h100", 2, 1,
        Precision.bf16()))).isZero();
    assertThatThrownBy(() -> LLAMA_70B_TP2.compareTo(null))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // toString, equals, JSON, immutability
  //-----------------------------------------------------------------------
  @Test
  void toString_readsAsADeploymentOrAnApi() {
    assertThat(LLAMA_70B_TP2).hasToString("Llama-3.1-70B on 2 x h100 (tp=2, pp=1; "
        + "weights=BF16, kvCache=BF16, activations=BF16)");
    assertThat(API_LARGE).hasToString("API large (acme large)");
  }

  @Test
  void equals_hashCode_json_immutability() {
    assertEqualsContract(LLAMA_70B_TP2, Candidate.selfHosted("Llama-3.1-70B", "h100", 2, 1,
        Precision.bf16()), API_LARGE);
    assertThat(jsonRoundTrip(LLAMA_70B_TP2, Candidate.class)).isEqualTo(LLAMA_70B_TP2);
    assertThat(jsonRoundTrip(API_LARGE, Candidate.class)).isEqualTo(API_LARGE);
    assertImmutable(Candidate.class, LLAMA_70B_TP2);
  }
}
