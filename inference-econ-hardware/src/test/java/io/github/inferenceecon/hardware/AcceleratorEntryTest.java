/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static io.github.inferenceecon.hardware.Fixtures.GIB_80;
import static io.github.inferenceecon.hardware.Fixtures.TB_S_3_35;
import static io.github.inferenceecon.hardware.Fixtures.TFLOPS_989;
import static io.github.inferenceecon.hardware.Fixtures.WATTS_700;
import static io.github.inferenceecon.hardware.Fixtures.acmeX1;
import static io.github.inferenceecon.hardware.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class AcceleratorEntryTest {

  private static final AcceleratorEntry ACME_X1 = acmeX1().build();

  //-----------------------------------------------------------------------
  // peak, supports
  @Test
  void peak_publishedFormat_isDensePeak() {
    assertThat(ACME_X1.peak(ComputeFormat.BF16)).contains(TFLOPS_989);
    assertThat(ACME_X1.supports(ComputeFormat.BF16)).isTrue();
  }

  @Test
  void peak_unlabelledOnly_isAbsent() {
    AcceleratorEntry entry = acmeX1().putUnlabelledPeak(ComputeFormat.FP8, TFLOPS_989)
        .sources(List.of(source("memory", "memoryBandwidth", "densePeak.BF16",
            "thermalDesignPower", "unlabelledPeak.FP8")))
        .build();

    assertThat(entry.peak(ComputeFormat.FP8)).isEmpty();
    assertThat(entry.supports(ComputeFormat.FP8)).isFalse();
    assertThat(entry.spec().orElseThrow().densePeak()).doesNotContainKey(ComputeFormat.FP8);
  }

  @Test
  void peak_null_throws() {
    assertThatThrownBy(() -> ACME_X1.peak(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("format");
    assertThatThrownBy(() -> ACME_X1.supports(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("format");
  }

  //-----------------------------------------------------------------------
  // figures, sourcesOf
  @Test
  void figures_inFixedOrder() {
    assertThat(ACME_X1.figures()).containsExactly("memory", "memoryBandwidth",
        "densePeak.BF16", "thermalDesignPower");
  }

  @Test
  void sourcesOf_figure_namesTheSource() {
    assertThat(ACME_X1.sourcesOf("memoryBandwidth")).containsExactly(ACME_X1.sources().get(0));
    assertThat(ACME_X1.sourcesOf("densePeak.FP8")).isEmpty();
    assertThatThrownBy(() -> ACME_X1.sourcesOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("figure");
  }

  //-----------------------------------------------------------------------
  // spec, requireSpec
  @Test
  void spec_memoryAndBandwidth_isCoreSpecWithSameFigures() {
    AcceleratorSpec spec = ACME_X1.spec().orElseThrow();

    assertThat(spec.id()).isEqualTo("acme-x1");
    assertThat(spec.memory()).isEqualTo(GIB_80);
    assertThat(spec.memoryBandwidth()).isEqualTo(TB_S_3_35);
    assertThat(spec.peak(ComputeFormat.BF16)).contains(TFLOPS_989);
    assertThat(spec.thermalDesignPower()).contains(WATTS_700);
    assertThat(spec.scaleUp()).isEmpty();
    assertThat(ACME_X1.requireSpec()).isEqualTo(spec);
  }

  @Test
  void spec_scaleUpWithBasis_hasInterconnect() {
    AcceleratorEntry entry = acmeX1().scaleUp(ScaleUpLink.builder().name("ICI")
        .bandwidth(ByteRate.ofGigabytesPerSecond(800)).basis(BandwidthBasis.BIDIRECTIONAL)
        .build())
        .sources(List.of(source("memory", "memoryBandwidth", "densePeak.BF16",
            "thermalDesignPower", "scaleUp")))
        .build();

    // 800 GB/s bidirectional is 400 GB/s each way.
    assertThat(entry.spec().orElseThrow().scaleUp().orElseThrow().perDirection())
        .isEqualTo(ByteRate.ofGigabytesPerSecond(400));
  }

  @Test
  void spec_scaleUpWithoutBasis_hasNoInterconnect() {
    AcceleratorEntry entry = acmeX1().scaleUp(ScaleUpLink.builder().name("NVLink")
        .bandwidth(ByteRate.ofGigabytesPerSecond(900)).build())
        .sources(List.of(source("memory", "memoryBandwidth", "densePeak.BF16",
            "thermalDesignPower", "scaleUp")))
        .build();

    assertThat(entry.scaleUp()).isPresent();
    assertThat(entry.spec().orElseThrow().scaleUp()).isEmpty();
  }

  @Test
  void requireSpec_noBandwidth_throwsMissingFigure() {
    AcceleratorEntry entry = acmeX1().memoryBandwidth(Optional.empty())
        .sources(List.of(source("memory", "densePeak.BF16", "thermalDesignPower"))).build();

    assertThat(entry.spec()).isEmpty();
    assertThatThrownBy(entry::requireSpec).isInstanceOf(MissingFigureException.class)
        .hasMessage("Accelerator 'acme-x1' has no sourced memoryBandwidth; a spec needs memory "
            + "and memoryBandwidth");
  }

  @Test
  void requireSpec_noMemoryNorBandwidth_namesBoth() {
    AcceleratorEntry entry = AcceleratorEntry.builder().id("acme-x2").vendor("Acme").name("X2")
        .putDensePeak(ComputeFormat.BF16, TFLOPS_989).addSources(source("densePeak.BF16"))
        .build();

    assertThatThrownBy(entry::requireSpec).isInstanceOfSatisfying(MissingFigureException.class,
        e -> assertThat(e.figures()).containsExactly("memory", "memoryBandwidth"));
  }

  //-----------------------------------------------------------------------
  // tierOf, figuresUsedBy, primaryOnly
  /** Acme X1 with its dense BF16 and power from a secondary source only. */
  private static AcceleratorEntry withSecondaryFigures() {
    return acmeX1().sources(List.of(source("memory", "memoryBandwidth"),
        secondarySource("densePeak.BF16", "thermalDesignPower"))).build();
  }

  private static Source secondarySource(String... figures) {
    return Source.builder().url("https://reseller.example/x1").tier(SourceTier.SECONDARY)
        .read(Fixtures.DATE_2026_11_27).addFigures(figures).build();
  }

  @Test
  void tierOf_primaryAndSecondarySources_isPrimary() {
    AcceleratorEntry entry = acmeX1().addSources(secondarySource("densePeak.BF16")).build();

    assertThat(entry.tierOf("densePeak.BF16")).contains(SourceTier.PRIMARY);
  }

  @Test
  void tierOf_secondarySourcesOnly_isSecondary() {
    AcceleratorEntry entry = withSecondaryFigures();

    assertThat(entry.tierOf("memory")).contains(SourceTier.PRIMARY);
    assertThat(entry.tierOf("densePeak.BF16")).contains(SourceTier.SECONDARY);
    assertThat(entry.tierOf("densePeak.FP8")).isEmpty();
  }

  @Test
  void tierOf_figures_isWeakestOrEmptyWhenOneIsAbsent() {
    AcceleratorEntry entry = withSecondaryFigures();

    assertThat(entry.tierOf(List.of("memory", "memoryBandwidth"))).contains(SourceTier.PRIMARY);
    assertThat(entry.tierOf(List.of("memory", "densePeak.BF16")))
        .contains(SourceTier.SECONDARY);
    assertThat(entry.tierOf(List.of("memory", "scaleUp"))).isEmpty();
    assertThat(entry.tierOf(List.of())).isEmpty();
  }

  @Test
  void figuresUsedBy_oneDevice_isMemoryBandwidthAndComputePeak() {
    Deployment single = Deployment.of(KnownArchitectures.get("llama-3.1-8b"),
        ACME_X1.requireSpec(), 1);

    assertThat(AcceleratorEntry.figuresUsedBy(single))
        .containsExactly("memory", "memoryBandwidth", "densePeak.BF16");
  }

  @Test
  void figuresUsedBy_tensorParallel_addsScaleUp() {
    AcceleratorSpec spec = ACME_X1.requireSpec();
    Deployment tp8 = Deployment.builder().model(KnownArchitectures.get("llama-3.1-70b"))
        .accelerator(spec).tensorParallel(8)
        .precision(Precision.builder().weights(NumericFormat.FP8_E4M3)
            .kvCache(NumericFormat.BF16).activations(NumericFormat.FP8_E4M3).build())
        .build();

    assertThat(AcceleratorEntry.figuresUsedBy(tp8))
        .containsExactly("memory", "memoryBandwidth", "densePeak.FP8", "scaleUp");
  }

  @Test
  void missingFor_namesAbsentFiguresAndTheMissingPartOfALink() {
    Deployment tp2 = Deployment.of(KnownArchitectures.get("llama-3.1-8b"),
        ACME_X1.requireSpec(), 2);
    AcceleratorEntry noDirection = acmeX1().scaleUp(ScaleUpLink.builder().name("Link")
        .bandwidth(ByteRate.ofGigabytesPerSecond(900)).build())
        .addSources(source("scaleUp")).build();
    AcceleratorEntry withLink = acmeX1().scaleUp(ScaleUpLink.builder().name("Link")
        .bandwidth(ByteRate.ofGigabytesPerSecond(900)).basis(BandwidthBasis.PER_DIRECTION)
        .build()).addSources(source("scaleUp")).build();

    assertThat(ACME_X1.missingFor(tp2)).containsExactly("scaleUp");
    assertThat(noDirection.missingFor(tp2)).containsExactly("scaleUp.basis");
    assertThat(withLink.missingFor(tp2)).isEmpty();
    assertThat(withSecondaryFigures().primaryOnly().orElseThrow().missingFor(
        Deployment.of(KnownArchitectures.get("llama-3.1-8b"), ACME_X1.requireSpec(), 1)))
        .containsExactly("densePeak.BF16");
  }

  //-----------------------------------------------------------------------
  // spec, missingFor, tierOf and tiersOf with supplied figures
  /** 3.9 TB/s, as if read from a vendor page the catalog has not sourced. */
  private static final ByteRate TB_S_3_9 = ByteRate.parse("3.9 TB/s");
  private static final ByteRate GB_S_450 = ByteRate.ofGigabytesPerSecond(450);

  /** Acme X1 without its memory bandwidth, as an entry whose vendor page gives none. */
  private static AcceleratorEntry withoutBandwidth() {
    return acmeX1().memoryBandwidth(Optional.empty())
        .sources(List.of(source("memory", "densePeak.BF16", "thermalDesignPower"))).build();
  }

  @Test
  void specSupplied_none_isTheEntrysSpec() {
    assertThat(ACME_X1.spec(SuppliedFigures.empty())).isEqualTo(ACME_X1.requireSpec());
  }

  @Test
  void specSupplied_fillsOnlyTheGaps() {
    SuppliedFigures supplied = SuppliedFigures.builder().memoryBandwidth(TB_S_3_9)
        .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(1))
        .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979)).build();

    AcceleratorSpec filled = withoutBandwidth().spec(supplied);
    AcceleratorSpec sourced = ACME_X1.spec(supplied);

    // the catalog's figures win: its bandwidth and its BF16 peak; FP8 was a gap
    assertThat(filled.memoryBandwidth()).isEqualTo(TB_S_3_9);
    assertThat(sourced.memoryBandwidth()).isEqualTo(TB_S_3_35);
    assertThat(sourced.peak(ComputeFormat.BF16)).contains(TFLOPS_989);
    assertThat(sourced.peak(ComputeFormat.FP8)).contains(FlopRate.ofTeraflops(1979));
    assertThat(sourced.aliases()).isEqualTo(ACME_X1.aliases());
    assertThat(sourced.thermalDesignPower()).contains(WATTS_700);
  }

  @Test
  void specSupplied_scaleUpBandwidth_replacesTheEntrysLink() {
    AcceleratorEntry withLink = acmeX1().scaleUp(ScaleUpLink.builder().name("ICI")
        .bandwidth(ByteRate.ofGigabytesPerSecond(800)).basis(BandwidthBasis.BIDIRECTIONAL)
        .build()).addSources(source("scaleUp")).build();

    AcceleratorSpec spec = withLink.spec(SuppliedFigures.builder().scaleUpBandwidth(GB_S_450)
        .build());

    assertThat(spec.scaleUp().orElseThrow().name()).isEqualTo("user-supplied");
    assertThat(spec.scaleUp().orElseThrow().perDirection()).isEqualTo(GB_S_450);
  }

  @Test
  void specSupplied_bandwidthNeitherPublishedNorSupplied_throwsMissingFigure() {
    assertThatThrownBy(() -> withoutBandwidth().spec(SuppliedFigures.builder()
        .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979)).build()))
        .isInstanceOfSatisfying(MissingFigureException.class,
            e -> assertThat(e.figures()).containsExactly("memoryBandwidth"))
        .hasMessage("Accelerator 'acme-x1' has no sourced memoryBandwidth; a spec needs memory "
            + "and memoryBandwidth");
  }

  @Test
  void specSupplied_noMemory_throwsMissingFigureWhateverIsSupplied() {
    AcceleratorEntry entry = AcceleratorEntry.builder().id("acme-x2").vendor("Acme").name("X2")
        .putDensePeak(ComputeFormat.BF16, TFLOPS_989).addSources(source("densePeak.BF16"))
        .build();

    assertThatThrownBy(() -> entry.spec(SuppliedFigures.builder().memoryBandwidth(TB_S_3_9)
        .build())).isInstanceOfSatisfying(MissingFigureException.class,
            e -> assertThat(e.figures()).containsExactly("memory"));
  }

  @Test
  void missingForSupplied_suppliedFiguresAreNotMissing() {
    AcceleratorSpec spec = ACME_X1.requireSpec();
    Deployment fp8Tp2 = Deployment.builder().model(KnownArchitectures.get("llama-3.1-8b"))
        .accelerator(spec).tensorParallel(2)
        .precision(Precision.uniform(NumericFormat.FP8_E4M3)).build();

    assertThat(ACME_X1.missingFor(fp8Tp2, SuppliedFigures.empty()))
        .isEqualTo(ACME_X1.missingFor(fp8Tp2)).containsExactly("densePeak.FP8", "scaleUp");
    assertThat(ACME_X1.missingFor(fp8Tp2, SuppliedFigures.builder()
        .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979)).build()))
        .containsExactly("scaleUp");
    assertThat(ACME_X1.missingFor(fp8Tp2, SuppliedFigures.builder()
        .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979))
        .scaleUpBandwidth(GB_S_450).build())).isEmpty();
  }

  @Test
  void tierOfSupplied_figureSuppliedForAGap_hasNoTier() {
    AcceleratorEntry entry = withoutBandwidth();
    SuppliedFigures supplied = SuppliedFigures.builder().memoryBandwidth(TB_S_3_9)
        .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(1)).scaleUpBandwidth(GB_S_450)
        .build();

    assertThat(entry.tierOf("memoryBandwidth", supplied)).isEmpty();
    // the catalog's BF16 peak is used, not the supplied one
    assertThat(entry.tierOf("densePeak.BF16", supplied)).contains(SourceTier.PRIMARY);
    assertThat(entry.tierOf("scaleUp", supplied)).isEmpty();
    assertThat(entry.tierOf("memory", supplied)).contains(SourceTier.PRIMARY);
    assertThat(ACME_X1.tierOf("memoryBandwidth", supplied)).contains(SourceTier.PRIMARY);
  }

  @Test
  void tiersOf_inOrderWithGivenFiguresAndTheWeakest() {
    AcceleratorEntry entry = withSecondaryFigures();
    SuppliedFigures link = SuppliedFigures.builder().scaleUpBandwidth(GB_S_450).build();

    FigureTiers tiers = entry.tiersOf(List.of("memory", "densePeak.BF16", "scaleUp"), link);

    assertThat(tiers.tiers()).containsExactly(
        entry("memory", Optional.of(SourceTier.PRIMARY)),
        entry("densePeak.BF16", Optional.of(SourceTier.SECONDARY)),
        entry("scaleUp", Optional.empty()));
    assertThat(tiers.weakest()).isEqualTo(SourceTier.SECONDARY);
    assertThat(ACME_X1.tiersOf(List.of("memory", "scaleUp"), link).weakest())
        .isEqualTo(SourceTier.PRIMARY);
  }

  @Test
  void supplied_nulls_throw() {
    assertThatThrownBy(() -> ACME_X1.spec((SuppliedFigures) null))
        .isInstanceOf(NullPointerException.class).hasMessage("supplied");
    assertThatThrownBy(() -> ACME_X1.tierOf("memory", null))
        .isInstanceOf(NullPointerException.class).hasMessage("supplied");
    assertThatThrownBy(() -> ACME_X1.tiersOf(null, SuppliedFigures.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("figures");
  }

  @Test
  void primaryOnly_everySourcePrimary_isSameEntry() {
    assertThat(ACME_X1.primaryOnly()).containsSame(ACME_X1);
  }

  @Test
  void primaryOnly_secondaryFigures_areDroppedAndRecordedAsGaps() {
    AcceleratorEntry primary = withSecondaryFigures().primaryOnly().orElseThrow();

    assertThat(primary.figures()).containsExactly("memory", "memoryBandwidth");
    assertThat(primary.sources()).extracting(Source::tier).containsOnly(SourceTier.PRIMARY);
    assertThat(primary.gaps()).extracting(Gap::figure)
        .containsExactly("densePeak.BF16", "thermalDesignPower");
    assertThat(primary.spec().orElseThrow().densePeak()).isEmpty();
  }

  @Test
  void primaryOnly_noPrimarySource_isEmpty() {
    AcceleratorEntry secondary = acmeX1().sources(List.of(secondarySource("memory",
        "memoryBandwidth", "densePeak.BF16", "thermalDesignPower"))).build();

    assertThat(secondary.primaryOnly()).isEmpty();
  }

  //-----------------------------------------------------------------------
  // check: every rule, its type and its exact message
  static Stream<Arguments> invalidEntries() {
    return Stream.of(
        invalid("id", () -> acmeX1().id("Acme X1").build(),
            "Accelerator id must be lower-case letters and digits joined by '-' or '.': "
                + "'Acme X1'"),
        invalid("vendor", () -> acmeX1().vendor(" ").build(),
            "Accelerator vendor must not be blank: ' '"),
        invalid("name", () -> acmeX1().name("").build(),
            "Accelerator name must not be blank: ''"),
        invalid("aliases", () -> acmeX1().addAliases(" ").build(),
            "Accelerator alias must not be blank: ' '"),
        invalid("formFactor", () -> acmeX1().formFactor(" ").build(),
            "Form factor must not be blank: ' '"),
        invalid("memoryLabel", () -> acmeX1().memoryLabel("").build(),
            "Memory label must not be blank: ''"),
        invalid("memory", () -> acmeX1().memory(ByteSize.ZERO).build(),
            "Accelerator memory must be positive: 0 B"),
        invalid("memoryBandwidth", () -> acmeX1().memoryBandwidth(ByteRate.ZERO).build(),
            "Accelerator memory bandwidth must be positive: 0 B/s"),
        invalid("densePeak.BF16",
            () -> acmeX1().putDensePeak(ComputeFormat.BF16, FlopRate.ZERO).build(),
            "Peak must be positive (leave an unpublished format out): BF16 0 FLOP/s"),
        invalid("thermalDesignPower", () -> acmeX1().thermalDesignPower(Power.ZERO).build(),
            "Thermal design power must be positive: 0 W"),
        invalid("sources", () -> acmeX1().sources(List.of()).build(),
            "Accelerator must cite at least one source: 'acme-x1'"),
        invalid("sources", () -> acmeX1().addSources(Fixtures.entrySource()).build(),
            "Accelerator source must name the figures it supports: "
                + "https://example.com/datasheet"),
        invalid("sources", () -> acmeX1().addSources(source("densePeak.FP8")).build(),
            "Source names a figure that is absent: 'densePeak.FP8' "
                + "(https://example.com/datasheet)"),
        invalid("memoryBandwidth", () -> acmeX1().sources(List.of(source("memory",
            "densePeak.BF16", "thermalDesignPower"))).build(),
            "Figure has no source: 'memoryBandwidth'"),
        invalid("gaps", () -> acmeX1().addGaps(Gap.of("memory", "not found")).build(),
            "Gap names a figure that is present: 'memory'"),
        invalid("gaps", () -> acmeX1().addGaps(Gap.of("densePeak", "not found")).build(),
            "Gap names a figure that is present: 'densePeak'"),
        invalid("notes", () -> acmeX1().addNotes(" ").build(), "Note must not be blank: ' '"));
  }

  private static Arguments invalid(String field, Supplier<AcceleratorEntry> build,
      String message) {
    return Arguments.of(field, build, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidEntries")
  void check_invalid_throwsWithFieldAndMessage(String field, Supplier<AcceleratorEntry> build,
      String message) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(IllegalArgumentException.class, e -> {
      assertThat(e).hasMessage(message);
      assertThat(((InvalidFieldException) e).field()).isEqualTo(field);
    });
  }

  @Test
  void check_gapOfAbsentFigure_isAccepted() {
    AcceleratorEntry entry = acmeX1().addGaps(Gap.of("densePeak.FP8", "not published"),
        Gap.of("scaleUp.bandwidth", "no link")).build();

    assertThat(entry.gaps()).hasSize(2);
  }

  @Test
  void check_formFactorWithoutSource_isAccepted() {
    assertThat(acmeX1().formFactor("OAM").build().figures()).contains("formFactor");
  }

  @Test
  void builder_missingRequired_throwsIllegalState() {
    assertThatThrownBy(() -> AcceleratorEntry.builder().id("acme-x1").build())
        .isInstanceOf(IllegalStateException.class);
  }

  //-----------------------------------------------------------------------
  // JSON, equality, immutability, text
  @Test
  void json_roundTrip_equalsOriginal() throws JsonProcessingException {
    AcceleratorEntry entry = acmeX1().memoryLabel("80 GB HBM3").formFactor("SXM5")
        .addGaps(Gap.of("sparsePeak", "not published"))
        .addConflicts(Conflict.builder().figure("memoryBandwidth")
            .addValues("3.35 TB/s", "3.2 TB/s").addUrls("https://example.com/a")
            .chosen("3.35 TB/s").reason("datasheet").build())
        .addNotes("note").build();
    String json = Fixtures.MAPPER.writeValueAsString(entry);

    assertThat(json).contains("\"memory\":\"80 GiB\"", "\"memoryBandwidth\":\"3.35 TB/s\"",
        "\"BF16\":\"989 TFLOP/s\"");
    assertThat(Fixtures.MAPPER.readValue(json, AcceleratorEntry.class)).isEqualTo(entry);
  }

  @Test
  void json_omitsDerivedValuesAndAbsentFigures() throws JsonProcessingException {
    JsonNode json = Fixtures.MAPPER.valueToTree(ACME_X1);

    assertThat(json.has("spec")).isFalse();
    assertThat(json.has("figures")).isFalse();
    assertThat(json.has("formFactor")).isFalse();
    assertThat(json.has("scaleUp")).isFalse();
  }

  @Test
  void equals_sameParts_equalAndSameHash() {
    assertThat(acmeX1().build()).isEqualTo(ACME_X1).hasSameHashCodeAs(ACME_X1);
    assertThat(acmeX1().name("X1b").build()).isNotEqualTo(ACME_X1);
  }

  @Test
  void fields_areFinal() {
    for (Field f : ACME_X1.getClass().getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("spec")
          && !f.getName().contains("lazy") && !f.getName().contains("Lazy")) {
        assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue();
      }
    }
  }

  @Test
  void toString_isVendorAndName() {
    assertThat(ACME_X1).hasToString("Acme X1");
  }
}
