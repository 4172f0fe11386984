/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import java.util.Locale;

/**
 * Thrown when the traffic offered to a deployment exceeds what it can serve in steady state, so
 * that queues would grow without bound.
 *
 * <p>The message states both rates, such as "Traffic exceeds the deployment's capacity: 120
 * requests/s offered, 84.3 requests/s sustainable"; {@link #offeredRequestsPerSecond()} and
 * {@link #capacityRequestsPerSecond()} return them, so a caller can size the number of
 * replicas.
 */
public final class CapacityExceededException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The offered rate. */
  private final double offered;
  /** The sustainable rate. */
  private final double capacity;

  /**
   * Creates the exception.
   *
   * @param offered the offered requests per second, whole deployment
   * @param capacity the sustainable requests per second, whole deployment
   */
  public CapacityExceededException(double offered, double capacity) {
    // the message is formatted when asked for: a capacity search catches many of these
    super((String) null);
    this.offered = offered;
    this.capacity = capacity;
  }

  /**
   * Returns the message, which states both rates.
   *
   * @return the message, not null
   */
  @Override
  public String getMessage() {
    return String.format(Locale.ROOT, "Traffic exceeds the deployment's capacity: %.4g "
        + "requests/s offered, %.4g requests/s sustainable", offered, capacity);
  }

  /**
   * Returns the offered request rate of the whole deployment.
   *
   * @return the rate in requests per second
   */
  public double offeredRequestsPerSecond() {
    return offered;
  }

  /**
   * Returns the highest request rate the whole deployment sustains for the same requests.
   *
   * @return the rate in requests per second
   */
  public double capacityRequestsPerSecond() {
    return capacity;
  }
}
