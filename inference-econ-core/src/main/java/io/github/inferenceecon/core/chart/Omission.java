/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Something a chart leaves off, and why, such as a plan's candidate rejected because it does not
 * fit in memory, or an API with no latency estimate.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableOmission.class)
@JsonDeserialize(as = ImmutableOmission.class)
public abstract class Omission {

  Omission() {}

  /**
   * Obtains an omission.
   *
   * @param label what is left off, not blank, not null
   * @param reason why, not blank, not null
   * @return the omission, not null
   * @throws IllegalArgumentException if the label or the reason is blank
   */
  public static Omission of(String label, String reason) {
    return ImmutableOmission.of(label, reason);
  }

  /**
   * Returns what is left off.
   *
   * @return the label, not blank, not null
   */
  @Value.Parameter(order = 0)
  public abstract String label();

  /**
   * Returns why it is left off.
   *
   * @return the reason, not blank, not null
   */
  @Value.Parameter(order = 1)
  public abstract String reason();

  @Value.Check
  protected final void check() {
    ChartChecks.notBlank(label(), "Omission label");
    ChartChecks.notBlank(reason(), "Omission reason");
  }
}
