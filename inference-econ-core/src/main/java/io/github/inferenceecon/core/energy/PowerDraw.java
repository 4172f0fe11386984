/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.Power;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The electrical power one device draws, busy and idle, such as '700 W busy, 0 W idle' for an
 * H100 SXM taken at its thermal design power.
 *
 * <p>The model: the draw while serving and the draw while idle, physical {@code double}
 * quantities with idle not above busy. The average draw at a utilisation {@code u} is
 * {@code busy x u + idle x (1 - u)}. Three ways to obtain one:
 * <ul>
 *   <li>{@link #atTdp(Power)}: busy at the thermal design power (TDP), idle at zero. The TDP is
 *       a ceiling rather than a measurement, and zero idle draw a floor, so this is an estimate;
 *       the average draw is {@code TDP x utilisation}.</li>
 *   <li>{@link #of(Power, Power)}: measured busy and idle draws.</li>
 *   <li>{@link #constant(Power)}: one measured average draw, whatever the utilisation.</li>
 * </ul>
 * Power is per device, at the device; the data centre's overhead is the PUE of
 * {@link EnergyInputs}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutablePowerDraw.class)
@JsonDeserialize(as = ImmutablePowerDraw.class)
public abstract class PowerDraw {

  PowerDraw() {}

  /**
   * Obtains an instance of {@code PowerDraw} from measured busy and idle draws.
   *
   * @param busy the draw while serving, not null
   * @param idle the draw while idle, not above busy, not null
   * @return the power draw, not null
   * @throws IllegalArgumentException if idle exceeds busy
   */
  public static PowerDraw of(Power busy, Power idle) {
    return ImmutablePowerDraw.of(busy, idle);
  }

  /**
   * Obtains a power draw at a thermal design power while busy and zero while idle, so that the
   * average draw is {@code tdp x utilisation}.
   *
   * @param tdp the thermal design power, not null
   * @return the power draw, not null
   */
  public static PowerDraw atTdp(Power tdp) {
    return of(tdp, Power.ZERO);
  }

  /**
   * Obtains a power draw at an accelerator's thermal design power while busy and zero while
   * idle.
   *
   * @param accelerator the accelerator, not null
   * @return the power draw, not null
   * @throws IllegalArgumentException if the accelerator's TDP is not known
   */
  public static PowerDraw atTdp(AcceleratorSpec accelerator) {
    Objects.requireNonNull(accelerator, "accelerator");
    return atTdp(accelerator.thermalDesignPower().orElseThrow(() ->
        new IllegalArgumentException("Accelerator thermal design power must be known: '"
            + accelerator.id() + "'")));
  }

  /**
   * Obtains a power draw that is the same busy or idle, such as a measured average.
   *
   * @param draw the draw, not null
   * @return the power draw, not null
   */
  public static PowerDraw constant(Power draw) {
    return of(draw, draw);
  }

  /**
   * Returns the draw while serving.
   *
   * @return the busy draw, not null
   */
  @Value.Parameter(order = 0)
  public abstract Power busy();

  /**
   * Returns the draw while idle.
   *
   * @return the idle draw, not above busy, not null
   */
  @Value.Parameter(order = 1)
  public abstract Power idle();

  /**
   * Returns the average draw at a utilisation: {@code busy x u + idle x (1 - u)}.
   *
   * @param utilisation the fraction of time busy, in [0, 1]
   * @return the average draw, not null
   * @throws IllegalArgumentException if the utilisation is outside [0, 1]
   */
  public Power averageAt(double utilisation) {
    Checks.fraction(utilisation, "Utilisation");
    return Power.ofWatts(busy().watts() * utilisation + idle().watts() * (1 - utilisation));
  }

  /**
   * Returns the text form, such as {@code 700 W busy, 0 W idle}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return busy() + " busy, " + idle() + " idle";
  }

  @Value.Check
  protected final void check() {
    if (idle().isGreaterThan(busy())) {
      throw new IllegalArgumentException("Idle power must not exceed busy power: " + idle() + "/"
          + busy());
    }
  }
}
