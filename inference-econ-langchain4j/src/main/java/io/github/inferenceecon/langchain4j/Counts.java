/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.langchain4j;

import io.github.inferenceecon.core.UnmappableUsageException;
import org.jspecify.annotations.Nullable;

/** The checks every LangChain4j count goes through: present (or read as none) and not negative. */
final class Counts {

  private Counts() {}

  /** Returns a count that must be present. */
  static long required(@Nullable Integer count, String field) {
    if (count == null) {
      throw new UnmappableUsageException(field, "is required", "null");
    }
    return notNegative(count, field);
  }

  /** Returns a count the provider declares nullable, null read as none. */
  static long nullable(@Nullable Integer count, String field) {
    return count == null ? 0 : notNegative(count, field);
  }

  /** Checks that a part does not exceed the whole that includes it. */
  static void notAbove(long part, long whole, String partField, String wholeField) {
    if (part > whole) {
      throw new UnmappableUsageException(partField, "must not exceed " + wholeField
          + ", which includes it", part + " > " + whole);
    }
  }

  /** Checks a reported total against input plus output, when there is one. */
  static void total(@Nullable Integer total, long input, long output, String type) {
    if (total != null && total != input + output) {
      throw new UnmappableUsageException(type + ".totalTokenCount", "must equal "
          + "inputTokenCount + outputTokenCount", total + " != " + input + " + " + output);
    }
  }

  private static long notNegative(int count, String field) {
    if (count < 0) {
      throw new UnmappableUsageException(field, "must not be negative", Integer.toString(count));
    }
    return count;
  }
}
