/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The staleness check shared by the catalogs: a catalog is stale when more than a threshold
 * has passed since its publication date (taken as the start of that day, UTC).
 */
public final class Staleness {

  private Staleness() {}

  public static boolean isStale(LocalDate publishedOn, Duration threshold, Clock clock) {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(clock, "clock");
    if (threshold.isNegative()) {
      throw new IllegalArgumentException("Staleness threshold must not be negative: "
          + threshold);
    }
    Instant published = publishedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
    return clock.instant().isAfter(published.plus(threshold));
  }

  public static Optional<String> warnIfStale(String what, String version, LocalDate publishedOn,
      Duration threshold, Clock clock) {
    if (!isStale(publishedOn, threshold, clock)) {
      return Optional.empty();
    }
    long days = Duration.between(publishedOn.atStartOfDay(ZoneOffset.UTC).toInstant(),
        clock.instant()).toDays();
    String message = "The " + what + " (version " + version + ", published " + publishedOn
        + ") is " + days + " days old, older than the staleness threshold of "
        + threshold.toDays() + " days: prices and specifications may have changed; update "
        + "inference-econ or load a newer catalog";
    // the logger is fetched only here: starting SLF4J costs a fresh JVM tens of milliseconds,
    // and the bundled catalogs check their age as they load
    LoggerFactory.getLogger(Staleness.class).warn(message);
    return Optional.of(message);
  }
}
