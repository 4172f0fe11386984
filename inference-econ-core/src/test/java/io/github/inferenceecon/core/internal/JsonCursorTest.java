/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.json.InvalidJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON cursor: typed reads, paths, the one error style and problem collection. */
final class JsonCursorTest {

  private static final BigDecimal MAX = BigDecimal.valueOf(1_000);

  private static JsonCursor doc(String json) {
    return JsonCursor.read(json, "doc.json");
  }

  //-----------------------------------------------------------------------
  // read
  @Test
  void read_stream_readsWithoutClosing() throws IOException {
    JsonCursor c = JsonCursor.read(new ByteArrayInputStream("{\"a\": 1}"
        .getBytes(StandardCharsets.UTF_8)), "s.json");
    assertThat(c.field("a").whole(0, 9)).isEqualTo(1);
    assertThat(c.source()).isEqualTo("s.json");
  }

  @Test
  void read_malformed_namesSourceLineAndColumn() {
    assertThatThrownBy(() -> doc("{\"a\": }"))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("Invalid JSON in 'doc.json': Malformed JSON at line 1, column 7");
  }

  @Test
  void read_empty_throws() {
    assertThatThrownBy(() -> doc(" "))
        .hasMessage("Invalid JSON in 'doc.json': Document must not be empty");
  }

  //-----------------------------------------------------------------------
  // structure and paths
  @Test
  void path_nestedFieldsAndIndexes() {
    JsonCursor c = doc("{\"models\": [{}, {\"cards\": [{\"input\": 1}]}]}");
    JsonCursor input = c.field("models").elements().get(1).field("cards").elements().get(0)
        .field("input");
    assertThat(input.path()).isEqualTo("models[1].cards[0].input");
    assertThat(input.name()).isEqualTo("input");
  }

