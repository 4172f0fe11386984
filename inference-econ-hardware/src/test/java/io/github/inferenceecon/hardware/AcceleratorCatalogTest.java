/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.json.InvalidJsonException;
import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_11_27;
import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_12_06;
import static io.github.inferenceecon.hardware.Fixtures.acceleratorFile;
import static io.github.inferenceecon.hardware.Fixtures.acceleratorJson;
import static io.github.inferenceecon.hardware.Fixtures.acmeX1;
import static io.github.inferenceecon.hardware.Fixtures.clockAt;
import static io.github.inferenceecon.hardware.Fixtures.stream;
import static io.github.inferenceecon.hardware.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import io.github.inferenceecon.core.workload.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        "aws-trainium2", "aws-inferentia2", "intel-gaudi3", "nvidia-gb300", "amd-mi350x");
    assertThat(BUNDLED.all()).hasSize(26);
  }

  @Test
  void bundled_versionAndDate_are2026_12_06() {
    assertThat(BUNDLED.version()).isEqualTo("2026-12-06");
    assertThat(BUNDLED.publishedOn()).isEqualTo(DATE_2026_12_06);
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
    // A10G: NVIDIA's TensorRT-LLM table gives 70 TFLOP/s BF16 without saying dense or sparse,
    // and no other source gives a figure.
    AcceleratorEntry a10g = BUNDLED.get("nvidia-a10g");

    assertThat(a10g.unlabelledPeak()).containsEntry(ComputeFormat.BF16,
        FlopRate.ofTeraflops(70));
    assertThat(a10g.densePeak()).isEmpty();
    assertThat(a10g.peak(ComputeFormat.BF16)).isEmpty();
    assertThat(a10g.requireSpec().densePeak()).isEmpty();
  }

  @Test
  void absentFigures_areEmptyAndListedAsGaps() {
    AcceleratorEntry a10g = BUNDLED.get("A10G");

    assertThat(a10g.densePeak()).isEmpty();
    assertThat(a10g.thermalDesignPower()).isEmpty();
    assertThat(a10g.gaps()).extracting(Gap::figure)
        .contains("densePeak.BF16", "thermalDesignPower");
  }

  @Test
  void scaleUpDirectionFromASecondarySource_isSecondaryAndLeftOutOfPrimaryOnly() {
    // NVIDIA states "1.8 TB/s per GPU" for NVLink 5 on B300 without saying per direction or
    // total; a reseller's copy of NVIDIA's NVLink page says "1.8TB/s bidirectional".
    AcceleratorEntry b300 = BUNDLED.get("b300");

    assertThat(b300.scaleUp().orElseThrow().bandwidth())
        .contains(ByteRate.ofTerabytesPerSecond(1.8));
    assertThat(b300.scaleUp().orElseThrow().basis()).contains(BandwidthBasis.BIDIRECTIONAL);
    assertThat(b300.scaleUp().orElseThrow().domainSize()).contains(8);
    assertThat(b300.tierOf("scaleUp")).contains(SourceTier.SECONDARY);
    assertThat(b300.requireSpec().scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(900));
    AcceleratorEntry primary = b300.primaryOnly().orElseThrow();
    assertThat(primary.scaleUp().orElseThrow().basis()).isEmpty();
    assertThat(primary.gaps()).extracting(Gap::figure).contains("scaleUp.basis");
    assertThat(primary.requireSpec().scaleUp()).isEmpty();
  }

  @Test
  void scaleUpDomain_nvl72AndEightGpuBoards() {
    // NVIDIA's GB200/GB300 NVL72 racks join 72 GPUs over NVLink; HGX/DGX boards and AMD's
    // 8-GPU platforms join 8
    assertThat(BUNDLED.spec("gb200").scaleUp().orElseThrow().domainSize()).contains(72);
    assertThat(BUNDLED.spec("gb300").scaleUp().orElseThrow().domainSize()).contains(72);
    assertThat(BUNDLED.spec("h100").scaleUp().orElseThrow().domainSize()).contains(8);
    assertThat(BUNDLED.spec("mi350x").scaleUp().orElseThrow().domainSize()).contains(8);
    // no source read states the H200's or the PCIe cards' domain
    assertThat(BUNDLED.spec("h200").scaleUp().orElseThrow().domainSize()).isEmpty();
  }

  @Test
  void scaleUpWithoutStatedDirection_isNotAnInterconnect() {
    // AWS gives the Trainium2's NeuronLink bandwidth without saying per direction or total
    AcceleratorEntry trn2 = BUNDLED.get("trn2");
    assertThat(trn2.scaleUp().orElseThrow().basis()).isEmpty();
    assertThat(trn2.gaps()).extracting(Gap::figure).contains("scaleUp.basis");
    assertThat(trn2.requireSpec().scaleUp()).isEmpty();
    // Google states 800 GB/s bidirectional per chip for TPU v6e ICI: 400 GB/s each way.
    assertThat(BUNDLED.spec("v6e").scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(400));
  }

  @Test
  void h100Nvlink_isTheTotalOfBothDirections_asNvidiasAiconfiguratorStates() {
    // 900 GB/s per GPU (NVIDIA) and 450 GB/s 'Byte/s per gpu, single direction' in NVIDIA's
    // aiconfigurator h100_sxm.yaml: 900 is both directions together, 450 GB/s each way.
    AcceleratorEntry h100 = BUNDLED.get("h100");
    assertThat(h100.requireSpec().scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(450));
    assertThat(h100.scaleUp().orElseThrow().note().orElseThrow())
        .contains("aiconfigurator");
    assertThat(h100.tierOf("scaleUp")).contains(SourceTier.PRIMARY);
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
  // third pass: vendor figures (research/vendor-figures) and a few secondary ones
  @Test
  void h200_nvidiaFigures() {
    // NVIDIA aiconfigurator h200_sxm.yaml (commit 095f58a): BF16 989, FP8 1978, INT8 1978
    // TFLOP/s (the repository's dense tensor-core field), 700 W, 450 GB/s NVLink per GPU 'single
    // direction'; NVIDIA's MLPerf v4.1 H200 system: 'H200 TGP 700W'.
    AcceleratorEntry h200 = BUNDLED.get("h200");
    AcceleratorSpec spec = h200.requireSpec();

    assertThat(spec.peak(ComputeFormat.BF16)).contains(FlopRate.ofTeraflops(989));
    assertThat(spec.peak(ComputeFormat.FP8)).contains(FlopRate.ofTeraflops(1978));
    assertThat(spec.peak(ComputeFormat.INT8)).contains(FlopRate.ofTeraflops(1978));
    assertThat(spec.thermalDesignPower()).contains(Power.ofWatts(700));
    assertThat(spec.scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(450));
    assertThat(h200.tierOf(List.of("densePeak.BF16", "densePeak.FP8", "thermalDesignPower",
        "scaleUp"))).contains(SourceTier.PRIMARY);
    assertThat(h200.sourcesOf("thermalDesignPower")).hasSize(2)
        .allSatisfy(s -> assertThat(s.read()).isEqualTo(DATE_2026_12_06));
    // a third-party table gives 1979 (half of 3,958 with sparsity): recorded, not used
    assertThat(h200.conflicts()).filteredOn(c -> c.figure().equals("densePeak.FP8"))
        .singleElement().satisfies(c -> {
          assertThat(c.chosen()).isEqualTo("1978 TFLOP/s");
          assertThat(c.values()).anySatisfy(v -> assertThat(v).startsWith("1979 TFLOP/s"));
        });
  }

  @Test
  void blackwellNvlink_isTheTotalOfBothDirections() {
    // NVIDIA: 1.8 TB/s NVLink 5 per GPU; aiconfigurator b200_sxm.yaml and gb200.yaml: 900 GB/s
    // per GPU, single direction. So 1.8 TB/s is bidirectional, 1.8 / 2 = 0.9 TB/s each way.
    for (String gpu : List.of("b200", "gb200")) {
      AcceleratorEntry entry = BUNDLED.get(gpu);
      assertThat(entry.scaleUp().orElseThrow().basis()).as(gpu)
          .contains(BandwidthBasis.BIDIRECTIONAL);
      assertThat(entry.requireSpec().scaleUp().orElseThrow().perDirection()).as(gpu)
          .isEqualTo(ByteRate.ofGigabytesPerSecond(900));
      assertThat(entry.gaps()).extracting(Gap::figure).doesNotContain("scaleUp.basis");
    }
    // GB200 per GPU power from aiconfigurator gb200.yaml: 1,200 W.
    assertThat(BUNDLED.spec("gb200").thermalDesignPower()).contains(Power.ofWatts(1200));
  }

  @Test
  void gb200_peakConflictIsRecorded() {
    // exemplar-performance (dense): 2450 / 4900 / 9800; aiconfigurator: 2500 / 5000 / 10000.
    AcceleratorEntry gb200 = BUNDLED.get("gb200");

    assertThat(gb200.peak(ComputeFormat.BF16)).contains(FlopRate.ofTeraflops(2450));
    assertThat(gb200.conflicts()).extracting(Conflict::figure)
        .contains("densePeak.BF16", "densePeak.FP8", "densePeak.FP4");
    assertThat(gb200.conflicts()).filteredOn(c -> c.figure().equals("densePeak.FP4"))
        .singleElement().satisfies(c -> assertThat(c.values())
            .containsExactly("9800 TFLOP/s (NVIDIA exemplar-performance)",
                "10000 TFLOP/s (NVIDIA aiconfigurator)"));
  }

  @Test
  void a100_defaultIsSxm80gb_withNvidiaFigures() {
    // aiconfigurator a100_sxm.yaml: BF16 312, INT8 624 TFLOP/s, 400 W, 300 GB/s per GPU 'single
    // direction'.
    AcceleratorEntry a100 = BUNDLED.get("a100");

    assertThat(a100.id()).isEqualTo("nvidia-a100-80gb-sxm");
    assertThat(BUNDLED.get("A100 40GB").id()).isEqualTo("nvidia-a100-40gb-sxm");
    assertThat(a100.peak(ComputeFormat.BF16)).contains(FlopRate.ofTeraflops(312));
    assertThat(a100.peak(ComputeFormat.INT8)).contains(FlopRate.ofTeraflops(624));
    assertThat(a100.peak(ComputeFormat.FP8)).isEmpty();
    assertThat(a100.thermalDesignPower()).contains(Power.ofWatts(400));
    assertThat(a100.requireSpec().scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(300));
    assertThat(a100.tierOf("densePeak.BF16")).contains(SourceTier.PRIMARY);
  }

  @Test
  void pcieCards_linkIsPcie() {
    // aiconfigurator: A100 PCIe 32 GB/s and H100 PCIe 64 GB/s per GPU, one direction (PCIe
    // Gen4 / Gen5 x16); L40S: 'PCIe Gen4 x16: 64GB/s bidirectional' (reseller, secondary).
    assertThat(BUNDLED.spec("nvidia-a100-80gb-pcie").scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(32));
    assertThat(BUNDLED.spec("h100 pcie").scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(64));
    assertThat(BUNDLED.spec("l4").scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(32));
    // 64 / 2 = 32 GB/s each way
    assertThat(BUNDLED.spec("l40s").scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(32));
    assertThat(BUNDLED.get("l40s").tierOf("scaleUp")).contains(SourceTier.SECONDARY);
  }

  @Test
  void h100PcieAndL4_denseFiguresLabelledDenseByNvidia() {
    // aiconfigurator h100_pcie.yaml: BF16 756.5 'dense (NVIDIA specs list 1513 with sparsity)',
    // FP8 1513; l4.yaml: BF16 121 (242 with sparsity), FP8 242, 72 W.
    assertThat(BUNDLED.spec("h100 pcie").peak(ComputeFormat.BF16))
        .contains(FlopRate.ofTeraflops(756.5));
    assertThat(BUNDLED.spec("h100 pcie").peak(ComputeFormat.FP8))
        .contains(FlopRate.ofTeraflops(1513));
    assertThat(BUNDLED.spec("l4").peak(ComputeFormat.BF16)).contains(FlopRate.ofTeraflops(121));
    assertThat(BUNDLED.spec("l4").thermalDesignPower()).contains(Power.ofWatts(72));
  }

  @Test
  void secondaryOnlyFigures_areMarkedSecondary() {
    // L40S FP16 362.05 and TF32 183 TFLOP/s dense: a reseller's copy of NVIDIA's table only.
    // BF16 362.05 is also in NVIDIA's aiconfigurator l40s.yaml, so it is primary.
    AcceleratorEntry l40s = BUNDLED.get("l40s");
    assertThat(l40s.peak(ComputeFormat.FP16)).contains(FlopRate.ofTeraflops(362.05));
    assertThat(l40s.tierOf("densePeak.FP16")).contains(SourceTier.SECONDARY);
    assertThat(l40s.tierOf("densePeak.BF16")).contains(SourceTier.PRIMARY);
    // A100 40GB SXM: a university wiki reproducing NVIDIA's datasheet, 312 BF16 and 400 W.
    AcceleratorEntry a100 = BUNDLED.get("A100 40GB");
    assertThat(a100.peak(ComputeFormat.BF16)).contains(FlopRate.ofTeraflops(312));
    assertThat(a100.tierOf(List.of("densePeak.BF16", "thermalDesignPower")))
        .contains(SourceTier.SECONDARY);
    // GH200 96GB: 4.00 TB/s and 989 TFLOP/s dense BF16 in a third-party table.
    assertThat(BUNDLED.spec("gh200").memoryBandwidth())
        .isEqualTo(ByteRate.ofTerabytesPerSecond(4));
    assertThat(BUNDLED.spec("gh200").peak(ComputeFormat.BF16))
        .contains(FlopRate.ofTeraflops(989));
    assertThat(BUNDLED.get("gh200").tierOf(List.of("memoryBandwidth", "densePeak.BF16")))
        .contains(SourceTier.SECONDARY);
    // H100 NVL: 400 W (configurable 350-400 W) in the same table.
    assertThat(BUNDLED.spec("h100 nvl").thermalDesignPower()).contains(Power.ofWatts(400));
  }

  @Test
  void instinctInfinityFabric_isTheTotalOfBothDirections() {
    // AMD CDNA 4 white paper: a 16-bit link at 38.4 Gbps carries 76.8 GB/s each way, so at the
    // CDNA 3 rate of 32 Gbps it carries 64 GB/s; 7 peer links: 448 GB/s each way, half of the
    // 896 GB/s aggregate. MI355X: 7 x 76.8 = 537.6 GB/s each way, half of 1075.2.
    assertThat(BUNDLED.spec("mi300x").scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(448));
    assertThat(BUNDLED.spec("mi325x").scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(448));
    assertThat(BUNDLED.spec("mi355x").scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(537.6));
    assertThat(BUNDLED.get("mi300x").tierOf("scaleUp")).contains(SourceTier.PRIMARY);
  }

  //-----------------------------------------------------------------------
  // every data-centre accelerator runs a tensor-parallel estimate, or says what it lacks
  /** The figures still absent for a BF16 estimate over two devices, by accelerator. */
  private static final Map<String, List<String>> ABSENT_FOR_TP2 = Map.of(
      "nvidia-a10g", List.of("densePeak.BF16", "scaleUp"),
      "nvidia-a100-40gb-pcie", List.of("densePeak.BF16", "scaleUp"),
      "nvidia-h100-nvl", List.of("densePeak.BF16", "scaleUp"),
      "nvidia-gh200", List.of("scaleUp"),
      "aws-trainium2", List.of("scaleUp.basis"),
      "aws-inferentia2", List.of("scaleUp.bandwidth"));

  @Test
  void everyAccelerator_runsATensorParallelEstimate_orNamesWhatItLacks() {
    // Llama 3.1 8B in BF16 (about 16 GB of weights) over 2 devices fits every accelerator.
    ModelArchitecture llama8b = KnownArchitectures.get("llama-3.1-8b");
    PerformanceModel model = PerformanceModel.defaults();
    List<String> estimated = new ArrayList<>();
    for (AcceleratorEntry entry : BUNDLED.all()) {
      Deployment tp2 = Deployment.of(llama8b, entry.requireSpec(), 2);
      List<String> missing = entry.missingFor(tp2);
      assertThat(missing).as(entry.id())
          .isEqualTo(ABSENT_FOR_TP2.getOrDefault(entry.id(), List.of()));
      if (missing.isEmpty()) {
        ServingEstimate e = model.offline(tp2, Request.of(1000, 1000));
        assertThat(e.outputThroughput().tokensPerSecond()).as(entry.id()).isPositive();
        estimated.add(entry.id());
      }
    }
    assertThat(estimated).hasSize(20)
        .contains("nvidia-h200-sxm", "nvidia-b200", "nvidia-gb200", "nvidia-a100-80gb-sxm",
            "amd-mi300x", "amd-mi325x", "amd-mi355x", "nvidia-l4", "nvidia-l40s",
            "nvidia-b300", "nvidia-gb300", "amd-mi350x");
  }

  @Test
  void doneWhen_llama70bFp8OnEightDevices_runsOnH200B200A100AndMi300x() {
    // Issue 15: perf --model llama-3.1-70b --gpu <g> --gpus 8 --tp 8 --weights fp8. The A100
    // has no FP8 tensor cores, so its FP8 weights compute in BF16 (W8A16).
    ModelArchitecture llama70b = KnownArchitectures.get("llama-3.1-70b");
    for (String gpu : List.of("h200", "b200", "a100", "mi300x")) {
      AcceleratorEntry entry = BUNDLED.get(gpu);
      NumericFormat activations = entry.supports(ComputeFormat.FP8) ? NumericFormat.FP8_E4M3
          : NumericFormat.BF16;
      Deployment tp8 = Deployment.builder().model(llama70b).accelerator(entry.requireSpec())
          .tensorParallel(8).precision(Precision.builder().weights(NumericFormat.FP8_E4M3)
              .kvCache(NumericFormat.BF16).activations(activations).build())
          .build();

      assertThat(entry.missingFor(tp8)).as(gpu).isEmpty();
      assertThat(PerformanceModel.defaults().offline(tp8, Request.of(1000, 1000))
          .outputThroughput().tokensPerSecond()).as(gpu).isPositive();
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
    // Only a secondary source gives the H100 NVL's bandwidth: none is left among primary figures.
    assertThatThrownBy(() -> BUNDLED.primaryOnly().spec("H100 NVL"))
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
        .containsExactly("amd-mi300x", "amd-mi325x", "amd-mi355x", "amd-mi350x");
  }

  @Test
  void filter_minimumMemoryAndFormat() {
    // At least 192 GiB with a dense FP4 peak: B300 (288 GiB), MI355X (288 GiB), GB300
    // (279 GiB) and MI350X (288 GiB); B200 (180 GiB) and GB200 (186 GiB) are too small.
    List<String> ids = BUNDLED.filter(AcceleratorQuery.builder()
        .minimumMemory(ByteSize.ofGibibytes(192)).addFormats(ComputeFormat.FP4).build())
        .stream().map(AcceleratorEntry::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("nvidia-b300", "amd-mi355x", "nvidia-gb300", "amd-mi350x");
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
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage("Invalid JSON in '" + file + "' at accelerators[0].memoryBandwidth: Text "
            + "cannot be parsed to a ByteRate: '2 TBs': \"2 TBs\"");
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
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate accelerator id: 'acme-x1'");
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
    assertThat(merged.ids()).hasSize(27).endsWith("acme-x1");
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
    // the earliest layer: MINE, published 2026-12-01, before the bundled 2026-12-06
    assertThat(merged.publishedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void mergedOver_aliasOfAnotherBundledEntry_throws() {
    AcceleratorEntry clash = acmeX1().addAliases("H100").build();

    assertThatThrownBy(() -> AcceleratorCatalog.of(MINE, List.of(clash)).mergedOver(BUNDLED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Name 'H100' of accelerator 'acme-x1' already names accelerator "
            + "'nvidia-h100-sxm'");
  }

  //-----------------------------------------------------------------------
  // staleness
  @Test
  void isStale_withinThreshold_isFalse_afterIt_isTrue() {
    Duration days180 = Duration.ofDays(180);

    // 2026-12-06 + 180 days = 2027-06-04.
    assertThat(BUNDLED.isStale(days180, clockAt(LocalDate.of(2027, 6, 4)))).isFalse();
    assertThat(BUNDLED.isStale(days180, clockAt(LocalDate.of(2027, 6, 5)))).isTrue();
  }

  @Test
  void warnIfStale_stale_returnsTheWarning() {
    assertThat(BUNDLED.warnIfStale(Duration.ofDays(180), clockAt(LocalDate.of(2027, 6, 10))))
        .contains("The accelerator catalog (version 2026-12-06, published 2026-12-06) is 186 "
            + "days old, older than the staleness threshold of 180 days: prices and "
            + "specifications may have changed; update inference-econ or load a newer catalog");
    assertThat(BUNDLED.warnIfStale(Duration.ofDays(180), clockAt(DATE_2026_12_06))).isEmpty();
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
    assertThat(BUNDLED).hasToString("AcceleratorCatalog[2026-12-06, 26 accelerators]");
  }
}
