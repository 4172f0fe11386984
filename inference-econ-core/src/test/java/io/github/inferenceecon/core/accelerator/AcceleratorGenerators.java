/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.accelerator;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code accelerator} package (test scope). Values are
 * synthetic, within the range of real devices; they are not specifications of any product.
 */
public final class AcceleratorGenerators {

  private AcceleratorGenerators() {}

  /**
   * Returns positive byte rates from 1 GB/s to 20 TB/s.
   *
   * @return the generator, not null
   */
  public static Gen<ByteRate> bandwidths() {
    return doubles().between(1e9, 2e13).map(ByteRate::of);
  }

  /**
   * Returns interconnects with either basis.
   *
   * @return the generator, not null
   */
  public static Gen<Interconnect> interconnects() {
    return bandwidths().zip(Generate.enumValues(BandwidthBasis.class),
        (rate, basis) -> Interconnect.of("Link", rate, basis));
  }

  /**
   * Returns accelerator specs: 1 to 1024 GiB, 1 GB/s to 20 TB/s, a dense peak of 1 to 10,000
   * TFLOP/s in each of a random subset of formats, sometimes a sparse peak, TDP and link.
   *
   * @return the generator, not null
   */
  public static Gen<AcceleratorSpec> specs() {
    Gen<Integer> gib = integers().between(1, 1024);
    Gen<Double> teraflops = doubles().between(1, 10_000);
    Gen<Boolean> flags = booleans().all();
    Gen<Double> watts = doubles().between(1, 2_000);
    return rnd -> {
      AcceleratorSpec.Builder b = AcceleratorSpec.builder()
          .id("test-device").vendor("Test").name("Device")
          .memory(ByteSize.ofGibibytes(gib.generate(rnd)))
          .memoryBandwidth(bandwidths().generate(rnd));
      for (ComputeFormat f : ComputeFormat.values()) {
        if (flags.generate(rnd)) {
          double dense = teraflops.generate(rnd);
          b.putDensePeak(f, FlopRate.ofTeraflops(dense));
          if (flags.generate(rnd)) {
            b.putSparsePeak(f, FlopRate.ofTeraflops(2 * dense));
          }
        }
      }
      if (flags.generate(rnd)) {
        b.thermalDesignPower(Power.ofWatts(watts.generate(rnd)));
      }
      if (flags.generate(rnd)) {
        b.scaleUp(interconnects().generate(rnd));
      }
      return b.build();
    };
  }
}
