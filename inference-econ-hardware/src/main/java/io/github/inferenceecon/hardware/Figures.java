/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.internal.InvalidFieldException;
import io.github.inferenceecon.core.internal.IsoDates;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    if (!isId(id)) {
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
    if (!isUrl(value)) {
      throw new InvalidFieldException(field, what + " must be an http or https URL: '"
          + value + "'");
    }
  }

  static boolean isPartialDate(String value) {
    if (!isPartialDateForm(value)) {
      return false;
    }
    int month = value.length() >= 7 ? Integer.parseInt(value.substring(5, 7)) : 1;
    if (month < 1 || month > 12) {
      return false;
    }
    if (value.length() == 10) {
      try {
        IsoDates.parse(value);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return true;
  }

  //-----------------------------------------------------------------------
  // The forms below are checked by hand, not with regular expressions: every bundled entry is
  // checked at start-up, and compiling a regular expression in a fresh JVM takes about two
  // milliseconds. Each method accepts exactly the language of the expression in its comment.

  /** Checks {@code [a-z0-9]+([.-][a-z0-9]+)*}. */
  static boolean isId(String text) {
    return isRun(text, false, ".-");
  }

  /** Checks {@code [A-Za-z0-9]+(-[A-Za-z0-9]+)*}. */
  static boolean isRegion(String text) {
    return isRun(text, true, "-");
  }

  /** Checks {@code https?://\S+}: no whitespace character of {@code \s} after the scheme. */
  static boolean isUrl(String text) {
    int start = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
    if (start < 0 || start == text.length()) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (" \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Checks {@code \d{4}(-\d{2}(-\d{2})?)?}, with ASCII digits as {@code \d} means. */
  static boolean isPartialDateForm(String text) {
    int length = text.length();
    if (length != 4 && length != 7 && length != 10) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean hyphen = i == 4 || i == 7;
      if (hyphen ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks runs of letters and digits joined by single separators, neither first nor last:
   * lower-case letters only unless {@code upper} is set.
   */
  private static boolean isRun(String text, boolean upper, String separators) {
    if (text.isEmpty()) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || upper && c >= 'A' && c <= 'Z';
      if (word) {
        afterSeparator = false;
      } else if (separators.indexOf(c) >= 0 && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }
}
