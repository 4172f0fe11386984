/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.B200;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.NO_LINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import org.junit.jupiter.api.Test;

final class CalibrationTest {

  private static final ModelArchitecture LLAMA_8B = KnownArchitectures.get("llama-3.1-8b");
  private static final ModelArchitecture MIXTRAL = KnownArchitectures.get("mixtral-8x7b");
  private static final Precision FP8 = Precision.uniform(NumericFormat.FP8_E4M3);
  private static final Precision FP4 = Precision.of(NumericFormat.NVFP4, NumericFormat.FP8_E4M3,
      NumericFormat.NVFP4);
  private static final PredictionInterval WIDE = interval(0.5, 2.0, "all");
  private static final PredictionInterval GEN = interval(0.8, 1.25, "gen");
  private static final PredictionInterval GEN_FP8 = interval(0.85, 1.2, "gen fp8");
  private static final PredictionInterval GEN_FP8_MOE = interval(0.9, 1.1, "gen fp8 moe");

  /** A calibration with every level of figure and interval. */
  private static final Calibration TABLE = table();

  /** Builds the calibration of {@link #TABLE}, anew each call. */
  private static Calibration table() {
    return Calibration.builder()
        .generation("Gen A", "nvidia-h100-sxm")
        .generation("Gen B", "nvidia-b200")
        .base(Efficiency.defaults().withComputeEfficiency(0.3).withMemoryEfficiency(0.7))
        .computeEfficiency(ComputeFormat.FP8, 0.33)
        .computeEfficiency("Gen A", ComputeFormat.FP8, 0.5)
        .memoryEfficiency("Gen A", 0.85)
        .expertEfficiency("Gen A", 0.6)
        .computeEfficiency("Gen B", ComputeFormat.FP4, 0.25)
        .interval(WIDE)
        .interval("Gen A", GEN)
        .interval("Gen A", ComputeFormat.FP8, GEN_FP8)
        .interval(Regime.of("Gen A", ComputeFormat.FP8, true), GEN_FP8_MOE)
        .build();
  }

  private static PredictionInterval interval(double low, double high, String basis) {
    return PredictionInterval.builder().coverage(0.8).lowRatio(low).highRatio(high).rows(10)
        .basis(basis).build();
  }

  private static Deployment on(ModelArchitecture m, io.github.inferenceecon.core.accelerator
      .AcceleratorSpec a, Precision p) {
    return Deployment.builder().model(m).accelerator(a).precision(p).build();
  }

  //-----------------------------------------------------------------------
  // regimeOf, efficiencyFor
  @Test
  void regimeOf_generationFormatAndExperts() {
    assertThat(TABLE.regimeOf(on(MIXTRAL, H100_SXM, FP8)))
        .isEqualTo(Regime.of("Gen A", ComputeFormat.FP8, true));
    assertThat(TABLE.regimeOf(on(LLAMA_8B, NO_LINK, Precision.bf16())))
        .isEqualTo(Regime.of(Regime.UNCALIBRATED, ComputeFormat.BF16, false));
    assertThat(TABLE.generationOf(B200)).isEqualTo("Gen B");
  }

  @Test
  void efficiencyFor_generationFiguresReplaceTheBase() {
    Efficiency e = TABLE.efficiencyFor(on(LLAMA_8B, H100_SXM, FP8));
    assertThat(e.computeEfficiency()).isEqualTo(0.5);
    assertThat(e.memoryEfficiency()).isEqualTo(0.85);
    assertThat(e.expertEfficiency()).isEqualTo(0.6);
    assertThat(e.stepOverhead()).isEqualTo(Efficiency.defaults().stepOverhead());
  }

  @Test
  void efficiencyFor_formatWithoutFigure_takesTheNearestTheGenerationHas() {
    // Gen A has FP8 only: BF16 is one step wider, FP4 two narrower; both take FP8's figure
    assertThat(TABLE.efficiencyFor(on(LLAMA_8B, H100_SXM, Precision.bf16()))
        .computeEfficiency()).isEqualTo(0.5);
    // Gen B has FP4 only: FP8 takes it
    assertThat(TABLE.efficiencyFor(on(LLAMA_8B, B200, FP8)).computeEfficiency())
        .isEqualTo(0.25);
    // Gen B has no memory figure: the base's
    assertThat(TABLE.efficiencyFor(on(LLAMA_8B, B200, FP4)).memoryEfficiency()).isEqualTo(0.7);
  }

