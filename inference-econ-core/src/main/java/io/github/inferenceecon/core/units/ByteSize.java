/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.SiFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An amount of data, such as '80 GiB' or '141.1 GB'.
 *
 * <p>The size is stored as a {@code long} number of bytes, from zero to {@link Long#MAX_VALUE}
 * (about 9.2 EB); it is never negative. Conversions from a unit are exact and throw
 * {@link ArithmeticException} when the result does not fit a {@code long}; arithmetic uses
 * {@link Math#addExact} and {@link Math#multiplyExact}.
 *
 * <p>Units: SI and IEC units are distinct ({@link ByteUnit}). The text form is exact: it prints
 * the size in the unit, SI or IEC, that gives the shortest exact decimal ({@code 80 GiB},
 * {@code 141.1 GB}, {@code 320 KiB}, {@code 0 B}); {@link #parse} reverses it. The JSON form is
 * the text form; a JSON number is read as bytes.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ByteSize implements Comparable<ByteSize> {

  /** No bytes. */
  public static final ByteSize ZERO = new ByteSize(0);

  private final long bytes;

  private ByteSize(long bytes) {
    this.bytes = bytes;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code ByteSize} from a number of bytes.
   *
   * @param bytes the number of bytes, not negative
   * @return the size, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static ByteSize ofBytes(long bytes) {
    Checks.notNegative(bytes, "Byte size");
    return bytes == 0 ? ZERO : new ByteSize(bytes);
  }

  /**
   * Obtains an instance of {@code ByteSize} from an amount in a unit, exactly.
   *
   * @param amount the amount, not negative
   * @param unit the unit, not null
   * @return the size, not null
   * @throws IllegalArgumentException if the amount is negative
   * @throws ArithmeticException if the size overflows a {@code long}
   */
  public static ByteSize of(long amount, ByteUnit unit) {
    Objects.requireNonNull(unit, "unit");
    Checks.notNegative(amount, "Byte size");
    return ofBytes(Math.multiplyExact(amount, unit.bytes()));
  }

  /**
   * Obtains an instance of {@code ByteSize} from a decimal amount in a unit, rounded to whole
   * bytes as asked.
   *
   * @param amount the amount, not negative, not null
   * @param unit the unit, not null
   * @param rounding how to round to whole bytes, not null; {@code UNNECESSARY} demands an exact
   *     number of bytes
   * @return the size, not null
   * @throws IllegalArgumentException if the amount is negative
   * @throws ArithmeticException if rounding is needed under {@code UNNECESSARY}, or the size
   *     overflows a {@code long}
   */
  public static ByteSize of(BigDecimal amount, ByteUnit unit, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rounding, "rounding");
    Checks.notNegative(amount, "Byte size");
    return ofBytes(amount.multiply(unit.factor()).setScale(0, rounding).longValueExact());
  }

  /**
   * Obtains an instance of {@code ByteSize} from a number of kibibytes (2<sup>10</sup> bytes).
   *
   * @param kibibytes the number of KiB, not negative
   * @return the size, not null
   * @throws IllegalArgumentException if the number is negative
   * @throws ArithmeticException if the size overflows a {@code long}
   */
  public static ByteSize ofKibibytes(long kibibytes) {
    return of(kibibytes, ByteUnit.KIBIBYTES);
  }

  /**
   * Obtains an instance of {@code ByteSize} from a number of mebibytes (2<sup>20</sup> bytes).
   *
   * @param mebibytes the number of MiB, not negative
   * @return the size, not null
   * @throws IllegalArgumentException if the number is negative
   * @throws ArithmeticException if the size overflows a {@code long}
   */
  public static ByteSize ofMebibytes(long mebibytes) {
    return of(mebibytes, ByteUnit.MEBIBYTES);
  }

  /**
   * Obtains an instance of {@code ByteSize} from a number of gibibytes (2<sup>30</sup> bytes).
   *
   * @param gibibytes the number of GiB, not negative
   * @return the size, not null
   * @throws IllegalArgumentException if the number is negative
   * @throws ArithmeticException if the size overflows a {@code long}
   */
  public static ByteSize ofGibibytes(long gibibytes) {
    return of(gibibytes, ByteUnit.GIBIBYTES);
  }

  /**
   * Obtains an instance of {@code ByteSize} from a number of gigabytes (10<sup>9</sup> bytes).
   *
   * @param gigabytes the number of GB, not negative
   * @return the size, not null
   * @throws IllegalArgumentException if the number is negative
   * @throws ArithmeticException if the size overflows a {@code long}
   */
  public static ByteSize ofGigabytes(long gigabytes) {
    return of(gigabytes, ByteUnit.GIGABYTES);
  }

  /**
   * Obtains the sum of several sizes.
   *
   * @param sizes the sizes to add, not null, no null elements
   * @return the total, {@link #ZERO} when there are none, not null
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public static ByteSize total(Iterable<ByteSize> sizes) {
    Objects.requireNonNull(sizes, "sizes");
    long sum = 0;
    for (ByteSize s : sizes) {
      sum = Math.addExact(sum, Objects.requireNonNull(s, "sizes element").bytes);
    }
    return ofBytes(sum);
  }

  /**
   * Obtains an instance of {@code ByteSize} from a text such as {@code 80 GiB} or
   * {@code 141.1 GB}.
   *
   * <p>The number is a plain decimal and the unit one of the {@link ByteUnit} symbols, separated
   * by one space. The amount must come to a whole number of bytes. This is the exact inverse of
   * {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the size, not null
   * @throws IllegalArgumentException if the text cannot be parsed or is not a whole number of
   *     bytes
   */
  public static ByteSize parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int space = s.indexOf(' ');
    if (space > 0) {
      try {
        BigDecimal amount = new BigDecimal(s.substring(0, space));
        ByteUnit unit = ByteUnit.ofSymbol(s.substring(space + 1).trim());
        if (amount.signum() >= 0) {
          return of(amount, unit, RoundingMode.UNNECESSARY);
        }
      } catch (IllegalArgumentException | ArithmeticException e) {
        // NumberFormatException is an IllegalArgumentException
        throw SiFormat.cannotParse(text, "ByteSize", e);
      }
    }
    throw SiFormat.cannotParse(text, "ByteSize", null);
  }

  @JsonCreator
  static ByteSize fromJson(Object json) {
    if (json instanceof Integer || json instanceof Long) {
      return ofBytes(((Number) json).longValue());
    }
    if (json instanceof String) {
      return parse((String) json);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "ByteSize", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the number of bytes.
   *
   * @return the number of bytes, not negative
   */
  public long toBytes() {
    return bytes;
  }

  /**
   * Converts this size to an exact decimal amount of a unit.
   *
   * <p>The result always terminates, since every factor is a product of 2s and 5s.
   *
   * @param unit the unit, not null
   * @return the amount, for example 80 for 80 GiB in GIBIBYTES, not null
   */
  public BigDecimal to(ByteUnit unit) {
    Objects.requireNonNull(unit, "unit");
    BigDecimal value = BigDecimal.valueOf(bytes).divide(unit.factor()).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /**
   * Converts this size to gibibytes (2<sup>30</sup> bytes) as a {@code double}.
   *
   * @return the number of GiB, possibly rounded to the nearest {@code double}
   */
  public double toGibibytes() {
    return bytes / (double) (1L << 30);
  }

  /**
   * Converts this size to gigabytes (10<sup>9</sup> bytes) as a {@code double}.
   *
   * @return the number of GB, possibly rounded to the nearest {@code double}
   */
  public double toGigabytes() {
    return bytes / 1e9;
  }

  /**
   * Checks if this size is zero.
   *
   * @return true if there are no bytes
   */
  public boolean isZero() {
    return bytes == 0;
  }

  /**
   * Checks if this size is greater than another.
   *
   * @param other the other size, not null
   * @return true if this size is strictly greater
   */
  public boolean isGreaterThan(ByteSize other) {
    return bytes > other.bytes;
  }

  /**
   * Checks if this size is less than another.
   *
   * @param other the other size, not null
   * @return true if this size is strictly less
   */
  public boolean isLessThan(ByteSize other) {
    return bytes < other.bytes;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this size with another size added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the size to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public ByteSize plus(ByteSize other) {
    Objects.requireNonNull(other, "other");
    return other.bytes == 0 ? this : ofBytes(Math.addExact(bytes, other.bytes));
  }

  /**
   * Returns a copy of this size with another size subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the size to subtract, not greater than this size, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public ByteSize minus(ByteSize other) {
    Objects.requireNonNull(other, "other");
    return ofBytes(bytes - other.bytes);
  }

  /**
   * Returns this size less another, or zero if the other is larger.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the size to subtract, not null
   * @return the new instance, not null
   */
  public ByteSize minusOrZero(ByteSize other) {
    Objects.requireNonNull(other, "other");
    return bytes > other.bytes ? ofBytes(bytes - other.bytes) : ZERO;
  }

  /**
   * Returns a copy of this size multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is negative
   * @throws ArithmeticException if the product overflows a {@code long}
   */
  public ByteSize multipliedBy(long factor) {
    Checks.notNegative(factor, "Factor");
    return ofBytes(Math.multiplyExact(bytes, factor));
  }

  /**
   * Returns a copy of this size divided by a divisor, rounded to whole bytes as asked.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, positive
   * @param rounding the rounding mode, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is not positive
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and the division is
   *     not exact
   */
  public ByteSize dividedBy(long divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    Checks.positive(divisor, "Divisor");
    // both are positive or zero: the whole quotient and the remainder decide the two directed
    // modes the estimators use, as BigDecimal would; the other modes go through BigDecimal
    if (rounding == RoundingMode.CEILING || rounding == RoundingMode.FLOOR) {
      long quotient = bytes / divisor;
      return ofBytes(rounding == RoundingMode.CEILING && bytes % divisor != 0
          ? quotient + 1 : quotient);
    }
    return ofBytes(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(divisor), 0, rounding)
        .longValueExact());
  }

  /**
   * Returns how many whole times another size fits in this one.
   *
   * @param other the other size, positive, not null
   * @return the number of whole times, not negative
   * @throws IllegalArgumentException if the other size is zero
   */
  public long wholeTimes(ByteSize other) {
    Objects.requireNonNull(other, "other");
    if (other.bytes == 0) {
      throw new IllegalArgumentException("Byte size must be positive to divide by: " + other);
    }
    return bytes / other.bytes;
  }

  /**
   * Returns the time it takes to move this much data at a rate.
   *
   * <p>The time is rounded to the nearest nanosecond.
   *
   * @param rate the rate, positive, not null
   * @return the duration, not null
   * @throws IllegalArgumentException if the rate is zero
   */
  public Duration timeAt(ByteRate rate) {
    Objects.requireNonNull(rate, "rate");
    if (rate.isZero()) {
      throw new IllegalArgumentException("Byte rate must be positive to compute a time: " + rate);
    }
    return Durations.ofSeconds(bytes / rate.bytesPerSecond());
  }

  /**
   * Returns the smaller of this size and another.
   *
   * @param other the other size, not null
   * @return the smaller size, not null
   */
  public ByteSize min(ByteSize other) {
    return bytes <= other.bytes ? this : other;
  }

  /**
   * Returns the larger of this size and another.
   *
   * @param other the other size, not null
   * @return the larger size, not null
   */
  public ByteSize max(ByteSize other) {
    return bytes >= other.bytes ? this : other;
  }

  /**
   * Returns an approximate form for people to read: the size in the largest binary unit (B to
   * PiB) that keeps the number at least 1, with two decimals, such as {@code 14.96 GiB}.
   *
   * <p>Unlike {@link #toString()}, this form rounds and is not meant to be parsed back.
   *
   * @return the approximate text, not null
   */
  public String toDisplayString() {
    ByteUnit[] units = {ByteUnit.BYTES, ByteUnit.KIBIBYTES, ByteUnit.MEBIBYTES,
        ByteUnit.GIBIBYTES, ByteUnit.TEBIBYTES, ByteUnit.PEBIBYTES};
    ByteUnit unit = ByteUnit.BYTES;
    for (ByteUnit u : units) {
      if (bytes >= u.bytes()) {
        unit = u;
      }
    }
    if (unit == ByteUnit.BYTES) {
      return bytes + " B";
    }
    return to(unit).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + unit.symbol();
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this size to another.
   *
   * @param other the other size, not null
   * @return negative, zero or positive as this size is less than, equal to or greater than the
   *     other
   */
  @Override
  public int compareTo(ByteSize other) {
    return Long.compare(bytes, other.bytes);
  }

  /**
   * Checks if this size equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a size with the same number of bytes
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ByteSize && ((ByteSize) obj).bytes == bytes;
  }

  /**
   * Returns a hash code for this size.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(bytes);
  }

  /**
   * Returns the exact text form, such as {@code 80 GiB}, {@code 320 KiB} or
   * {@code 141.107412992 GB}.
   *
   * <p>The size is written in the largest binary unit (KiB to PiB) and in the largest SI unit
   * (kB to PB) that keep the amount at least 1; of the two exact decimals the shorter is chosen,
   * the binary one on a tie. Sizes below 1 kB are written in bytes.
   *
   * @return the text, not null
   */
  @Override
  @JsonValue
  public String toString() {
    ByteUnit binary = ByteUnit.BYTES;
    ByteUnit decimal = ByteUnit.BYTES;
    for (ByteUnit unit : ByteUnit.values()) {
      if (bytes >= unit.bytes()) {
        if (unit.isBinary()) {
          binary = unit.bytes() > binary.bytes() ? unit : binary;
        } else {
          decimal = unit.bytes() > decimal.bytes() ? unit : decimal;
        }
      }
    }
    String b = to(binary).toPlainString();
    String d = to(decimal).toPlainString();
    return d.length() < b.length() ? d + " " + decimal.symbol() : b + " " + binary.symbol();
  }

}
