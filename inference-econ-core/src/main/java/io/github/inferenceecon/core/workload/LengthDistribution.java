/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The distribution of a request's token length, such as 'log-normal with mean 800 tokens and
 * sigma 1.0' or 'always 128 tokens'.
 *
 * <p>Four shapes: {@link Shape#FIXED} (every request the same), {@link Shape#UNIFORM} (between a
 * minimum and a maximum), {@link Shape#EXPONENTIAL} (given its mean) and {@link Shape#LOG_NORMAL}
 * (given its mean and the sigma of the underlying normal; real prompt and answer lengths are
 * roughly log-normal). {@link #mean()} and {@link #percentile(double)} are exact for these
 * shapes; the log-normal percentile uses the inverse normal distribution function to about
 * 1e-9 relative error (Acklam's rational approximation), exact at the median, which is
 * {@code exp(mu)}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableLengthDistribution.class)
@JsonDeserialize(as = ImmutableLengthDistribution.class)
public abstract class LengthDistribution {

  /** The shape of a length distribution. */
  public enum Shape {
    /** Every request has the same length ({@code a}). */
    FIXED,
    /** Lengths uniformly between {@code a} and {@code b}. */
    UNIFORM,
    /** Exponentially distributed lengths with mean {@code a}. */
    EXPONENTIAL,
    /** Log-normal lengths with mean {@code a} and log-space sigma {@code b}. */
    LOG_NORMAL
  }

  LengthDistribution() {}

  /**
   * Obtains the distribution in which every request has the same length.
   *
   * @param tokens the length in tokens, not negative
   * @return the distribution, not null
   * @throws IllegalArgumentException if the length is negative
   */
  public static LengthDistribution fixed(long tokens) {
    Checks.notNegative(tokens, "Length");
    return ImmutableLengthDistribution.of(Shape.FIXED, tokens, tokens);
  }

  /**
   * Obtains the distribution of lengths uniformly between a minimum and a maximum.
   *
   * @param min the shortest length, not negative
   * @param max the longest length, not less than {@code min}
   * @return the distribution, not null
   * @throws IllegalArgumentException if the bounds are negative or reversed
   */
  public static LengthDistribution uniform(long min, long max) {
    return ImmutableLengthDistribution.of(Shape.UNIFORM, min, max);
  }

  /**
   * Obtains the exponential distribution with a mean.
   *
   * @param mean the mean length in tokens, finite and positive
   * @return the distribution, not null
   * @throws IllegalArgumentException if the mean is not finite and positive
   */
  public static LengthDistribution exponential(double mean) {
    return ImmutableLengthDistribution.of(Shape.EXPONENTIAL, mean, 0);
  }

  /**
   * Obtains the log-normal distribution with a mean and the sigma of the underlying normal.
   *
   * @param mean the mean length in tokens, finite and positive
   * @param sigma the standard deviation of the log of the length, finite and positive
   * @return the distribution, not null
   * @throws IllegalArgumentException if the mean or sigma is not finite and positive
   */
  public static LengthDistribution logNormal(double mean, double sigma) {
    return ImmutableLengthDistribution.of(Shape.LOG_NORMAL, mean, sigma);
  }

  /**
   * Returns the shape.
   *
   * @return the shape, not null
   */
  @Value.Parameter(order = 0)
  public abstract Shape shape();

  /**
   * Returns the first parameter: the length (fixed), the minimum (uniform) or the mean
   * (exponential, log-normal).
   *
   * @return the parameter
   */
  @Value.Parameter(order = 1)
  public abstract double a();

  /**
   * Returns the second parameter: the length (fixed), the maximum (uniform), 0 (exponential) or
   * the log-space sigma (log-normal).
   *
   * @return the parameter
   */
  @Value.Parameter(order = 2)
  public abstract double b();

  /**
   * Returns the mean length in tokens.
   *
   * @return the mean, not negative
   */
  @JsonIgnore
  public double mean() {
    return shape() == Shape.UNIFORM ? (a() + b()) / 2 : a();
  }

  /**
   * Returns the length below which a fraction {@code p} of requests fall.
   *
   * @param p the fraction, in [0, 1); 0.5 is the median, 0.99 the 99th percentile
   * @return the length in tokens, not negative
   * @throws IllegalArgumentException if {@code p} is not in [0, 1)
   */
  public double percentile(double p) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("Percentile must be in [0, 1): " + p);
    }
    switch (shape()) {
      case FIXED:
        return a();
      case UNIFORM:
        return a() + p * (b() - a());
      case EXPONENTIAL:
        return -a() * Math.log1p(-p);
      default:
        double mu = Math.log(a()) - b() * b() / 2;
        return p == 0 ? 0 : Math.exp(mu + b() * NormalQuantile.of(p));
    }
  }

  @Value.Check
  protected final void check() {
    switch (shape()) {
      case FIXED:
        Checks.finiteNotNegative(a(), "Length");
        break;
      case UNIFORM:
        Checks.finiteNotNegative(a(), "Minimum length");
        Checks.finiteNotNegative(b(), "Maximum length");
        if (b() < a()) {
          throw new IllegalArgumentException("Maximum length must not be less than the minimum: "
              + b() + "/" + a());
        }
        break;
      case EXPONENTIAL:
        Checks.finitePositive(a(), "Mean length");
        break;
      default:
        Checks.finitePositive(a(), "Mean length");
        Checks.finitePositive(b(), "Log-normal sigma");
        break;
    }
  }

  /**
   * Returns the text form, such as {@code LOG_NORMAL(mean=800.0, sigma=1.0)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    switch (shape()) {
      case FIXED:
        return "FIXED(" + a() + ")";
      case UNIFORM:
        return "UNIFORM(" + a() + ".." + b() + ")";
      case EXPONENTIAL:
        return "EXPONENTIAL(mean=" + a() + ")";
      default:
        return "LOG_NORMAL(mean=" + a() + ", sigma=" + b() + ")";
    }
  }
}
