/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.ByteSize;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A storage format for numbers, with its true cost per element, such as BF16 (16 bits) or MXFP4
 * (4.25 bits).
 *
 * <p>The model is the bits of each element, and for block-scaled formats the size of a block and
 * the bits of the scale that each block carries; a per-tensor scale, where the format has one, is
 * recorded too. The storage cost of {@code n} elements is
 * {@code n x elementBits + ceil(n / blockSize) x scaleBits} bits, rounded up to whole bytes:
 *
 * <ul>
 *   <li>FP32 and TF32 32 bits (TF32 is a compute mode on FP32 storage), BF16 and FP16 16 bits,
 *       FP8 (E4M3, E5M2) and INT8 8 bits;
 *   <li>INT4 with a 16-bit scale per group of 128 ({@link #int4(int)}): 4 + 16/128 = 4.125 bits;
 *   <li>MXFP4 (OCP Microscaling): 4-bit E2M1 elements and an 8-bit E8M0 scale per 32 = 4.25 bits;
 *   <li>NVFP4: 4-bit E2M1 elements and an FP8 E4M3 scale per 16 = 4.5 bits, plus one FP32 scale
 *       per tensor ({@link #tensorScaleBits()}), which {@link #storageOf(long)} leaves out because
 *       it is 4 bytes per tensor, not per element.
 * </ul>
 *
 * <p>Each format names the {@link ComputeFormat} that matrix products run at when this format
 * is the activation format. The text and JSON form is the name ({@code BF16},
 * {@code FP8-E4M3}, {@code INT4-G128}); {@link #parse} also accepts the alias {@code FP8}
 * (E4M3) and any case.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NumericFormat {

  /** IEEE single precision, 32 bits. */
  public static final NumericFormat FP32 = new NumericFormat("FP32", 32, 0, 0, 0, ComputeFormat.FP32);
  /** TensorFloat-32: stored as FP32 (32 bits), multiplied at the TF32 rate. */
  public static final NumericFormat TF32 = new NumericFormat("TF32", 32, 0, 0, 0, ComputeFormat.TF32);
  /** bfloat16, 16 bits. */
  public static final NumericFormat BF16 = new NumericFormat("BF16", 16, 0, 0, 0, ComputeFormat.BF16);
  /** IEEE half precision, 16 bits. */
  public static final NumericFormat FP16 = new NumericFormat("FP16", 16, 0, 0, 0, ComputeFormat.FP16);
  /** 8-bit float with 4 exponent and 3 mantissa bits (OCP FP8 E4M3). */
  public static final NumericFormat FP8_E4M3 =
      new NumericFormat("FP8-E4M3", 8, 0, 0, 0, ComputeFormat.FP8);
  /** 8-bit float with 5 exponent and 2 mantissa bits (OCP FP8 E5M2). */
  public static final NumericFormat FP8_E5M2 =
      new NumericFormat("FP8-E5M2", 8, 0, 0, 0, ComputeFormat.FP8);
  /**
   * OCP FP8 E4M3 with an FP32 scale per 128 x 128 tile of each weight matrix, as DeepSeek-V3
   * and R1 ship ({@code quantization_config.weight_block_size [128, 128]}): 8 + 32/16384 bits per
   * element. Counted as one scale per 16,384 elements, which is exact when both dimensions of a
   * matrix are multiples of 128.
   */
  public static final NumericFormat FP8_E4M3_128X128 =
      new NumericFormat("FP8-E4M3-128X128", 8, 128 * 128, 32, 0, ComputeFormat.FP8);
  /** 8-bit integer (per-tensor or per-channel scales, negligible per element). */
  public static final NumericFormat INT8 = new NumericFormat("INT8", 8, 0, 0, 0, ComputeFormat.INT8);
  /** 4-bit integer without group scales (per-tensor or per-channel scales only). */
  public static final NumericFormat INT4 = new NumericFormat("INT4", 4, 0, 0, 0, ComputeFormat.INT4);
  /** 4-bit integer with a 16-bit scale per group of 128, 4.125 bits per element (GPTQ, AWQ). */
  public static final NumericFormat INT4_G128 = int4(128);
  /** OCP Microscaling MXFP4: 4-bit E2M1 elements, an 8-bit E8M0 scale per 32 (4.25 bits). */
  public static final NumericFormat MXFP4 = new NumericFormat("MXFP4", 4, 32, 8, 0, ComputeFormat.FP4);
  /** NVIDIA NVFP4: 4-bit E2M1 elements, an FP8 scale per 16 (4.5 bits), an FP32 tensor scale. */
  public static final NumericFormat NVFP4 =
      new NumericFormat("NVFP4", 4, 16, 8, 32, ComputeFormat.FP4);

  private static final List<NumericFormat> KNOWN = List.of(
      FP32, TF32, BF16, FP16, FP8_E4M3, FP8_E5M2, FP8_E4M3_128X128, INT8, INT4, MXFP4, NVFP4);
  private static final Pattern INT4_GROUP = Pattern.compile("INT4-G([0-9]{1,9})");

  private final String name;
  private final int elementBits;
  private final int blockSize;
  private final int scaleBits;
  private final int tensorScaleBits;
  private final ComputeFormat computeFormat;

  private NumericFormat(String name, int elementBits, int blockSize, int scaleBits,
      int tensorScaleBits, ComputeFormat computeFormat) {
    this.name = name;
    this.elementBits = elementBits;
    this.blockSize = blockSize;
    this.scaleBits = scaleBits;
    this.tensorScaleBits = tensorScaleBits;
    this.computeFormat = computeFormat;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a block-scaled or plain format from its parts.
   *
   * <p>Use this for formats not predefined here; the predefined constants cover the common
   * ones. A custom format prints its name, but {@link #parse} and JSON know only the predefined
   * formats, so a custom format does not read back from text.
   *
   * @param name the name, such as {@code MXFP6}, not blank, not null
   * @param elementBits the bits of each element, from 1 to 64
   * @param blockSize the number of elements sharing one scale, or 0 for no block scales
   * @param scaleBits the bits of each block scale, 0 when {@code blockSize} is 0
   * @param computeFormat the format matrix products run at, not null
   * @return the format, not null
   * @throws IllegalArgumentException if the bits or block size are out of range, only one of
   *     block size and scale bits is zero, or the name is that of a predefined format
   */
  public static NumericFormat of(String name, int elementBits, int blockSize, int scaleBits,
      ComputeFormat computeFormat) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(computeFormat, "computeFormat");
    Checks.notBlank(name, "Format name");
    if (elementBits < 1 || elementBits > 64) {
      throw new IllegalArgumentException("Element bits must be in [1, 64]: " + elementBits);
    }
    Checks.notNegative(blockSize, "Block size");
    Checks.notNegative(scaleBits, "Scale bits");
    if ((blockSize == 0) != (scaleBits == 0)) {
      throw new IllegalArgumentException("Block size and scale bits must both be zero or both "
          + "positive: " + blockSize + "/" + scaleBits);
    }
    String canonical = name.trim().toUpperCase(Locale.ROOT);
    boolean taken = canonical.equals("FP8") || INT4_GROUP.matcher(canonical).matches();
    for (int i = 0; i < KNOWN.size() && !taken; i++) {
      taken = KNOWN.get(i).name.equals(canonical);
    }
    if (taken) {
      throw new IllegalArgumentException("Format name is taken by a predefined format: '"
          + name + "'");
    }
    return new NumericFormat(canonical, elementBits, blockSize, scaleBits, 0, computeFormat);
  }

  /**
   * Obtains the 4-bit integer format with a 16-bit (FP16) scale per group of weights, as GPTQ
   * and AWQ store them; {@code int4(128)} costs 4 + 16/128 = 4.125 bits per element.
   *
   * @param groupSize the number of weights sharing one scale, positive
   * @return the format, named {@code INT4-G<groupSize>}, not null
   * @throws IllegalArgumentException if the group size is not positive
   */
  public static NumericFormat int4(int groupSize) {
    Checks.positive(groupSize, "Group size");
    return new NumericFormat("INT4-G" + groupSize, 4, groupSize, 16, 0, ComputeFormat.INT4);
  }

  /**
   * Obtains a format from its name, ignoring case: {@code FP32}, {@code TF32}, {@code BF16},
   * {@code FP16}, {@code FP8-E4M3} (alias {@code FP8}), {@code FP8-E5M2},
   * {@code FP8-E4M3-128X128}, {@code INT8},
   * {@code INT4}, {@code INT4-G<n>}, {@code MXFP4}, {@code NVFP4}.
   *
   * <p>This is the inverse of {@link #toString()} for every predefined format.
   *
   * @param text the name, not null
   * @return the format, not null
   * @throws IllegalArgumentException if the name is not a known format
   */
  public static NumericFormat parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim().toUpperCase(Locale.ROOT).replace('_', '-');
    if (s.equals("FP8")) {
      return FP8_E4M3;
    }
    for (NumericFormat known : KNOWN) {
      if (known.name.equals(s)) {
        return known;
      }
    }
    Matcher m = INT4_GROUP.matcher(s);
    if (m.matches()) {
      int group = Integer.parseInt(m.group(1));
      return group == 128 ? INT4_G128 : int4(group);
    }
    throw new IllegalArgumentException("Unknown numeric format '" + text + "' (known: FP32, TF32, "
        + "BF16, FP16, FP8-E4M3, FP8-E5M2, FP8-E4M3-128X128, INT8, INT4, INT4-G<group>, MXFP4, "
        + "NVFP4)");
  }

  @JsonCreator
  static NumericFormat fromJson(String text) {
    return parse(text);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the name, such as {@code MXFP4}.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the bits of each element, without scales.
   *
   * @return the bits, from 1 to 64
   */
  public int elementBits() {
    return elementBits;
  }

  /**
   * Returns the number of elements that share one block scale.
   *
   * @return the block size, or 0 when the format has no block scales
   */
  public int blockSize() {
    return blockSize;
  }

  /**
   * Returns the bits of each block scale.
   *
   * @return the scale bits, or 0 when the format has no block scales
   */
  public int scaleBits() {
    return scaleBits;
  }

  /**
   * Returns the bits of the one scale per tensor, for formats that have one (NVFP4: 32).
   *
   * @return the tensor-scale bits, or 0
   */
  public int tensorScaleBits() {
    return tensorScaleBits;
  }

  /**
   * Returns the arithmetic format that matrix products with this format run at.
   *
   * @return the compute format, not null
   */
  public ComputeFormat computeFormat() {
    return computeFormat;
  }

  /**
   * Returns the average storage cost per element, including block scales.
   *
   * @return the bits per element, such as 4.25 for MXFP4
   */
  public double bitsPerElement() {
    return blockSize == 0 ? elementBits : elementBits + (double) scaleBits / blockSize;
  }

  /**
   * Returns the average storage cost per element in bytes, including block scales.
   *
   * @return the bytes per element, such as 2 for BF16
   */
  public double bytesPerElement() {
    return bitsPerElement() / 8;
  }

  /**
   * Returns the exact storage of a number of elements, with one scale per started block, rounded
   * up to whole bytes.
   *
   * @param elements the number of elements, not negative
   * @return the storage, not null
   * @throws IllegalArgumentException if the number is negative
   * @throws ArithmeticException if the size overflows a {@code long}
   */
  public ByteSize storageOf(long elements) {
    Checks.notNegative(elements, "Element count");
    long bits = Math.multiplyExact(elements, (long) elementBits);
    if (blockSize > 0) {
      long blocks = elements / blockSize + (elements % blockSize == 0 ? 0 : 1);
      bits = Math.addExact(bits, Math.multiplyExact(blocks, (long) scaleBits));
    }
    return ByteSize.ofBytes(bits / 8 + (bits % 8 == 0 ? 0 : 1));
  }

  /**
   * Checks if this format needs fewer or as many bits per element as another.
   *
   * @param other the other format, not null
   * @return true if this format is no larger per element
   */
  public boolean isNoLargerThan(NumericFormat other) {
    return bitsPerElement() <= other.bitsPerElement();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if this format equals another: same name, bits, blocks and compute format.
   *
   * @param obj the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof NumericFormat)) {
      return false;
    }
    NumericFormat o = (NumericFormat) obj;
    return name.equals(o.name) && elementBits == o.elementBits && blockSize == o.blockSize
        && scaleBits == o.scaleBits && tensorScaleBits == o.tensorScaleBits
        && computeFormat == o.computeFormat;
  }

  /**
   * Returns a hash code for this format.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, elementBits, blockSize, scaleBits, tensorScaleBits, computeFormat);
  }

  /**
   * Returns the name, such as {@code BF16} or {@code INT4-G128}.
   *
   * @return the name, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return name;
  }
}
