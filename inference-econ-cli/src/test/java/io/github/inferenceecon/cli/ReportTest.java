/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.ByteSize;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three forms of a report; here the CSV rules and the side-by-side columns. */
final class ReportTest {

  private static String csv(Report r) {
    return r.toCsv().replace("\r\n", "\n");
  }

  //-----------------------------------------------------------------------
  // toCsv
  @Test
  void toCsv_flatReport_isOneRowWithUnitsInTheHeader() {
    Report r = new Report().put("model", "model", "Llama-3.1-70B")
        .put("weights", "weights", ByteSize.ofBytes(141_107_412_992L))
        .put("ttft", "time to first token", Duration.ofMillis(111).plusNanos(283_432))
        .put("perRequest", "per request", Money.of("USD", "0.0234"))
        .put("tokens", "tokens", 1_000_000L)
        .put("rate", "output tokens/s", 3720.25)
        .put("ratio", "ratio", new BigDecimal("1.35"))
        .put("fits", "fits", true)
        .note("a note is not data");
    assertThat(csv(r)).isEqualTo("model,weights (bytes),time to first token (s),"
        + "per request (USD),tokens,output tokens/s,ratio,fits\n"
        + "Llama-3.1-70B,141107412992,0.111283432,0.0234,1000000,3720.25,1.35,true\n");
  }

  @Test
  void toCsv_nestedReport_isColumnsNamedAfterTheirParent() {
    Report r = new Report().put("tier", "tier", "PRIMARY")
        .put("tiers", "figure tiers", new Report().put("memory", "memory", "PRIMARY"));
    assertThat(csv(r)).isEqualTo("tier,figure tiers / memory\nPRIMARY,PRIMARY\n");
  }

  @Test
  void toCsv_listOfReports_isOneRowPerEntryWithTheRestRepeated() {
    Report r = new Report().put("total", "total", Money.of("USD", "0.0234"))
        .put("components", "components", List.of(
            new Report().put("name", "name", "input").put("tokens", "tokens", 2000L),
            new Report().put("name", "name", "output").put("cost", "cost",
                Money.of("USD", "0.015"))));
    assertThat(csv(r)).isEqualTo("total (USD),name,tokens,cost (USD)\n"
        + "0.0234,input,2000,\n"
        + "0.0234,output,,0.015\n");
  }

  @Test
  void toCsv_severalLists_nameEachRowsList() {
    Report r = new Report()
        .put("choices", "cheapest", List.of(new Report().put("c", "candidate", "a")))
        .put("rejected", "rejected", List.of(new Report().put("c", "candidate", "b")));
    assertThat(csv(r)).isEqualTo("list,candidate\ncheapest,a\nrejected,b\n");
  }

  @Test
  void toCsv_rowKeyTakenByTheContext_isPrefixed() {
    Report r = new Report().put("name", "name", "catalog")
        .put("entries", "entries", List.of(new Report().put("name", "name", "x")));
    assertThat(csv(r)).isEqualTo("name,entries / name\ncatalog,x\n");
  }

  @Test
  void toCsv_listOfScalars_isOneFieldJoined() {
    Report r = new Report().put("reasons", "reasons", List.of("DOES_NOT_FIT", "a, b"));
    assertThat(csv(r)).isEqualTo("reasons\n\"DOES_NOT_FIT; a, b\"\n");
  }

  @Test
  void toCsv_emptyList_isTheHeaderAlone() {
    Report r = new Report().put("count", "entries", 0).put("entries", "entries", List.of());
    assertThat(csv(r)).isEqualTo("entries\n");
  }

  @Test
  void toCsv_negativeDurationAndBytes_areExact() {
    Report r = new Report().put("d", "change", Duration.ofNanos(-33_941_964))
        .put("b", "memory", Report.Bytes.of(-3_928_064));
    assertThat(csv(r)).isEqualTo("change (s),memory (bytes)\n-0.033941964,-3928064\n");
  }

  //-----------------------------------------------------------------------
  // Columns
  @Test
  void columns_areSideBySideInTablesAnObjectInJsonAndRowsInCsv() {
    Report before = new Report().put("m", "memory", Report.Bytes.of(ByteSize.ofGibibytes(2)))
        .put("t", "tokens/s", 10.0);
    Report after = new Report().put("m", "memory", Report.Bytes.of(ByteSize.ofGibibytes(1)))
        .put("t", "tokens/s", 20.0);
    Report change = new Report().put("m", "memory", Report.Bytes.of(-(1L << 30)));
    Report r = new Report().put("sides", "side", new Report.Columns().put("before", before)
        .put("after", after).put("change", change));

    assertThat(r.toTable("")).isEqualTo("side:\n"
        + "              before     after     change\n"
        + "  memory    2.00 GiB  1.00 GiB  -1.00 GiB\n"
        + "  tokens/s     10.00     20.00          -\n");
    assertThat(r.toJson()).contains("\"sides\" : {", "\"before\" : {", "\"m\" : 2147483648",
        "\"change\" : {", "\"m\" : -1073741824");
    assertThat(csv(r)).isEqualTo("side,memory (bytes),tokens/s\n"
        + "before,2147483648,10.0\n"
        + "after,1073741824,20.0\n"
        + "change,-1073741824,\n");
  }
}
