/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.bigIntegers;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.ByteUnit;
import io.github.inferenceecon.core.units.CarbonIntensity;
import io.github.inferenceecon.core.units.CarbonMass;
import io.github.inferenceecon.core.units.Energy;
import io.github.inferenceecon.core.units.FlopCount;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.units.TokenRate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the value types of inference-econ's core, one per domain type.
 *
 * <p>Every composite is built from the generators of its parts, which are combined and then
 * mapped to the type's factory ({@code X::of}); nothing is generated whole and filtered, so no
 * example is ever thrown away. The generators come in three flavours:
 * <ul>
 *   <li><b>Law-safe</b> ({@link #tokenCounts()}, {@link #byteRates()}, ...): every value is small
 *       enough that the sum of any four generated values is still representable, so the algebraic
 *       laws ({@code plus} identity, commutativity, associativity, {@code a + b - b == a}) can be
 *       checked without tripping an overflow.</li>
 *   <li><b>Full range</b> ({@link #anyTokenCounts()}, {@link #finiteNonNegativeDoubles()}, ...):
 *       every value the type accepts, for laws that hold everywhere (text and JSON round
 *       trips, ordering).</li>
 *   <li><b>Overflow edge</b> ({@link #tokenCountsAboveHalfMax()},
 *       {@link #doublesAboveHalfMax()}, ...): values of which any two overflow when added, for
 *       checking that arithmetic throws {@link ArithmeticException} rather than wrapping.</li>
 * </ul>
 *
 * <p>Generators that sample a wide numeric range also mix in hand-picked edge values (zero, one,
 * the largest law-safe value, published figures such as {@code 3.35 TB/s}), since a uniform draw
 * over a huge range would almost never hit them.
 *
 * <p>This class is shared by the tests of every package; it has no state and is thread-safe.
 */
// The tests are compiled into the core module while QuickTheories stays on the class path, so
// javac's "exports" lint would flag every public method that returns a Gen.
@SuppressWarnings("exports")
public final class CoreGenerators {

  /**
   * The largest law-safe count: any four counts up to this value add without overflowing a
   * {@code long}.
   */
  public static final long SUMMABLE_MAX_LONG = Long.MAX_VALUE / 4;

  /**
   * The largest law-safe {@code double}: any four values up to this add to a finite sum.
   */
  public static final double SUMMABLE_MAX_DOUBLE = Double.MAX_VALUE / 4;

  /** The currencies that money generators draw from; JPY has no minor unit, the others two. */
  public static final Currency USD = Currency.getInstance("USD");
  /** The euro. */
  public static final Currency EUR = Currency.getInstance("EUR");
  /** The yen, a currency with no decimal places. */
  public static final Currency JPY = Currency.getInstance("JPY");
  /** The pound sterling. */
  public static final Currency GBP = Currency.getInstance("GBP");

  private CoreGenerators() {}

  //--- numbers ----------------------------------------------------------------------------------

  /**
   * Non-negative counts, law-safe: small counts (as in a request), mid-size counts (as in a
   * monthly bill) and counts up to {@link #SUMMABLE_MAX_LONG}, with the edges 0, 1 and
   * {@code SUMMABLE_MAX_LONG}.
   *
   * @return the generator, not null
   */
  public static Gen<Long> counts() {
    return weighted(
        Pair.of(3, longs().between(0, 100_000)),
        Pair.of(3, longs().between(0, 1_000_000_000_000_000L)),
        Pair.of(3, longs().between(0, SUMMABLE_MAX_LONG)),
        Pair.of(1, arbitrary().pick(0L, 1L, SUMMABLE_MAX_LONG)));
  }

  /**
   * Every non-negative {@code long}, with the edges 0, 1 and {@link Long#MAX_VALUE}.
   *
   * @return the generator, not null
   */
  public static Gen<Long> anyCounts() {
    return weighted(
        Pair.of(9, longs().between(0, Long.MAX_VALUE)),
        Pair.of(1, arbitrary().pick(0L, 1L, Long.MAX_VALUE)));
  }

  /**
   * Counts above {@code Long.MAX_VALUE / 2}: the sum of any two overflows a {@code long}.
   *
   * @return the generator, not null
   */
  public static Gen<Long> countsAboveHalfMax() {
    return longs().between(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE);
  }

  /**
   * Every finite, non-negative {@code double}, subnormals included.
   *
   * <p>Values are drawn uniformly over the bit patterns from {@code 0.0} to
   * {@link Double#MAX_VALUE}, so every binary exponent is equally likely; {@code 0.0},
   * {@link Double#MIN_VALUE}, {@link Double#MIN_NORMAL}, {@code 1.0} and
   * {@code Double.MAX_VALUE} are mixed in, as are {@linkplain #decimalDoubles() decimal-looking}
   * values.
   *
   * @return the generator, not null
   */
  public static Gen<Double> finiteNonNegativeDoubles() {
    return weighted(
        Pair.of(6, doublesByBits(Double.MAX_VALUE)),
        Pair.of(3, decimalDoubles()),
        Pair.of(1, arbitrary().pick(
            0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, Double.MAX_VALUE)));
  }

  /**
   * Every finite, positive {@code double}, from {@link Double#MIN_VALUE} to
   * {@link Double#MAX_VALUE}; negate it for strictly negative values.
   *
   * @return the generator, not null
   */
  public static Gen<Double> positiveDoubles() {
    return weighted(
        Pair.of(6, longs().between(1, Double.doubleToRawLongBits(Double.MAX_VALUE))
            .map(Double::longBitsToDouble)),
        Pair.of(3, decimalDoubles().map(d -> d == 0 ? 1.0 : d)),
        Pair.of(1, arbitrary().pick(Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, Double.MAX_VALUE)));
  }

  /**
   * Finite, non-negative {@code double}s up to {@link #SUMMABLE_MAX_DOUBLE}, so that any four
   * add to a finite sum; otherwise as {@link #finiteNonNegativeDoubles()}.
   *
   * @return the generator, not null
   */
  public static Gen<Double> summableDoubles() {
    return weighted(
        Pair.of(6, doublesByBits(SUMMABLE_MAX_DOUBLE)),
        Pair.of(3, decimalDoubles()),
        Pair.of(1, arbitrary().pick(0.0, Double.MIN_VALUE, 1.0, SUMMABLE_MAX_DOUBLE)));
  }

  /**
   * Decimal-looking {@code double}s as they appear on data sheets and price lists: an integer
   * from 0 to 99,999 times a power of ten from 10<sup>-9</sup> to 10<sup>18</sup>, such as
   * {@code 3.35e12} or {@code 989e12}.
   *
   * @return the generator, not null
   */
  public static Gen<Double> decimalDoubles() {
    return longs().between(0, 99_999).zip(integers().between(-9, 18),
        (digits, exponent) -> BigDecimal.valueOf(digits).scaleByPowerOfTen(exponent).doubleValue());
  }

  /**
   * Finite {@code double}s above {@code Double.MAX_VALUE / 2}: the sum of any two overflows to
   * infinity.
   *
   * @return the generator, not null
   */
  public static Gen<Double> doublesAboveHalfMax() {
    long from = Double.doubleToRawLongBits(Double.MAX_VALUE / 2) + 1;
    long to = Double.doubleToRawLongBits(Double.MAX_VALUE);
    return longs().between(from, to).map(Double::longBitsToDouble);
  }

  /** Picks one of several generators for each example, with the given weights. */
  @SafeVarargs
  private static <T> Gen<T> weighted(Pair<Integer, Gen<T>>... choices) {
    List<Pair<Integer, Gen<T>>> list = new ArrayList<>(choices.length);
    for (Pair<Integer, Gen<T>> choice : choices) {
      list.add(choice);
    }
    return Generate.frequency(list);
  }

  private static Gen<Double> doublesByBits(double max) {
    return longs().between(0, Double.doubleToRawLongBits(max)).map(Double::longBitsToDouble);
  }

  //--- units ------------------------------------------------------------------------------------

  /**
   * Token counts, law-safe (see {@link #counts()}).
   *
   * @return the generator, not null
   */
  public static Gen<TokenCount> tokenCounts() {
    return counts().map(TokenCount::of);
  }

  /**
   * Every token count, from zero to {@link Long#MAX_VALUE} tokens.
   *
   * @return the generator, not null
   */
  public static Gen<TokenCount> anyTokenCounts() {
    return anyCounts().map(TokenCount::of);
  }

  /**
   * Token counts above {@code Long.MAX_VALUE / 2}; any two overflow when added.
   *
   * @return the generator, not null
   */
  public static Gen<TokenCount> tokenCountsAboveHalfMax() {
    return countsAboveHalfMax().map(TokenCount::of);
  }

  /**
   * Every byte unit, SI and IEC.
   *
   * @return the generator, not null
   */
  public static Gen<ByteUnit> byteUnits() {
    return arbitrary().enumValues(ByteUnit.class);
  }

  /**
   * Byte sizes, law-safe: half are whole amounts of a random unit (such as {@code 80 GiB}),
   * half any number of bytes up to {@link #SUMMABLE_MAX_LONG}.
   *
   * @return the generator, not null
   */
  public static Gen<ByteSize> byteSizes() {
    Gen<ByteSize> inUnits = byteUnits().flatMap(unit ->
        longs().between(0, SUMMABLE_MAX_LONG / unit.bytes()).map(n -> ByteSize.of(n, unit)));
    return weighted(
        Pair.of(1, inUnits),
        Pair.of(1, counts().map(ByteSize::ofBytes)));
  }

  /**
   * Every byte size, from zero to {@link Long#MAX_VALUE} bytes.
   *
   * @return the generator, not null
   */
  public static Gen<ByteSize> anyByteSizes() {
    return anyCounts().map(ByteSize::ofBytes);
  }

  /**
   * Byte sizes above {@code Long.MAX_VALUE / 2} bytes; any two overflow when added.
   *
   * @return the generator, not null
   */
  public static Gen<ByteSize> byteSizesAboveHalfMax() {
    return countsAboveHalfMax().map(ByteSize::ofBytes);
  }

  /**
   * Byte rates, law-safe (see {@link #summableDoubles()}).
   *
   * @return the generator, not null
   */
  public static Gen<ByteRate> byteRates() {
    return summableDoubles().map(ByteRate::of);
  }

  /**
   * FLOP counts, law-safe (see {@link #summableDoubles()}).
   *
   * @return the generator, not null
   */
  public static Gen<FlopCount> flopCounts() {
    return summableDoubles().map(FlopCount::of);
  }

  /**
   * FLOP rates, law-safe (see {@link #summableDoubles()}).
   *
   * @return the generator, not null
   */
  public static Gen<FlopRate> flopRates() {
    return summableDoubles().map(FlopRate::of);
  }

  /**
   * Token rates, law-safe (see {@link #summableDoubles()}).
   *
   * @return the generator, not null
   */
  public static Gen<TokenRate> tokenRates() {
    return summableDoubles().map(TokenRate::of);
  }

  /**
   * Powers, law-safe (see {@link #summableDoubles()}).
   *
   * @return the generator, not null
   */
  public static Gen<Power> powers() {
    return summableDoubles().map(Power::ofWatts);
  }

  /**
   * Energies, law-safe (see {@link #summableDoubles()}).
   *
   * @return the generator, not null
   */
  public static Gen<Energy> energies() {
    return summableDoubles().map(Energy::ofJoules);
  }

  /**
   * Carbon intensities, law-safe (see {@link #summableDoubles()}).
   *
   * @return the generator, not null
   */
  public static Gen<CarbonIntensity> carbonIntensities() {
    return summableDoubles().map(CarbonIntensity::of);
  }

  /**
   * Carbon masses, law-safe (see {@link #summableDoubles()}).
   *
   * @return the generator, not null
   */
  public static Gen<CarbonMass> carbonMasses() {
    return summableDoubles().map(CarbonMass::ofGrams);
  }

  /**
   * Non-negative durations from zero to about 31,700 years, with nanoseconds.
   *
   * @return the generator, not null
   */
  public static Gen<Duration> durations() {
    return longs().between(0, 1_000_000_000_000L).zip(longs().between(0, 999_999_999),
        Duration::ofSeconds);
  }

  //--- money ------------------------------------------------------------------------------------

  /**
   * A few currencies: USD, EUR, JPY (no decimal places) and GBP.
   *
   * @return the generator, not null
   */
  public static Gen<Currency> currencies() {
    return arbitrary().pick(USD, EUR, JPY, GBP);
  }

  /**
   * Decimal amounts of money as a caller might pass them, not normalised: negative, zero and
   * positive; scales from -4 to 12, so trailing zeros ({@code 1.50}), zeros with a scale
   * ({@code 0.000}) and negative scales ({@code 1E+3}) all occur; unscaled values from one digit
   * to 38 digits.
   *
   * @return the generator, not null
   */
  public static Gen<BigDecimal> moneyAmounts() {
    Gen<BigInteger> unscaled = weighted(
        Pair.of(3, longs().between(-10_000, 10_000).map(BigInteger::valueOf)),
        Pair.of(3, longs().all().map(BigInteger::valueOf)),
        Pair.of(2, bigIntegers().ofBytes(16)),
        Pair.of(1, arbitrary().pick(BigInteger.ZERO, BigInteger.ONE, BigInteger.TEN)));
    return unscaled.zip(integers().between(-4, 12), BigDecimal::new);
  }

  /**
   * Decimal amounts that are not negative, otherwise as {@link #moneyAmounts()}.
   *
   * @return the generator, not null
   */
  public static Gen<BigDecimal> nonNegativeMoneyAmounts() {
    return moneyAmounts().map(amount -> amount.abs());
  }

  /**
   * Money in any of the {@linkplain #currencies() currencies}, of any sign.
   *
   * @return the generator, not null
   */
  public static Gen<Money> monies() {
    return currencies().zip(moneyAmounts(), Money::of);
  }

  /**
   * Money in one currency, of any sign, for laws over several amounts.
   *
   * @param currency the currency, not null
   * @return the generator, not null
   */
  public static Gen<Money> monies(Currency currency) {
    return moneyAmounts().map(amount -> Money.of(currency, amount));
  }

  /**
   * Money that is not negative, in any of the currencies.
   *
   * @return the generator, not null
   */
  public static Gen<Money> nonNegativeMonies() {
    return currencies().zip(nonNegativeMoneyAmounts(), Money::of);
  }

  /**
   * The denominators of published token prices: powers of ten from 1 to 10<sup>12</sup>, mostly
   * one thousand and one million.
   *
   * @return the generator, not null
   */
  public static Gen<TokenCount> powerOfTenDenominators() {
    return weighted(
        Pair.of(2, arbitrary().pick(TokenCount.of(1_000), TokenCount.ofMillions(1))),
        Pair.of(1, integers().between(0, 12)
            .map(exponent -> TokenCount.of(BigInteger.TEN.pow(exponent).longValueExact()))));
  }

  /**
   * Token prices with a power-of-ten denominator, so that {@code costOf} always terminates.
   *
   * @return the generator, not null
   */
  public static Gen<TokenPrice> tokenPrices() {
    return nonNegativeMonies().zip(powerOfTenDenominators(), TokenPrice::of);
  }

  /**
   * Token prices with any positive denominator up to ten million, such as 3 or 7, for which
   * {@code costOf} need not terminate.
   *
   * @return the generator, not null
   */
  public static Gen<TokenPrice> tokenPricesWithAnyDenominator() {
    return nonNegativeMonies().zip(longs().between(1, 10_000_000).map(TokenCount::of),
        TokenPrice::of);
  }

  /**
   * Both price bases, per device and per instance.
   *
   * @return the generator, not null
   */
  public static Gen<PriceBasis> priceBases() {
    return arbitrary().enumValues(PriceBasis.class);
  }

  /**
   * Hourly prices in any currency, on either basis.
   *
   * @return the generator, not null
   */
  public static Gen<HourlyPrice> hourlyPrices() {
    return nonNegativeMonies().zip(priceBases(), HourlyPrice::of);
  }

  /**
   * Energy prices in any currency.
   *
   * @return the generator, not null
   */
  public static Gen<EnergyPrice> energyPrices() {
    return nonNegativeMonies().map(EnergyPrice::perKilowattHour);
  }
}