  @Test
  void object_unknownField_namesItAndTheKnownOnes() {
    assertThatThrownBy(() -> doc("{\"id\": 1, \"nmae\": \"x\"}").object("id", "name"))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("nmae");
          assertThat(e.rule()).isEqualTo("Unknown field 'nmae' (known: id, name)");
          assertThat(e.value()).contains("\"x\"");
        });
  }

  @Test
  void optional_absentOrNull_isNull() {
    JsonCursor c = doc("{\"a\": null, \"b\": 2}");
    assertThat(c.optional("a")).isNull();
    assertThat(c.optional("z")).isNull();
    assertThat(c.optional("b")).isNotNull();
  }

  @Test
  void field_missingRequired_namesTheField() {
    assertThatThrownBy(() -> doc("{}").field("input").text())
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e).hasMessage("Invalid JSON in 'doc.json' at input: Missing required field "
              + "'input'");
          assertThat(e.value()).isEmpty();
        });
  }

  @Test
  void fields_ofMap_inDocumentOrder() {
    List<JsonCursor> fields = doc("{\"b\": 1, \"a\": 2}").fields();
    assertThat(fields).extracting(JsonCursor::name).containsExactly("b", "a");
  }

  //-----------------------------------------------------------------------
  // scalars
  @Test
  void text_blankOrNotText_throws() {
    assertThatThrownBy(() -> doc("{\"a\": \" \"}").field("a").text())
        .hasMessage("Invalid JSON in 'doc.json' at a: Text must not be blank: \" \"");
    assertThatThrownBy(() -> doc("{\"a\": 5}").field("a").text())
        .hasMessage("Invalid JSON in 'doc.json' at a: Field 'a' must be a string: 5");
  }

  @Test
  void decimal_numberOrText_exactWithoutTrailingZeros() {
    JsonCursor c = doc("{\"a\": 0.30, \"b\": \"3.750\", \"c\": 1e2, \"d\": \"0.000\"}");
    assertThat(c.field("a").decimal(BigDecimal.ZERO, MAX)).isEqualTo(new BigDecimal("0.3"));
    assertThat(c.field("b").decimal(BigDecimal.ZERO, MAX)).isEqualTo(new BigDecimal("3.75"));
    assertThat(c.field("c").decimal(BigDecimal.ZERO, MAX).toPlainString()).isEqualTo("100");
    assertThat(c.field("d").decimal(BigDecimal.ZERO, MAX)).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void decimal_outOfRangeOrHugeScale_throws() {
    JsonCursor c = doc("{\"a\": -1, \"b\": 1e-999999999, \"c\": \"abc\", \"d\": true}");
    assertThatThrownBy(() -> c.field("a").decimal(BigDecimal.ZERO, MAX))
        .hasMessage("Invalid JSON in 'doc.json' at a: Number must be in [0, 1000]: -1");
    assertThatThrownBy(() -> c.field("b").decimal(BigDecimal.ZERO, MAX))
        .hasMessageContaining("Number must have at most 30 digits before and after the point");
    assertThatThrownBy(() -> c.field("c").decimal(BigDecimal.ZERO, MAX))
        .hasMessage("Invalid JSON in 'doc.json' at c: Value must be a decimal number: \"abc\"");
    assertThatThrownBy(() -> c.field("d").decimal(BigDecimal.ZERO, MAX))
        .hasMessage("Invalid JSON in 'doc.json' at d: Field 'd' must be a number: true");
  }

  @Test
  void number_jsonNumberOnly() {
    JsonCursor c = doc("{\"a\": 1.50, \"b\": \"1.5\", \"c\": 1e999999999}");
    assertThat(c.field("a").number(BigDecimal.ONE, BigDecimal.TEN)).isEqualTo("1.5");
    assertThatThrownBy(() -> c.field("b").number(BigDecimal.ONE, BigDecimal.TEN))
        .hasMessage("Invalid JSON in 'doc.json' at b: Field 'b' must be a number: \"1.5\"");
    // 1e999999999 is refused by its size before any arithmetic
    assertThatThrownBy(() -> c.field("c").number(BigDecimal.ONE, BigDecimal.TEN))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("Number must have at most 30 digits before and after the point");
  }

  @Test
  void plainDecimal_digitsAndPointOnly_boundedDigits() {
    JsonCursor c = doc("{\"a\": \"23.920\", \"b\": \"1e3\", \"c\": \"-1\", \"d\": \"12345678\","
        + " \"e\": 23.92}");
    assertThat(c.field("a").plainDecimal(7)).isEqualTo("23.92");
    for (String field : List.of("b", "c", "d")) {
      assertThatThrownBy(() -> c.field(field).plainDecimal(7))
          .isInstanceOfSatisfying(InvalidJsonException.class, e -> assertThat(e.rule())
              .isEqualTo("Value must be a plain decimal such as \"23.92\", with at most 7 "
                  + "digits before the point and 30 after"));
    }
    assertThatThrownBy(() -> c.field("e").plainDecimal(7))
        .hasMessageContaining("Field 'e' must be a string");
  }

  @Test
  void isPlainDecimal_acceptsExactlyBoundedDigitsWithOptionalFraction() {
    assertThat(JsonCursor.isPlainDecimal("0")).isTrue();
    assertThat(JsonCursor.isPlainDecimal("3.35")).isTrue();
    assertThat(JsonCursor.isPlainDecimal("9".repeat(30) + "." + "9".repeat(30))).isTrue();
    for (String bad : List.of("", ".5", "5.", "1.2.3", "+1", "1e9", " 1", "9".repeat(31))) {
      assertThat(JsonCursor.isPlainDecimal(bad)).as(bad).isFalse();
    }
  }

  @Test
  void currency_isoCodeWithMinorUnits() {
    JsonCursor c = doc("{\"a\": \"EUR\", \"b\": \"XXX\", \"c\": \"eur\", \"d\": \"EURO\"}");
    assertThat(c.field("a").currency().getCurrencyCode()).isEqualTo("EUR");
    for (String field : List.of("b", "c", "d")) {
      assertThatThrownBy(() -> c.field(field).currency())
          .isInstanceOfSatisfying(InvalidJsonException.class, e ->
              assertThat(e.rule()).isEqualTo("Currency must be an ISO 4217 currency code"));
    }
  }

  @Test
  void optionalTextAndTexts_absentOrNullIsEmpty() {
    JsonCursor c = doc("{\"a\": \"x\", \"b\": null, \"l\": [\"p\", \"q\"]}");
    assertThat(c.optionalText("a")).contains("x");
    assertThat(c.optionalText("b")).isEmpty();
    assertThat(c.optionalText("z")).isEmpty();
    assertThat(c.texts("l")).containsExactly("p", "q");
    assertThat(c.texts("z")).isEmpty();
    assertThatThrownBy(() -> c.texts("a")).hasMessageContaining("Field 'a' must be an array");
  }

  @Test
  void whole_rangeFractionAndHugeValues() {
    JsonCursor c = doc("{\"a\": 80, \"b\": 2.5, \"c\": 2147483648, \"d\": 1e400, \"e\": 4.0}");
    assertThat(c.field("a").whole(1, 100)).isEqualTo(80);
    assertThat(c.field("e").whole(1, 100)).isEqualTo(4);
    assertThatThrownBy(() -> c.field("b").whole(1, 100))
        .hasMessage("Invalid JSON in 'doc.json' at b: Number must be a whole number: 2.5");
    assertThatThrownBy(() -> c.field("c").whole(1, Integer.MAX_VALUE))
        .hasMessage("Invalid JSON in 'doc.json' at c: Whole number must be in [1, 2147483647]: "
            + "2147483648");
    assertThatThrownBy(() -> c.field("d").whole(1, 100))
        .hasMessageContaining("Whole number must be in [1, 100]");
  }

  @Test
  void bool_dateDurationConstant() {
    JsonCursor c = doc("{\"b\": true, \"d\": \"2025-05-22\", "
        + "\"t\": \"PT5M\", \"e\": \"SECONDS\"}");
    assertThat(c.field("b").bool()).isTrue();
    assertThat(c.field("d").date()).isEqualTo(LocalDate.of(2025, 5, 22));
    assertThat(c.field("t").duration()).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.field("e").constant(java.util.concurrent.TimeUnit.class))
        .isEqualTo(java.util.concurrent.TimeUnit.SECONDS);
  }

  @Test
  void scalars_badForms_throwWithTheRule() {
    JsonCursor c = doc("{\"b\": \"yes\", \"d\": \"2025-02-30\", "
        + "\"t\": \"PT0S\", \"e\": \"seconds\"}");
    assertThatThrownBy(() -> c.field("b").bool())
        .hasMessage("Invalid JSON in 'doc.json' at b: Field 'b' must be true or false: \"yes\"");
    assertThatThrownBy(() -> c.field("d").date())
        .hasMessage("Invalid JSON in 'doc.json' at d: Value must be an ISO date such as "
            + "\"2025-05-22\": \"2025-02-30\"");
    assertThatThrownBy(() -> c.field("t").duration())
        .hasMessage("Invalid JSON in 'doc.json' at t: Duration must be positive: \"PT0S\"");
    assertThatThrownBy(() -> c.field("e").constant(java.util.concurrent.TimeUnit.class))
        .hasMessageStartingWith("Invalid JSON in 'doc.json' at e: Value must be one of "
            + "NANOSECONDS, MICROSECONDS");
  }

  //-----------------------------------------------------------------------
  // errors
  @Test
  void fail_fromValueTypeCheck_keepsTheCause() {
    JsonCursor a = doc("{\"a\": [1, 2]}").field("a");
    IllegalArgumentException cause = new IllegalArgumentException("List must be sorted");
    InvalidJsonException e = a.fail(cause);
    assertThat(e).hasMessage("Invalid JSON in 'doc.json' at a: List must be sorted: [...]")
        .hasCause(cause);
  }

  @Test
  void fail_invalidFieldException_isReportedAtTheFieldItNames() {
    JsonCursor entry = doc("{\"entries\": [{\"source\": {\"figures\": [\"x\"]}}]}")
        .field("entries").elements().get(0);
    InvalidJsonException e = entry.fail(new InvalidFieldException("source.figures",
        "Offer source must not name figures: [x]"));
    assertThat(e.path()).isEqualTo("entries[0].source.figures");
    assertThat(e.value()).contains("[...]");
    assertThat(e.rule()).isEqualTo("Offer source must not name figures: [x]");
  }

  @Test
  void constant_missing_namesTheField() {
    assertThatThrownBy(() -> doc("{}").field("tier").constant(Thread.State.class))
        .hasMessage("Invalid JSON in 'doc.json' at tier: Missing required field 'tier'");
  }

  @Test
  void recover_collectsProblemsAndThrowsTheFirstWithTheOthers() {
    JsonCursor c = doc("{\"xs\": [\"a\", 1, 2]}");
    for (JsonCursor x : c.field("xs").elements()) {
      try {
        x.text();
      } catch (InvalidJsonException e) {
        x.recover(e);
      }
    }
    assertThatThrownBy(c::throwIfProblems)
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("xs[1]");
          assertThat(e.problemCount()).isEqualTo(2);
          assertThat(e.otherProblems().get(0).path()).isEqualTo("xs[2]");
          assertThat(e).hasMessage("Invalid JSON in 'doc.json' at xs[1]: Value must be a "
              + "string: 1 (and 1 more problem)");
        });
  }

  @Test
  void throwIfProblems_none_returns() {
    doc("{}").throwIfProblems();
  }
}
