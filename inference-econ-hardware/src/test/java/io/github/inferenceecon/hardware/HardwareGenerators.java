/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the hardware catalog types. Composite values are built from
 * their parts, never generated whole and filtered.
 */
final class HardwareGenerators {

  private HardwareGenerators() {}

  /** Ids such as {@code vendor-x12}. */
  static Gen<String> ids() {
    return Generate.pick(List.of("acme", "zeta", "nvidia", "amd"))
        .zip(integers().between(0, 999), (v, n) -> v + "-x" + n);
  }

  /** Memory sizes of 1 to 512 GiB. */
  static Gen<ByteSize> memories() {
    return longs().between(1, 512).map(ByteSize::ofGibibytes);
  }

  /** Bandwidths of 0.1 to 20 TB/s in steps of 0.01 TB/s. */
  static Gen<ByteRate> bandwidths() {
    return integers().between(10, 2000).map(n -> ByteRate.ofGigabytesPerSecond(n * 10.0));
  }

  /** Peaks of 1 to 20,000 TFLOP/s. */
  static Gen<FlopRate> peaks() {
    return integers().between(1, 20_000).map(n -> FlopRate.ofTeraflops(n));
  }

  /** Peak maps over a random subset of the formats. */
  static Gen<Map<ComputeFormat, FlopRate>> peakMaps() {
    return integers().between(0, (1 << ComputeFormat.values().length) - 1)
        .zip(peaks(), (mask, peak) -> {
          Map<ComputeFormat, FlopRate> map = new EnumMap<>(ComputeFormat.class);
          for (ComputeFormat f : ComputeFormat.values()) {
            if ((mask & (1 << f.ordinal())) != 0) {
              map.put(f, peak.multipliedBy(1 + f.ordinal()));
            }
          }
          return map;
        });
  }

  /**
   * Accelerator entries, each figure present or absent at random, with a form factor and one
   * source naming every figure present.
   */
  static Gen<AcceleratorEntry> accelerators() {
    return ids().zip(memories().toOptionals(30), bandwidths().toOptionals(30), peakMaps(),
        peakMaps(), (id, memory, bandwidth, dense, unlabelled) -> {
          AcceleratorEntry.Builder b = AcceleratorEntry.builder();
          b.id(id).vendor("Acme").name(id.toUpperCase(Locale.ROOT)).formFactor("OAM")
              .densePeak(dense).unlabelledPeak(unlabelled);
          List<String> figures = new ArrayList<>();
          memory.ifPresent(m -> {
            b.memory(m);
            figures.add("memory");
          });
          bandwidth.ifPresent(r -> {
            b.memoryBandwidth(r);
            figures.add("memoryBandwidth");
          });
          Figures.addPeaks(figures, "densePeak", dense);
          Figures.addPeaks(figures, "unlabelledPeak", unlabelled);
          if (Math.floorMod(id.hashCode(), 2) == 0) {
            b.thermalDesignPower(Power.ofWatts(100 + Math.floorMod(id.hashCode(), 1400)));
            figures.add("thermalDesignPower");
          }
          figures.add("formFactor");
          return b.addSources(Fixtures.source(figures.toArray(new String[0]))).build();
        });
  }

  /** Hourly prices of USD 0.01 to 1,000.00, per device or per instance. */
  static Gen<HourlyPrice> hourlyPrices() {
    return longs().between(1, 100_000).zip(Generate.booleans(), (cents, perDevice) -> {
      Money money = Money.of(Money.USD, BigDecimal.valueOf(cents, 2));
      return perDevice ? HourlyPrice.perDeviceHour(money) : HourlyPrice.perInstanceHour(money);
    });
  }

  /** Offers of 'acme-x1' with 1 to 16 devices; a device price always has one device. */
  static Gen<CloudOffer> offers() {
    return integers().between(1, 16).zip(hourlyPrices(), integers().between(0, 999),
        (count, price, n) -> Fixtures.acmeOffer().id("acme-offer-" + n)
            .acceleratorCount(price.basis() == PriceBasis.DEVICE ? 1 : count)
            .price(price).build());
  }

}
