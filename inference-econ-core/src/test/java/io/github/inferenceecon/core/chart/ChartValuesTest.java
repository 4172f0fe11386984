/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart value types: rules, equality, immutability and JSON. */
final class ChartValuesTest {

  static final Axis CONCURRENCY = Axis.of("Concurrency", "sequences");
  static final ChartPoint P_1_2 = ChartPoint.of(1, 2);
  static final Series LINE_1_2 = Series.of("a", Series.Style.LINE, List.of(P_1_2,
      ChartPoint.of(2, 3, "two")));
  static final XyChart CHART = XyChart.builder().title("t").xAxis(CONCURRENCY)
      .yAxis(Axis.ofDates("Effective from")).addSeries(LINE_1_2)
      .addMarkers(Marker.of("m", 1, 2)).addOmissions(Omission.of("x", "why")).addNotes("n")
      .build();
  static final BreakdownChart MEMORY = BreakdownChart.builder().title("Memory").unit("GiB")
      .addCategories(Category.of("weights", 60), Category.of("KV cache", 30)).limit(80)
      .limitLabel("device memory").build();

  //-----------------------------------------------------------------------
  // Axis
  //-----------------------------------------------------------------------
  @Test
  void axis_titleCarriesTheUnitOfNumbersOnly() {
    assertThat(CONCURRENCY.title()).isEqualTo("Concurrency (sequences)");
    assertThat(CONCURRENCY.isDate()).isFalse();
    assertThat(Axis.ofDates("Effective from").title()).isEqualTo("Effective from");
    assertThat(Axis.ofDates("Effective from").unit()).isEqualTo("date");
  }

  @Test
  void axis_blankLabel_throws() {
    assertThatThrownBy(() -> Axis.of(" ", "s")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Axis label must not be blank: ' '");
    assertThatThrownBy(() -> Axis.of("Time", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Axis unit must not be blank: ''");
    assertThatThrownBy(() -> Axis.of(null, "s")).isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // ChartPoint, Marker, Omission, Category
  //-----------------------------------------------------------------------
  @Test
  void point_notFinite_throws() {
    assertThatThrownBy(() -> ChartPoint.of(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Point x must be finite: NaN");
    assertThatThrownBy(() -> ChartPoint.of(1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Point y must be finite: Infinity");
    assertThatThrownBy(() -> ChartPoint.of(1, 1, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChartPoint.of(1, 1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void marker_badValues_throw() {
    assertThatThrownBy(() -> Marker.of("", 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Marker label must not be blank: ''");
    assertThatThrownBy(() -> Marker.of("m", Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Marker x must be finite: NaN");
  }

  @Test
  void omission_blank_throws() {
    assertThatThrownBy(() -> Omission.of("x", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Omission reason must not be blank: ' '");
  }

  @Test
  void category_negative_throws() {
    assertThatThrownBy(() -> Category.of("weights", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Category value must not be negative: 'weights' -1.0");
    assertThatThrownBy(() -> Category.of("weights", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Category value 'weights' must be finite: NaN");
  }

  //-----------------------------------------------------------------------
  // Series
  //-----------------------------------------------------------------------
  @Test
  void series_noPoint_throws() {
    assertThatThrownBy(() -> Series.of("a", Series.Style.POINTS, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Series must have a point: 'a'");
  }

  @Test
  void series_lineOutOfOrder_throwsButPointsMayBeInAnyOrder() {
    List<ChartPoint> backwards = List.of(ChartPoint.of(2, 1), ChartPoint.of(1, 1));
    assertThatThrownBy(() -> Series.of("a", Series.Style.STEP, backwards))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Points of a step must be in ascending x: 'a' at point 1, x 1.0 after 2.0");
    assertThat(Series.of("a", Series.Style.POINTS, backwards).points()).hasSize(2);
  }

  //-----------------------------------------------------------------------
  // XyChart and BreakdownChart
  //-----------------------------------------------------------------------
  @Test
  void xyChart_withoutSeries_isEmpty() {
    XyChart empty = XyChart.builder().title("t").xAxis(CONCURRENCY).yAxis(CONCURRENCY).build();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(CHART.isEmpty()).isFalse();
    assertThatThrownBy(() -> XyChart.builder().title("").xAxis(CONCURRENCY).yAxis(CONCURRENCY)
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Chart title must not be blank: ''");
    assertThatThrownBy(() -> XyChart.builder().title("t").xAxis(CONCURRENCY).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void breakdown_totalAndLimit() {
    // 60 + 30 = 90 GiB against 80
    assertThat(MEMORY.total()).isEqualTo(90);
    assertThat(MEMORY.isOverLimit()).isTrue();
    assertThatThrownBy(() -> BreakdownChart.builder().title("m").unit("GiB").limit(0)
        .limitLabel("l").addCategories(Category.of("w", 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Limit must be positive: 0.0");
    assertThatThrownBy(() -> BreakdownChart.builder().title("m").unit("GiB").limit(1)
        .limitLabel("l").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Breakdown must have a category: 'm'");
  }

  //-----------------------------------------------------------------------
  // contracts
  //-----------------------------------------------------------------------
  @Test
  void values_areImmutableWithEqualsAndJsonRoundTrips() {
    assertImmutable(Axis.class, CONCURRENCY);
    assertImmutable(XyChart.class, CHART);
    assertImmutable(BreakdownChart.class, MEMORY);
    assertImmutable(Series.class, LINE_1_2);
    assertImmutable(ChartPoint.class, P_1_2);
    assertEqualsContract(CONCURRENCY, Axis.of("Concurrency", "sequences"), Axis.of("C", "s"));
    assertEqualsContract(P_1_2, ChartPoint.of(1, 2), ChartPoint.of(1, 2, "label"));
    assertEqualsContract(Marker.of("m", 1, 2), Marker.of("m", 1, 2), Marker.of("m", 2, 2));
    assertEqualsContract(Omission.of("x", "y"), Omission.of("x", "y"), Omission.of("x", "z"));
    assertEqualsContract(Category.of("w", 1), Category.of("w", 1), Category.of("w", 2));
    assertThat(jsonRoundTrip(CHART, XyChart.class)).isEqualTo(CHART);
    assertThat(jsonRoundTrip(MEMORY, BreakdownChart.class)).isEqualTo(MEMORY);
  }
}
