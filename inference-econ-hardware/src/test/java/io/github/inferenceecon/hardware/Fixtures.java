/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Shared fixtures: valid values, user catalog texts and clocks. Named after their values. */
final class Fixtures {

  /** The mapper the value types' JSON round trips are checked with. */
  static final ObjectMapper MAPPER = InferenceEconJson.newMapper();

  static final LocalDate DATE_2026_11_27 = LocalDate.of(2026, 11, 27);
  /** The version and publication date of the bundled catalogs, and the third pass's read date. */
  static final LocalDate DATE_2026_12_06 = LocalDate.of(2026, 12, 6);
  static final String URL_EXAMPLE = "https://example.com/datasheet";
  static final ByteSize GIB_80 = ByteSize.ofGibibytes(80);
  static final ByteRate TB_S_3_35 = ByteRate.ofTerabytesPerSecond(3.35);
  static final FlopRate TFLOPS_989 = FlopRate.ofTeraflops(989);
  static final Power WATTS_700 = Power.ofWatts(700);
  static final HourlyPrice USD_23_92_PER_INSTANCE =
      HourlyPrice.perInstanceHour(Money.of("USD", "23.92"));

  private Fixtures() {}

  /** A primary source read on 2026-11-27 that supports the given figures. */
  static Source source(String... figures) {
    return Source.builder().url(URL_EXAMPLE).tier(SourceTier.PRIMARY).read(DATE_2026_11_27)
        .addFigures(figures).build();
  }

  /** A primary source read on 2026-11-27 for a cloud offer or an energy figure. */
  static Source entrySource() {
    return Source.builder().url(URL_EXAMPLE).tier(SourceTier.PRIMARY).read(DATE_2026_11_27)
        .build();
  }

  /** A valid entry 'acme-x1' with memory, bandwidth, dense BF16 and power, all sourced. */
  static AcceleratorEntry.Builder acmeX1() {
    AcceleratorEntry.Builder b = AcceleratorEntry.builder();
    b.id("acme-x1").vendor("Acme").name("X1").addAliases("X1", "Acme X1")
        .memory(GIB_80).memoryBandwidth(TB_S_3_35)
        .putDensePeak(ComputeFormat.BF16, TFLOPS_989)
        .thermalDesignPower(WATTS_700)
        .addSources(source("memory", "memoryBandwidth", "densePeak.BF16",
            "thermalDesignPower"));
    return b;
  }

  /** A valid 8-device on-demand offer of 'acme-x1' at USD 23.92 per instance-hour. */
  static CloudOffer.Builder acmeOffer() {
    CloudOffer.Builder b = CloudOffer.builder();
    b.id("acme-cloud-x1x8").provider("Acme Cloud").instanceType("x1.8")
        .accelerator("acme-x1").acceleratorCount(8).pricingModel(PricingModel.ON_DEMAND)
        .price(USD_23_92_PER_INSTANCE).source(entrySource());
    return b;
  }

  /** A clock fixed at the start of a day, UTC. */
  static Clock clockAt(LocalDate day) {
    Instant instant = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Single quotes become double quotes, so JSON fixtures stay readable in Java strings. */
  static String json(String text) {
    return text.replace('\'', '"');
  }

  /** An accelerator file with the given entries (JSON objects, single-quoted). */
  static String acceleratorFile(String... entries) {
    return json("{'schemaVersion': 1, 'version': 'user-1', 'publishedOn': '2026-11-20',"
        + " 'accelerators': [" + String.join(",", entries) + "]}");
  }

  /** An offer file with the given entries (JSON objects, single-quoted). */
  static String offerFile(String... entries) {
    return json("{'schemaVersion': 1, 'version': 'user-1', 'publishedOn': '2026-11-20',"
        + " 'offers': [" + String.join(",", entries) + "]}");
  }

  /** A complete, valid accelerator entry as JSON (single-quoted) with the given id. */
  static String acceleratorJson(String id, String memory) {
    return "{'id': '" + id + "', 'vendor': 'Acme', 'name': 'X1', 'aliases': ['" + id
        + " alias'], 'memory': '" + memory + "', 'memoryBandwidth': '2 TB/s',"
        + " 'densePeak': {'BF16': '500 TFLOP/s'},"
        + " 'sources': [{'figures': ['memory', 'memoryBandwidth', 'densePeak.BF16'],"
        + " 'url': 'https://acme.example/x1', 'tier': 'PRIMARY', 'read': '2026-11-20'}]}";
  }

  /** A complete, valid offer as JSON (single-quoted). */
  static String offerJson(String id, String accelerator, String amount) {
    return "{'id': '" + id + "', 'provider': 'Acme Cloud', 'instanceType': 'x1.8',"
        + " 'accelerator': '" + accelerator + "', 'acceleratorCount': 8,"
        + " 'pricingModel': 'ON_DEMAND',"
        + " 'price': {'amount': '" + amount + "', 'currency': 'USD', 'per': 'instance-hour'},"
        + " 'source': {'url': 'https://acme.example/prices', 'tier': 'PRIMARY',"
        + " 'read': '2026-11-20'}}";
  }

  static byte[] bundled(String resource) {
    try (InputStream in = CatalogReader.open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every problem of a load, the first and the others. */
  static List<InvalidJsonException> problems(InvalidJsonException e) {
    List<InvalidJsonException> all = new ArrayList<>();
    all.add(e);
    all.addAll(e.otherProblems());
    return all;
  }

  /** Every problem of a load as "source path: rule: value". */
  static List<String> messages(InvalidJsonException e) {
    return problems(e).stream().map(p -> p.source() + " " + p.path() + ": " + p.rule()
        + p.value().map(v -> ": " + v).orElse("")).collect(Collectors.toList());
  }
}
