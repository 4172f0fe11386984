/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of data size, with the SI (decimal) and IEC (binary) units kept apart.
 *
 * <p>{@link #GIGABYTES} is exactly 10<sup>9</sup> bytes and {@link #GIBIBYTES} exactly
 * 2<sup>30</sup> bytes; nothing called "GB" here ever means 2<sup>30</sup>. Each unit carries its
 * exact factor in bytes and its symbol ({@code GB}, {@code GiB}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ByteUnit {
  /** One byte, {@code B}. */
  BYTES(1L, "B"),
  /** 10<sup>3</sup> bytes, {@code kB}. */
  KILOBYTES(1_000L, "kB"),
  /** 10<sup>6</sup> bytes, {@code MB}. */
  MEGABYTES(1_000_000L, "MB"),
  /** 10<sup>9</sup> bytes, {@code GB}. */
  GIGABYTES(1_000_000_000L, "GB"),
  /** 10<sup>12</sup> bytes, {@code TB}. */
  TERABYTES(1_000_000_000_000L, "TB"),
  /** 10<sup>15</sup> bytes, {@code PB}. */
  PETABYTES(1_000_000_000_000_000L, "PB"),
  /** 2<sup>10</sup> bytes, {@code KiB}. */
  KIBIBYTES(1L << 10, "KiB"),
  /** 2<sup>20</sup> bytes, {@code MiB}. */
  MEBIBYTES(1L << 20, "MiB"),
  /** 2<sup>30</sup> bytes, {@code GiB}. */
  GIBIBYTES(1L << 30, "GiB"),
  /** 2<sup>40</sup> bytes, {@code TiB}. */
  TEBIBYTES(1L << 40, "TiB"),
  /** 2<sup>50</sup> bytes, {@code PiB}. */
  PEBIBYTES(1L << 50, "PiB");

  private final long bytes;
  private final String symbol;

  ByteUnit(long bytes, String symbol) {
    this.bytes = bytes;
    this.symbol = symbol;
  }

  /**
   * Returns the exact number of bytes in one of this unit.
   *
   * @return the factor, positive
   */
  public long bytes() {
    return bytes;
  }

  /**
   * Returns the symbol of this unit, such as {@code GiB}.
   *
   * @return the symbol, not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Checks if this is a binary (IEC) unit, such as {@code GiB}.
   *
   * @return true for KiB, MiB, GiB, TiB and PiB
   */
  public boolean isBinary() {
    return ordinal() >= KIBIBYTES.ordinal();
  }

  BigDecimal factor() {
    return BigDecimal.valueOf(bytes);
  }

  /**
   * Obtains the unit with a symbol, matched exactly and case-sensitively ({@code kB}, not
   * {@code KB}; {@code GiB}, not {@code GIB}).
   *
   * @param symbol the symbol, not null
   * @return the unit, not null
   * @throws IllegalArgumentException if no unit has that symbol
   */
  public static ByteUnit ofSymbol(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    for (ByteUnit unit : values()) {
      if (unit.symbol.equals(symbol)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("Unknown byte unit '" + symbol
        + "' (known: B, kB, MB, GB, TB, PB, KiB, MiB, GiB, TiB, PiB)");
  }
}