  @Test
  void efficiencyFor_uncalibratedAccelerator_usesTheBaseByFormat() {
    // the base has FP8 0.33: BF16 takes the nearest, FP8
    assertThat(TABLE.efficiencyFor(on(LLAMA_8B, NO_LINK, Precision.bf16())).computeEfficiency())
        .isEqualTo(0.33);
    Calibration plain = Calibration.uniform(Efficiency.ideal());
    assertThat(plain.efficiencyFor(on(LLAMA_8B, B200, FP4))).isEqualTo(Efficiency.ideal());
  }

  //-----------------------------------------------------------------------
  // intervalFor
  @Test
  void intervalFor_mostSpecificLevelThere() {
    assertThat(TABLE.intervalFor(on(MIXTRAL, H100_SXM, FP8))).contains(GEN_FP8_MOE);
    assertThat(TABLE.intervalFor(on(LLAMA_8B, H100_SXM, FP8))).contains(GEN_FP8);
    assertThat(TABLE.intervalFor(on(LLAMA_8B, H100_SXM, Precision.bf16()))).contains(GEN);
    assertThat(TABLE.intervalFor(on(LLAMA_8B, B200, FP4))).contains(WIDE);
    assertThat(TABLE.intervalFor(on(LLAMA_8B, NO_LINK, Precision.bf16()))).contains(WIDE);
    assertThat(TABLE.intervalFor(Regime.of("Gen A", ComputeFormat.FP8, true)))
        .contains(GEN_FP8_MOE);
    assertThat(Calibration.uniform(Efficiency.ideal()).intervalFor(on(LLAMA_8B, H100_SXM, FP8)))
        .isEmpty();
  }

  //-----------------------------------------------------------------------
  // defaults
  @Test
  void defaults_placeTheCalibratedAccelerators() {
    Calibration c = Calibration.defaults();
    assertThat(c.generations()).containsOnlyKeys("NVIDIA Hopper", "NVIDIA Blackwell",
        "NVIDIA Blackwell Ultra", "AMD CDNA 3", "AMD CDNA 4");
    assertThat(c.generations().get("NVIDIA Blackwell Ultra"))
        .containsExactly("nvidia-b300", "nvidia-gb300");
    assertThat(c.base()).isEqualTo(Efficiency.defaults());
    // every calibrated regime has an interval, at least the overall one
    assertThat(c.intervalFor(Regime.of("AMD CDNA 4", ComputeFormat.FP4, false))).isPresent();
    assertThat(c.toString()).startsWith("Calibration[5 generations [NVIDIA Hopper, ");
  }

  //-----------------------------------------------------------------------
  // builder rules
  @Test
  void build_withoutBase_throwsIllegalState() {
    assertThatThrownBy(() -> Calibration.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Calibration needs a base efficiency");
  }

  @Test
  void build_figureOfUnknownGeneration_throws() {
    assertThatThrownBy(() -> Calibration.builder().base(Efficiency.ideal())
        .generation("Gen A", "x").memoryEfficiency("Gen Z", 0.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown generation 'Gen Z' (known: Gen A)");
  }

  @Test
  void build_acceleratorInTwoGenerations_throws() {
    assertThatThrownBy(() -> Calibration.builder().base(Efficiency.ideal())
        .generation("Gen A", "x").generation("Gen B", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Accelerator 'x' is in two generations: Gen A/Gen B");
  }

  @Test
  void generation_reservedOrBlankName_throws() {
    assertThatThrownBy(() -> Calibration.builder().generation(Regime.UNCALIBRATED, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Generation name is reserved: 'uncalibrated'");
    assertThatThrownBy(() -> Calibration.builder().generation(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void computeEfficiency_outOfRange_throws() {
    assertThatThrownBy(() -> Calibration.builder().computeEfficiency("Gen A",
        ComputeFormat.FP8, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Compute efficiency must be in (0, 1]: 1.5");
  }

  @Test
  void builder_nulls_throwNullPointer() {
    Calibration.Builder b = Calibration.builder();
    assertThatThrownBy(() -> b.base(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("efficiency");
    assertThatThrownBy(() -> b.interval((PredictionInterval) null))
        .isInstanceOf(NullPointerException.class).hasMessage("interval");
    assertThatThrownBy(() -> TABLE.efficiencyFor(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("deployment");
    assertThatThrownBy(() -> TABLE.intervalFor((Regime) null))
        .isInstanceOf(NullPointerException.class).hasMessage("regime");
  }

  //-----------------------------------------------------------------------
  // equals
  @Test
  void equals_sameFigures_equal() {
    Calibration same = table();
    assertEqualsContract(TABLE, same, Calibration.defaults());
  }
}
