/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The bundled hardware catalogs are read lazily (each of the three files on its first use), and
 * every answer is the one the three files read at once give, also when many threads ask at
 * once; a broken file fails on every use, naming the file and the place, and the catalogs that
 * do not depend on it still answer.
 */
final class BundledLazyLoadTest {

  private static final Clock CLOCK = Clock.systemUTC();

  /** The bundled catalogs read at once, as before they were read lazily. */
  private static HardwareCatalogs eager() throws IOException {
    try (InputStream a = CatalogReader.open("accelerators.json");
        InputStream o = CatalogReader.open("cloud-offers.json");
        InputStream e = CatalogReader.open("energy.json")) {
      AcceleratorCatalog accelerators = AcceleratorCatalog.read(a, "bundled accelerators.json");
      return HardwareCatalogs.of(accelerators,
          CloudOfferCatalog.read(o, "bundled cloud-offers.json", accelerators),
          EnergyDefaults.read(e, "bundled energy.json"));
    }
  }

  private static HardwareCatalogs lazy() {
    return HardwareCatalogs.loadBundled(CLOCK, new ArrayList<>());
  }

  @Test
  void lazy_givesTheAnswersOfTheCatalogsReadAtOnce() throws IOException {
    HardwareCatalogs eager = eager();
    HardwareCatalogs lazy = lazy();

    assertThat(lazy.accelerators().all()).isEqualTo(eager.accelerators().all());
    assertThat(lazy.accelerators().layers()).isEqualTo(eager.accelerators().layers());
    for (AcceleratorEntry entry : eager.accelerators().all()) {
      for (String name : entry.aliases()) {
        assertThat(lazy.accelerators().find(name)).as(name).contains(entry);
      }
      assertThat(lazy.accelerators().find(entry.id())).contains(entry);
    }
    assertThat(lazy.cloudOffers().all()).isEqualTo(eager.cloudOffers().all());
    assertThat(lazy.cloudOffers().accelerators()).isSameAs(lazy.accelerators());
    assertThat(lazy.energy().pue()).isEqualTo(eager.energy().pue());
    assertThat(lazy.energy().electricityPrices()).isEqualTo(eager.energy().electricityPrices());
    assertThat(lazy.energy().carbonIntensities()).isEqualTo(eager.energy().carbonIntensities());
    assertThat(lazy.energy().defaultPue()).isEqualTo(eager.energy().defaultPue());
    assertThat(lazy.currentHardwareOptions()).isEqualTo(eager.currentHardwareOptions());
    assertThat(lazy.primaryOnly().toString()).isEqualTo(eager.primaryOnly().toString());
    assertThat(lazy.toString()).isEqualTo(eager.toString());
  }

  @Test
  void lazy_catalogsReadByManyThreadsAtOnce_areReadOnce() throws Exception {
    HardwareCatalogs lazy = lazy();
    List<Callable<List<Object>>> tasks = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      // half of the threads ask for the offers first, which read the accelerators themselves
      boolean offersFirst = t % 2 == 0;
      tasks.add(() -> offersFirst
          ? List.of(lazy.cloudOffers(), lazy.accelerators(), lazy.energy())
          : List.of(lazy.accelerators(), lazy.cloudOffers(), lazy.energy()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Object>>> results = pool.invokeAll(tasks);
      for (Future<List<Object>> f : results) {
        List<Object> seen = f.get();
        int a = seen.get(0) instanceof AcceleratorCatalog ? 0 : 1;
        assertThat(seen.get(a)).isSameAs(lazy.accelerators());
        assertThat(seen.get(1 - a)).isSameAs(lazy.cloudOffers());
        assertThat(seen.get(2)).isSameAs(lazy.energy());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(lazy.cloudOffers().accelerators()).isSameAs(lazy.accelerators());
  }

  //-----------------------------------------------------------------------
  /** The bundled files, one of them changed by an edit. */
  private static HardwareCatalogs.BundledFiles with(String broken, UnaryOperator<String> edit) {
    return file -> {
      byte[] bytes = Fixtures.bundled(file);
      if (!file.equals(broken)) {
        return new ByteArrayInputStream(bytes);
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      String edited = edit.apply(text);
      assertThat(edited).as("the edit changes " + file).isNotEqualTo(text);
      return new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8));
    };
  }

  private static HardwareCatalogs broken(String file, UnaryOperator<String> edit) {
    // nothing is read yet, so nothing fails here
    return HardwareCatalogs.loadBundled(CLOCK, new ArrayList<>(), with(file, edit));
  }

  @Test
  void lazy_invalidAccelerator_failsOnEveryUseNamingFileAndPath_energyStillAnswers() {
    // the first accelerator's memory, "24 GiB", made negative
    HardwareCatalogs lazy = broken("accelerators.json",
        text -> text.replaceFirst("\"memory\": \"24 GiB\"", "\"memory\": \"-24 GiB\""));

    for (int use = 0; use < 2; use++) {
      assertThatThrownBy(lazy::accelerators)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("bundled hardware catalogs are invalid")
          .hasMessageContaining("'bundled accelerators.json' at accelerators[0].memory")
          .hasMessageContaining("-24 GiB");
    }
    // the offers are resolved against the accelerators, so they fail too; the energy answers
    assertThatThrownBy(lazy::cloudOffers)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'bundled accelerators.json' at accelerators[0].memory");
    assertThat(lazy.energy().defaultPue()).isPresent();
  }

  @Test
  void lazy_invalidOffer_failsOnEveryUseNamingFileAndPath_othersStillAnswer() {
    HardwareCatalogs lazy = broken("cloud-offers.json",
        text -> text.replaceFirst("\"amount\": \"39.33\"", "\"amount\": \"-39.33\""));

    for (int use = 0; use < 2; use++) {
      assertThatThrownBy(lazy::cloudOffers)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("bundled hardware catalogs are invalid")
          .hasMessageMatching("(?s).*'bundled cloud-offers\\.json' at offers\\[0\\]\\.price.*")
          .hasMessageContaining("-39.33");
    }
    assertThat(lazy.accelerators().get("h100").id()).isEqualTo("nvidia-h100-sxm");
    assertThat(lazy.energy().defaultPue()).isPresent();
  }

  @Test
  void lazy_invalidEnergyFigure_failsOnEveryUseNamingFileAndPath_othersStillAnswer() {
    // the default PUE, 1.58, made less than 1
    HardwareCatalogs lazy = broken("energy.json",
        text -> text.replaceFirst("\"value\": 1.58", "\"value\": 0.58"));

    for (int use = 0; use < 2; use++) {
      assertThatThrownBy(lazy::energy)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageMatching("(?s).*'bundled energy\\.json' at pue\\[\\d+\\]\\.value.*")
          .hasMessageContaining("0.58");
    }
    assertThat(lazy.cloudOffers().all()).isNotEmpty();
  }

  @Test
  void lazy_malformedFile_failsOnFirstUseNamingFileLineAndColumn() {
    // cut off in the middle of the offers
    HardwareCatalogs lazy = broken("cloud-offers.json",
        text -> text.substring(0, text.length() * 2 / 3));

    assertThatThrownBy(lazy::cloudOffers)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'bundled cloud-offers.json'")
        .hasMessageMatching("(?s).*Malformed JSON at line \\d+, column \\d+.*");
    assertThat(lazy.accelerators().all()).isNotEmpty();
  }
}
