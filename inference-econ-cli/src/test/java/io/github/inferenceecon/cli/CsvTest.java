/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 4180 writer: quoting rules, record ends, and a reader's round trip. */
final class CsvTest {

  //-----------------------------------------------------------------------
  // field
  @Test
  void field_plain_isUnquoted() {
    assertThat(Csv.field("Llama-3.1-8B")).isEqualTo("Llama-3.1-8B");
    assertThat(Csv.field("")).isEmpty();
    assertThat(Csv.field("0.0234")).isEqualTo("0.0234");
  }

  @Test
  void field_commaQuoteOrLineBreak_isQuotedWithQuotesDoubled() {
    // RFC 4180 section 2, rules 6 and 7
    assertThat(Csv.field("tp=1, pp=1")).isEqualTo("\"tp=1, pp=1\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(Csv.field("a\rb")).isEqualTo("\"a\rb\"");
  }

  @Test
  void field_edgeSpaces_areQuoted() {
    assertThat(Csv.field(" x")).isEqualTo("\" x\"");
    assertThat(Csv.field("x ")).isEqualTo("\"x \"");
    assertThat(Csv.field("a b")).isEqualTo("a b");
  }

  //-----------------------------------------------------------------------
  // write
  @Test
  void write_headerAndRecords_endInCrlf() {
    assertThat(Csv.write(List.of("name", "cost (USD)"), List.of(List.of("a, b", "0.5"),
        List.of("c", "")))).isEqualTo("name,cost (USD)\r\n\"a, b\",0.5\r\nc,\r\n");
  }

  @Test
  void write_recordOfOtherLength_throws() {
    assertThatThrownBy(() -> Csv.write(List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("inference-econ bug: CSV record of 1 fields under a header of 2");
  }

  @Test
  void write_anyFields_readBackEqual() {
    qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 12))
        .ofSizeBetween(1, 6)).checkAssert(fields -> {
          String text = Csv.write(fields, List.of(fields));
          List<List<String>> read = read(text);
          assertThat(read).containsExactly(fields, fields);
        });
  }

  /** A strict RFC 4180 reader, for the round trip. */
  private static List<List<String>> read(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = text.charAt(i++);
          if (q == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && text.startsWith("\r\n", i)) {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else {
        field.append(c);
        i++;
      }
    }
    assertThat(record).isEmpty();
    return records;
  }
}
