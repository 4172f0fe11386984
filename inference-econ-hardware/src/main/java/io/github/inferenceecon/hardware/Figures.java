/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.internal.IsoDates;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names of the figures of an accelerator entry ("figure paths") and the rules that check
 * them and other catalog texts.
 *
 * <p>A figure path is one of {@code memory}, {@code memoryBandwidth},
 * {@code thermalDesignPower}, {@code scaleUp}, {@code formFactor}, or a peak map and a format,
 * such as {@code densePeak.BF16}. A topic path, used by gaps and conflicts, may also name a
 * whole peak map ({@code sparsePeak}) or a part of the scale-up link
 * ({@code scaleUp.bandwidth}, {@code scaleUp.basis}).
 */
final class Figures {

  static final String MEMORY = "memory";
  static final String MEMORY_BANDWIDTH = "memoryBandwidth";
  static final String THERMAL_DESIGN_POWER = "thermalDesignPower";
  static final String SCALE_UP = "scaleUp";
  static final String FORM_FACTOR = "formFactor";
  static final String DENSE_PEAK = "densePeak";
  static final String SPARSE_PEAK = "sparsePeak";
  static final String UNLABELLED_PEAK = "unlabelledPeak";

  private static final List<String> SCALARS =
      List.of(MEMORY, MEMORY_BANDWIDTH, THERMAL_DESIGN_POWER, SCALE_UP, FORM_FACTOR);
  private static final List<String> PEAK_MAPS = List.of(DENSE_PEAK, SPARSE_PEAK, UNLABELLED_PEAK);
  private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private Figures() {}

  static boolean isFigurePath(String path) {
    if (SCALARS.contains(path)) {
      return true;
    }
    int dot = path.indexOf('.');
    return dot > 0 && PEAK_MAPS.contains(path.substring(0, dot))
        && isFormat(path.substring(dot + 1));
  }

  static boolean isTopicPath(String path) {
    return isFigurePath(path) || PEAK_MAPS.contains(path)
        || path.equals(SCALE_UP + ".bandwidth") || path.equals(SCALE_UP + ".basis");
  }

  static String peak(String map, ComputeFormat format) {
    // String.concat, not +, on this path that every catalog entry takes: each + expression
    // links a call site of its own the first time it runs
    return map.concat(".").concat(format.name());
  }

  static void addPeaks(List<String> paths, String map, Map<ComputeFormat, ?> peaks) {
    for (ComputeFormat format : ComputeFormat.values()) {
      if (peaks.containsKey(format)) {
        paths.add(peak(map, format));
      }
    }
  }

  private static boolean isFormat(String name) {
    for (ComputeFormat format : ComputeFormat.values()) {
      if (format.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  //-----------------------------------------------------------------------
  static void id(String id, String what) {
    if (!ID.matcher(id).matches()) {
      throw new InvalidFieldException("id", what + " id must be lower-case letters and digits "
          + "joined by '-' or '.': '" + id + "'");
    }
  }

  static void notBlank(String value, String field, String what) {
    if (value.isBlank()) {
      throw new InvalidFieldException(field, what + " must not be blank: '" + value + "'");
    }
  }

  /** Checks an optional text the way {@link #notBlank(String, String, String)} checks one. */
  static void notBlank(Optional<String> value, String field, String what) {
    // a plain test rather than ifPresent: a lambda costs a class of its own at start-up
    if (value.isPresent()) {
      notBlank(value.get(), field, what);
    }
  }

  /** Checks an optional URL the way {@link #url(String, String, String)} checks one. */
  static void url(Optional<String> value, String field, String what) {
    if (value.isPresent()) {
      url(value.get(), field, what);
    }
  }

  static void url(String value, String field, String what) {
    if (!URL.matcher(value).matches()) {
      throw new InvalidFieldException(field, what + " must be an http or https URL: '"
          + value + "'");
    }
  }

  static boolean isPartialDate(String value) {
    if (!PARTIAL_DATE.matcher(value).matches()) {
      return false;
    }
    int month = value.length() >= 7 ? Integer.parseInt(value.substring(5, 7)) : 1;
    if (month < 1 || month > 12) {
      return false;
    }
    if (value.length() == 10) {
      try {
        IsoDates.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        return false;
      }
    }
    return true;
  }
}
