/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one error of JSON reading: message, getters and several problems. */
final class InvalidJsonExceptionTest {

  private static final InvalidJsonException INPUT = new InvalidJsonException("my.json",
      "models[1].cards[0].input", "\"-3\"", "Price must not be negative", null);

  @Test
  void message_namesSourcePathRuleAndValue() {
    assertThat(INPUT).hasMessage("Invalid JSON in 'my.json' at models[1].cards[0].input: Price "
        + "must not be negative: \"-3\"");
    assertThat(INPUT).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void getters_returnTheParts() {
    assertThat(INPUT.source()).isEqualTo("my.json");
    assertThat(INPUT.path()).isEqualTo("models[1].cards[0].input");
    assertThat(INPUT.field()).contains("input");
    assertThat(INPUT.value()).contains("\"-3\"");
    assertThat(INPUT.rule()).isEqualTo("Price must not be negative");
    assertThat(INPUT.problemCount()).isEqualTo(1);
    assertThat(INPUT.otherProblems()).isEmpty();
  }

  @Test
  void field_ofIndexOrRoot_isEmpty() {
    assertThat(new InvalidJsonException("a", "models[1]", null, "R", null).field()).isEmpty();
    assertThat(new InvalidJsonException("a", "", null, "R", null).field()).isEmpty();
    assertThat(new InvalidJsonException("a", "models[1].id", null, "R", null).field())
        .contains("id");
    assertThat(new InvalidJsonException("a", "id", null, "R", null).field()).contains("id");
  }

  @Test
  void value_escapesControlCharactersAndCutsLongText() {
    assertThat(new InvalidJsonException("a", "", "a\nb\tc\u0001", "R", null).value())
        .contains("a\\nb\\tc\\u0001");
    String shown = new InvalidJsonException("a", "", "y".repeat(200), "R", null).value()
        .orElseThrow();
    assertThat(shown).hasSize(80 + " ... (200 characters)".length() - 1)
        .endsWith("... (200 characters)");
  }

  @Test
  void of_severalProblems_firstCarriesTheOthers() {
    InvalidJsonException second = new InvalidJsonException("my.json", "models[2].id", null,
        "Missing required field 'id'", null);
    InvalidJsonException e = InvalidJsonException.of(List.of(INPUT, second));
    assertThat(e.problemCount()).isEqualTo(2);
    assertThat(e.otherProblems()).containsExactly(second);
    assertThat(e).hasMessageEndingWith("(and 1 more problem)");
    assertThat(InvalidJsonException.of(List.of(INPUT))).isSameAs(INPUT);
  }

  @Test
  void of_noProblems_throws() {
    assertThatThrownBy(() -> InvalidJsonException.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_nulls_throw() {
    assertThatThrownBy(() -> new InvalidJsonException(null, "", null, "R", null))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> new InvalidJsonException("s", "", null, null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("rule");
  }

  @Test
  void of_problemsCarryingOthers_areFlattened() {
    InvalidJsonException a2 = new InvalidJsonException("a.json", "x[2]", null, "R2", null);
    InvalidJsonException fileA = InvalidJsonException.of(List.of(INPUT, a2));
    InvalidJsonException fileB = new InvalidJsonException("b.json", "y", "1", "R3", null);

    InvalidJsonException all = InvalidJsonException.of(List.of(fileA, fileB));

    assertThat(all.problemCount()).isEqualTo(3);
    assertThat(all.otherProblems()).extracting(InvalidJsonException::source)
        .containsExactly("a.json", "b.json");
    assertThat(all.getMessage()).isEqualTo(INPUT.getMessage() + " (and 2 more problems)");
  }
}
