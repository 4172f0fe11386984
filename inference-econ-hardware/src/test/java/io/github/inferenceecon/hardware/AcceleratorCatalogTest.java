/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_11_27;
import static io.github.inferenceecon.hardware.Fixtures.acceleratorFile;
import static io.github.inferenceecon.hardware.Fixtures.acceleratorJson;
import static io.github.inferenceecon.hardware.Fixtures.acmeX1;
import static io.github.inferenceecon.hardware.Fixtures.clockAt;
import static io.github.inferenceecon.hardware.Fixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AcceleratorCatalogTest {

  private static final AcceleratorCatalog BUNDLED = AcceleratorCatalog.bundled();
  private static final CatalogInfo MINE =
      CatalogInfo.of("mine", "mine-1", LocalDate.of(2026, 12, 1), List.of());

  //-----------------------------------------------------------------------
  // bundled coverage and datasheet pins
  @Test
  void bundled_coversTheIssueList() {
    assertThat(BUNDLED.ids()).containsExactly(
        "nvidia-a10g", "nvidia-l4", "nvidia-l40s",
        "nvidia-a100-40gb-sxm", "nvidia-a100-80gb-sxm", "nvidia-a100-40gb-pcie",
        "nvidia-a100-80gb-pcie", "nvidia-h100-sxm", "nvidia-h100-pcie", "nvidia-h100-nvl",
        "nvidia-h200-sxm", "nvidia-gh200", "nvidia-b200", "nvidia-gb200", "nvidia-b300",
        "amd-mi300x", "amd-mi325x", "amd-mi355x",
        "google-tpu-v5e", "google-tpu-v5p", "google-tpu-v6e",
        "aws-trainium2", "aws-inferentia2", "intel-gaudi3");
    assertThat(BUNDLED.all()).hasSize(24);
  }

  @Test
  void bundled_versionAndDate_are2026_11_27() {
    assertThat(BUNDLED.version()).isEqualTo("2026-11-27");
    assertThat(BUNDLED.publishedOn()).isEqualTo(DATE_2026_11_27);
    assertThat(BUNDLED.layers()).singleElement()
        .satisfies(l -> assertThat(l.origin()).isEqualTo("bundled accelerators.json"));
  }

  @Test
  void h100Sxm_datasheetFigures() {
    // NVIDIA H100 SXM: 80 GB HBM3 (binary, so 80 GiB), 3.35 TB/s, 989 TFLOP/s dense BF16, 700 W.
    AcceleratorSpec h100 = BUNDLED.spec("nvidia-h100-sxm");

    assertThat(h100.memory()).isEqualTo(ByteSize.ofGibibytes(80));
    assertThat(h100.memory().toBytes()).isEqualTo(85_899_345_920L);
    assertThat(h100.memoryBandwidth()).isEqualTo(ByteRate.ofTerabytesPerSecond(3.35));
    assertThat(h100.peak(ComputeFormat.BF16)).contains(FlopRate.ofTeraflops(989));
    assertThat(h100.thermalDesignPower()).contains(Power.ofWatts(700));
  }

  @Test
  void h100Sxm_everyPinnedFigureIsSourcedAndDated() {
    AcceleratorEntry h100 = BUNDLED.get("nvidia-h100-sxm");

    for (String figure : List.of("memory", "memoryBandwidth", "densePeak.BF16",
        "thermalDesignPower")) {
      assertThat(h100.sourcesOf(figure)).as(figure).isNotEmpty()
          .allSatisfy(s -> assertThat(s.read()).isEqualTo(DATE_2026_11_27));
    }
    assertThat(h100.sourcesOf("memoryBandwidth")).singleElement()
        .satisfies(s -> assertThat(s.url()).startsWith("https://github.com/NVIDIA/"));
  }

  @Test
  void h100Sxm_bandwidthConflictIsRecorded() {
    // Public tools disagree on the H100's bandwidth; the catalog keeps NVIDIA's 3.2 TB/s
    // reference-architecture figure beside the chosen datasheet figure.
    assertThat(BUNDLED.get("nvidia-h100-sxm").conflicts())
        .filteredOn(c -> c.figure().equals("memoryBandwidth")).singleElement()
        .satisfies(c -> {
          assertThat(c.values()).hasSize(2);
          assertThat(c.values().get(1)).isEqualTo("3.2 TB/s");
          assertThat(c.chosen()).isEqualTo("3.35 TB/s");
        });
  }

  @Test
  void unlabelledPeaks_areNeverDense() {
    // A100: NVIDIA's TensorRT-LLM table gives 312 TFLOP/s BF16 without saying dense or sparse.
    AcceleratorEntry a100 = BUNDLED.get("nvidia-a100-80gb-sxm");

    assertThat(a100.unlabelledPeak()).containsEntry(ComputeFormat.BF16,
        FlopRate.ofTeraflops(312));
    assertThat(a100.densePeak()).isEmpty();
    assertThat(a100.peak(ComputeFormat.BF16)).isEmpty();
    assertThat(a100.requireSpec().densePeak()).isEmpty();
  }

  @Test
  void absentFigures_areEmptyAndListedAsGaps() {
    AcceleratorEntry gh200 = BUNDLED.get("GH200");

    assertThat(gh200.memoryBandwidth()).isEmpty();
    assertThat(gh200.thermalDesignPower()).isEmpty();
    assertThat(gh200.spec()).isEmpty();
    assertThat(gh200.gaps()).extracting(Gap::figure)
        .contains("memoryBandwidth", "thermalDesignPower");
  }

  @Test
  void scaleUpWithoutStatedDirection_isNotAnInterconnect() {
    // NVIDIA states "1.8 TB/s per GPU" for NVLink 5 on B200 without saying per direction or total.
    AcceleratorEntry b200 = BUNDLED.get("b200");

    assertThat(b200.scaleUp().orElseThrow().bandwidth())
        .contains(ByteRate.ofTerabytesPerSecond(1.8));
    assertThat(b200.scaleUp().orElseThrow().basis()).isEmpty();
    assertThat(b200.gaps()).extracting(Gap::figure).contains("scaleUp.basis");
    assertThat(b200.requireSpec().scaleUp()).isEmpty();
    // Google states 800 GB/s bidirectional per chip for TPU v6e ICI: 400 GB/s each way.
    assertThat(BUNDLED.spec("v6e").scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(400));
  }

  @Test
  void h100Nvlink_isTheTotalOfBothDirections_byTheTeamsDecision() {
    // 900 GB/s per GPU (NVIDIA) and 450 GB/s per device in NVIDIA's TensorRT-LLM cost model:
    // the team reads 900 as both directions together, 450 GB/s each way (entry note says so)
    AcceleratorEntry h100 = BUNDLED.get("h100");
    assertThat(h100.requireSpec().scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(450));
    assertThat(h100.scaleUp().orElseThrow().note().orElseThrow())
        .contains("TensorRT-LLM");
  }

  @Test
  void everyGap_namesAnAbsentFigure_andEveryFigureIsSourced() {
    for (AcceleratorEntry entry : BUNDLED.all()) {
      for (String figure : entry.figures()) {
        if (!figure.equals("formFactor")) {
          assertThat(entry.sourcesOf(figure)).as(entry.id() + " " + figure).isNotEmpty();
        }
      }
      for (Gap gap : entry.gaps()) {
        assertThat(entry.figures()).as(entry.id()).doesNotContain(gap.figure());
      }
    }
  }

  //-----------------------------------------------------------------------
  // get, find, spec
  @ParameterizedTest
  @ValueSource(strings = {"nvidia-h100-sxm", "h100", "H100", "H100 SXM5 80GB", "h100-sxm5",
      "NVIDIA H100 80GB HBM3", "H100_SXM"})
  void get_idOrAliasIgnoringCaseAndPunctuation_findsH100Sxm(String name) {
    assertThat(BUNDLED.get(name).id()).isEqualTo("nvidia-h100-sxm");
  }

  @Test
  void get_otherVendors_byAlias() {
    assertThat(BUNDLED.get("mi300x").id()).isEqualTo("amd-mi300x");
    assertThat(BUNDLED.get("Trillium").id()).isEqualTo("google-tpu-v6e");
    assertThat(BUNDLED.get("trn2").id()).isEqualTo("aws-trainium2");
    assertThat(BUNDLED.get("Gaudi3").id()).isEqualTo("intel-gaudi3");
  }

  @Test
  void get_unknown_throwsWithSuggestions() {
    assertThatThrownBy(() -> BUNDLED.get("H900"))
        .isInstanceOfSatisfying(UnknownNameException.class, e -> {
          assertThat(e.kind()).isEqualTo("accelerator");
          assertThat(e.name()).isEqualTo("H900");
          assertThat(e.suggestions()).isNotEmpty().contains("nvidia-h100-sxm");
          assertThat(e).hasMessage("Unknown accelerator 'H900' (did you mean: "
              + String.join(", ", e.suggestions()) + "?)");
        });
  }

  @Test
  void find_unknown_isEmpty() {
    assertThat(BUNDLED.find("H900")).isEmpty();
    assertThat(BUNDLED.find("v5e")).map(AcceleratorEntry::id).contains("google-tpu-v5e");
  }

  @Test
  void spec_missingBandwidth_throwsMissingFigure() {
    assertThatThrownBy(() -> BUNDLED.spec("H100 NVL"))
        .isInstanceOf(MissingFigureException.class)
        .hasMessage("Accelerator 'nvidia-h100-nvl' has no sourced memoryBandwidth; a spec needs "
            + "memory and memoryBandwidth");
  }

  //-----------------------------------------------------------------------
  // filter
  @Test
  void filter_vendorIgnoringCase() {
    assertThat(BUNDLED.filter(AcceleratorQuery.builder().vendor("amd").build()))
        .extracting(AcceleratorEntry::id)
        .containsExactly("amd-mi300x", "amd-mi325x", "amd-mi355x");
  }

  @Test
  void filter_minimumMemoryAndFormat() {
    // At least 192 GiB with a dense FP4 peak: B300 (288 GiB) and MI355X (288 GiB);
    // B200 (180 GiB) and GB200 (186 GiB) are too small.
    List<String> ids = BUNDLED.filter(AcceleratorQuery.builder()
        .minimumMemory(ByteSize.ofGibibytes(192)).addFormats(ComputeFormat.FP4).build())
        .stream().map(AcceleratorEntry::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("nvidia-b300", "amd-mi355x");
  }

  @Test
  void filter_predicate() {
    assertThat(BUNDLED.filter(e -> e.thermalDesignPower().isPresent())).extracting(
        AcceleratorEntry::id).contains("nvidia-h100-sxm", "intel-gaudi3")
        .doesNotContain("google-tpu-v5e");
  }

  @Test
  void filter_emptyQuery_matchesAll() {
    assertThat(BUNDLED.filter(AcceleratorQuery.all())).isEqualTo(BUNDLED.all());
  }

  //-----------------------------------------------------------------------
  // read, of
  @Test
  void read_stream_readsEntriesAndHeader() throws IOException {
    AcceleratorCatalog mine = AcceleratorCatalog.read(
        stream(acceleratorFile(acceleratorJson("acme-x1", "96 GiB"))),
        "mine.json");

    assertThat(mine.version()).isEqualTo("user-1");
    assertThat(mine.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(mine.get("acme-x1 alias").memory()).contains(ByteSize.ofGibibytes(96));
  }

  @Test
  void read_path_namesTheFileInProblems(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, acceleratorFile(
        acceleratorJson("acme-x1", "96 GiB").replace("'2 TB/s'", "'2 TBs'")));

    assertThatThrownBy(() -> AcceleratorCatalog.read(file))
        .isInstanceOfSatisfying(InvalidCatalogException.class, e ->
            assertThat(e.problems()).singleElement().hasToString(file + ": accelerator "
                + "'acme-x1', field 'memoryBandwidth': must match "
                + "^[0-9]+(\\.[0-9]+)? [kMGTPE]?B/s$: '2 TBs'"));
  }

  @Test
  void read_missingFile_throwsIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> AcceleratorCatalog.read(dir.resolve("none.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void of_duplicateId_throws() {
    AcceleratorEntry x1 = acmeX1().build();

    assertThatThrownBy(() -> AcceleratorCatalog.of(MINE, List.of(x1, x1)))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessage("Invalid catalog: mine: accelerator 'acme-x1', field 'id': Duplicate id");
  }

  //-----------------------------------------------------------------------
  // mergedOver
  @Test
  void mergedOver_sameIdReplacesEntirely_newIdIsAdded() {
    AcceleratorEntry myH100 = AcceleratorEntry.builder().from(BUNDLED.get("h100"))
        .memoryBandwidth(ByteRate.ofTerabytesPerSecond(3.2)).conflicts(List.of())
        .build();
    AcceleratorCatalog merged = AcceleratorCatalog.of(MINE, List.of(myH100, acmeX1().build()))
        .mergedOver(BUNDLED);

    assertThat(merged.get("h100").memoryBandwidth())
        .contains(ByteRate.ofTerabytesPerSecond(3.2));
    assertThat(merged.get("h100").conflicts()).isEmpty();
    assertThat(merged.ids()).hasSize(25).endsWith("acme-x1");
    assertThat(merged.ids().indexOf("nvidia-h100-sxm"))
        .isEqualTo(BUNDLED.ids().indexOf("nvidia-h100-sxm"));
    assertThat(BUNDLED.get("h100").memoryBandwidth())
        .contains(ByteRate.ofTerabytesPerSecond(3.35));
  }

  @Test
  void mergedOver_layersTopFirst_versionTopAndDateEarliest() {
    AcceleratorCatalog merged = AcceleratorCatalog.of(MINE, List.of(acmeX1().build()))
        .mergedOver(BUNDLED);

    assertThat(merged.layers()).extracting(CatalogInfo::origin)
        .containsExactly("mine", "bundled accelerators.json");
    assertThat(merged.version()).isEqualTo("mine-1");
    assertThat(merged.publishedOn()).isEqualTo(DATE_2026_11_27);
  }

  @Test
  void mergedOver_aliasOfAnotherBundledEntry_throws() {
    AcceleratorEntry clash = acmeX1().addAliases("H100").build();

    assertThatThrownBy(() -> AcceleratorCatalog.of(MINE, List.of(clash)).mergedOver(BUNDLED))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessage("Invalid catalog: mine: accelerator 'acme-x1', field 'aliases': Name 'H100' "
            + "of accelerator 'acme-x1' already names accelerator 'nvidia-h100-sxm'");
  }

  //-----------------------------------------------------------------------
  // staleness
  @Test
  void isStale_withinThreshold_isFalse_afterIt_isTrue() {
    Duration days180 = Duration.ofDays(180);

    // 2026-11-27 + 180 days = 2027-05-26.
    assertThat(BUNDLED.isStale(days180, clockAt(LocalDate.of(2027, 5, 26)))).isFalse();
    assertThat(BUNDLED.isStale(days180, clockAt(LocalDate.of(2027, 5, 27)))).isTrue();
  }

  @Test
  void warnIfStale_stale_returnsTheWarning() {
    assertThat(BUNDLED.warnIfStale(Duration.ofDays(180), clockAt(LocalDate.of(2027, 6, 1))))
        .contains("The accelerator catalog (version 2026-11-27, published 2026-11-27) is 186 "
            + "days old, older than the staleness threshold of 180 days: prices and "
            + "specifications may have changed; update inference-econ or load a newer catalog");
    assertThat(BUNDLED.warnIfStale(Duration.ofDays(180), clockAt(DATE_2026_11_27))).isEmpty();
  }

  @Test
  void isStale_negativeThreshold_throws() {
    assertThatThrownBy(() -> BUNDLED.isStale(Duration.ofDays(-1), clockAt(DATE_2026_11_27)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Staleness threshold must not be negative: PT-24H");
  }

  @Test
  void methods_null_throw() {
    assertThatThrownBy(() -> BUNDLED.get(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> BUNDLED.find(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> BUNDLED.filter((AcceleratorQuery) null))
        .isInstanceOf(NullPointerException.class).hasMessage("query");
    assertThatThrownBy(() -> BUNDLED.mergedOver(null))
        .isInstanceOf(NullPointerException.class).hasMessage("base");
    assertThatThrownBy(() -> BUNDLED.isStale(null, clockAt(DATE_2026_11_27)))
        .isInstanceOf(NullPointerException.class).hasMessage("threshold");
    assertThatThrownBy(() -> AcceleratorCatalog.read(stream("{}"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("origin");
  }

  @Test
  void toString_isVersionAndSize() {
    assertThat(BUNDLED).hasToString("AcceleratorCatalog[2026-11-27, 24 accelerators]");
  }
}
