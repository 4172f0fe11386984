/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.planner.CandidateTest.API_LARGE;
import static io.github.inferenceecon.core.planner.CandidateTest.LLAMA_70B_TP2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.planner.Rejection.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RejectionTest {

  private static final Rejection MISSES_BOTH = Rejection.of(LLAMA_70B_TP2,
      List.of(Reason.MISSES_TTFT, Reason.MISSES_TPOT),
      "misses TTFT: 2.31 s at p90 > 2 s; misses TPOT: 250 ms at p90 > 200 ms");

  @Test
  void of_keepsCandidateReasonsAndMessage() {
    assertThat(MISSES_BOTH.candidate()).isEqualTo(LLAMA_70B_TP2);
    assertThat(MISSES_BOTH.reasons()).containsExactly(Reason.MISSES_TTFT, Reason.MISSES_TPOT);
    assertThat(MISSES_BOTH.reason()).isEqualTo(Reason.MISSES_TTFT);
    assertThat(MISSES_BOTH.hasReason(Reason.MISSES_TPOT)).isTrue();
    assertThat(MISSES_BOTH.hasReason(Reason.DOES_NOT_FIT)).isFalse();
  }

  @Test
  void check_noReason_throws() {
    assertThatThrownBy(() -> Rejection.of(API_LARGE, List.of(), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rejection must have a reason: API large (acme large)");
  }

  @Test
  void check_repeatedOrUnorderedReasons_throw() {
    assertThatThrownBy(() -> Rejection.of(API_LARGE, List.of(Reason.UNPRICED, Reason.UNPRICED),
        "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rejection reasons must be distinct and in order: [UNPRICED, UNPRICED]");
    assertThatThrownBy(() -> Rejection.of(API_LARGE, List.of(Reason.MISSES_TPOT,
        Reason.MISSES_TTFT), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void check_blankMessage_throws() {
    assertThatThrownBy(() -> Rejection.of(API_LARGE, List.of(Reason.UNPRICED), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rejection message must not be blank: ' '");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> Rejection.of(null, List.of(Reason.UNPRICED), "x"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rejection.of(API_LARGE, null, "x"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rejection.of(API_LARGE, List.of(Reason.UNPRICED), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MISSES_BOTH.hasReason(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_candidateAndMessage() {
    assertThat(MISSES_BOTH).hasToString("Llama-3.1-70B on 2 x h100 (tp=2, pp=1; weights=BF16, "
        + "kvCache=BF16, activations=BF16): misses TTFT: 2.31 s at p90 > 2 s; misses TPOT: "
        + "250 ms at p90 > 200 ms");
  }

  @Test
  void equals_hashCode_json_immutability() {
    assertEqualsContract(MISSES_BOTH, Rejection.of(LLAMA_70B_TP2, List.of(Reason.MISSES_TTFT,
        Reason.MISSES_TPOT), MISSES_BOTH.message()), Rejection.of(API_LARGE,
        List.of(Reason.UNPRICED), "unpriced"));
    assertThat(jsonRoundTrip(MISSES_BOTH, Rejection.class)).isEqualTo(MISSES_BOTH);
    assertImmutable(Rejection.class, MISSES_BOTH);
  }
}
