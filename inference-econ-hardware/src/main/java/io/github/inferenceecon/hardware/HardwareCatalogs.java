/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.internal.Lazy;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.energy.EnergyInputs;
import io.github.inferenceecon.core.energy.PowerDraw;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.PriceBasis;
import io.github.inferenceecon.core.planner.HardwareOption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The three hardware catalogs together: accelerators, cloud rental offers (resolved against
 * those accelerators) and energy figures.
 *
 * <p>{@link #bundled()} returns the catalogs shipped in the jar (version 2026-12-06). Each of the
 * three is read and validated in full on its first use, and only then: a program that looks up
 * accelerators never reads the cloud offers or the energy figures (the offers read the
 * accelerators, which they are resolved against). When a catalog is older than
 * {@link #DEFAULT_STALENESS_THRESHOLD} as it is read, a warning is logged through SLF4J.
 * {@link #overBundled()} loads the user's own files over them:
 *
 * <pre>{@code
 * HardwareCatalogs mine = HardwareCatalogs.overBundled()
 *     .accelerators(Path.of("my-accelerators.json"))
 *     .cloudOffers(Path.of("my-offers.json"))
 *     .load();
 * }</pre>
 *
 * <p>Every figure carries its {@link SourceTier}: primary (the
 * vendor's or provider's own page, records or repository) or secondary (anyone else, used only
 * where no primary source gives the figure). {@link #primaryOnly()} keeps the primary figures
 * alone, in one call.
 *
 * <p>Precedence: an entry of a user file replaces the entry with the same id below it entirely
 * (the bundled entry, or one from a file given earlier), and an entry with a new id is added; a
 * user's offers may name the user's own accelerators. Every file is validated in full before
 * anything is merged: {@link Loader#load()} either returns catalogs in which every entry is
 * valid or throws {@link InvalidJsonException} listing every problem, each naming the file, the
 * JSON path, the value and the rule. Nothing is ever half-loaded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HardwareCatalogs {

  /** The age after which the catalogs are reported stale: 180 days. */
  public static final Duration DEFAULT_STALENESS_THRESHOLD = Duration.ofDays(180);

  private static final String BUNDLED = "bundled ";
  /** The name of the PUE among the figures behind an estimate ({@link FigureTiers}). */
  private static final String PUE = "pue";

  private final Lazy<AcceleratorCatalog> accelerators;
  private final Lazy<CloudOfferCatalog> cloudOffers;
  private final Lazy<EnergyDefaults> energy;

  private HardwareCatalogs(AcceleratorCatalog accelerators, CloudOfferCatalog cloudOffers,
      EnergyDefaults energy) {
    this(Lazy.of(accelerators), Lazy.of(cloudOffers), Lazy.of(energy));
  }

  private HardwareCatalogs(Lazy<AcceleratorCatalog> accelerators,
      Lazy<CloudOfferCatalog> cloudOffers, Lazy<EnergyDefaults> energy) {
    this.accelerators = accelerators;
    this.cloudOffers = cloudOffers;
    this.energy = energy;
  }

  /** Created on first use (initialisation-on-demand holder); reads nothing itself. */
  private static final class Holder {
    static final HardwareCatalogs BUNDLED = loadBundled(Clock.systemUTC(), new ArrayList<>());
  }

  /** Opens a bundled file by its name (tests give broken ones). */
  interface BundledFiles {
    InputStream open(String file) throws IOException;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the bundled catalogs, read and validated once on first use.
   *
   * @return the catalogs, not null
   * @throws IllegalStateException if the bundled data is invalid (a bug in inference-econ)
   */
  public static HardwareCatalogs bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Obtains catalogs from three catalogs, resolving the offers against the accelerators.
   *
   * @param accelerators the accelerator catalog, not null
   * @param cloudOffers the rental catalog, not null
   * @param energy the energy figures, not null
   * @return the catalogs, not null
   * @throws IllegalArgumentException if an offer names an accelerator the accelerator catalog
   *     lacks
   */
  public static HardwareCatalogs of(AcceleratorCatalog accelerators,
      CloudOfferCatalog cloudOffers, EnergyDefaults energy) {
    Objects.requireNonNull(accelerators, "accelerators");
    Objects.requireNonNull(cloudOffers, "cloudOffers");
    Objects.requireNonNull(energy, "energy");
    return new HardwareCatalogs(accelerators, cloudOffers.reboundTo(accelerators), energy);
  }

  /**
   * Starts loading user files over the bundled catalogs.
   *
   * @return a new loader, not null
   */
  public static Loader overBundled() {
    return new Loader(bundled());
  }

  /**
   * Starts loading user files over given catalogs.
   *
   * @param base the catalogs to load over, not null
   * @return a new loader, not null
   */
  public static Loader over(HardwareCatalogs base) {
    return new Loader(Objects.requireNonNull(base, "base"));
  }

  /**
   * Returns the text of a JSON Schema shipped with this module, one of
   * {@code accelerators.schema.json}, {@code cloud-offers.schema.json} and
   * {@code energy.schema.json}.
   *
   * <p>The schemas are also in the jar next to the bundled data; this method reads them when
   * the module's resources are encapsulated (on the module path).
   *
   * @param name the schema's file name, not null
   * @return the schema, UTF-8 JSON text, not null
   * @throws IllegalArgumentException if no shipped schema has that name
   */
  public static String jsonSchema(String name) {
    Objects.requireNonNull(name, "name");
    if (!CatalogReader.SCHEMAS.contains(name)) {
      throw new IllegalArgumentException("Unknown schema '" + name + "' (known: "
          + String.join(", ", CatalogReader.SCHEMAS) + ")");
    }
    try (InputStream in = CatalogReader.open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: cannot read the bundled '" + name
          + "'", e);
    }
  }

  /**
   * Returns the bundled catalogs, each read on its first use; a stale one adds its warning to
   * {@code warnings} (and logs it) as it is read.
   */
  static HardwareCatalogs loadBundled(Clock clock, List<String> warnings) {
    return loadBundled(clock, warnings, null);
  }

  /** Returns the bundled catalogs read from files given by name, each on its first use. */
  static HardwareCatalogs loadBundled(Clock clock, List<String> warnings,
      @Nullable BundledFiles files) {
    Lazy<AcceleratorCatalog> accelerators = Lazy.from(new Bundled<AcceleratorCatalog>(
        "accelerators.json", clock, warnings, files, null));
    return new HardwareCatalogs(accelerators, Lazy.from(new Bundled<CloudOfferCatalog>(
        "cloud-offers.json", clock, warnings, files, accelerators)), Lazy.from(
        new Bundled<EnergyDefaults>("energy.json", clock, warnings, files, null)));
  }

  /**
   * One bundled catalog, read on its first use (the offers after the accelerators they are
   * resolved against); a class, not lambdas, each of which costs a cold load classes of its own.
   */
  private static final class Bundled<T> implements Supplier<T> {
    private final String file;
    private final Clock clock;
    private final List<String> warnings;
    private final @Nullable BundledFiles files;
    private final @Nullable Lazy<AcceleratorCatalog> accelerators;

    Bundled(String file, Clock clock, List<String> warnings, @Nullable BundledFiles files,
        @Nullable Lazy<AcceleratorCatalog> accelerators) {
      this.file = file;
      this.clock = clock;
      this.warnings = warnings;
      this.files = files;
      this.accelerators = accelerators;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get() {
      AcceleratorCatalog base = accelerators == null ? null : accelerators.get();
      String origin = BUNDLED + file;
      Object catalog;
      Optional<String> stale;
      try (InputStream in = files == null ? CatalogReader.open(file) : files.open(file)) {
        if (base != null) {
          CloudOfferCatalog offers = CloudOfferCatalog.read(in, origin, null, base);
          stale = offers.warnIfStale(DEFAULT_STALENESS_THRESHOLD, clock);
          catalog = offers;
        } else if (file.equals("energy.json")) {
          EnergyDefaults energy = EnergyDefaults.read(in, origin, null);
          stale = energy.warnIfStale(DEFAULT_STALENESS_THRESHOLD, clock);
          catalog = energy;
        } else {
          AcceleratorCatalog specs = AcceleratorCatalog.read(in, origin, null);
          stale = specs.warnIfStale(DEFAULT_STALENESS_THRESHOLD, clock);
          catalog = specs;
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException("inference-econ bug: the bundled hardware catalogs are "
            + "invalid: " + e.getMessage(), e);
      }
      warn(warnings, stale);
      return (T) catalog;
    }
  }

  private static void warn(List<String> warnings, Optional<String> warning) {
    synchronized (warnings) {
      addIfPresent(warnings, warning);
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the accelerator catalog.
   *
   * @return the catalog, not null
   */
  public AcceleratorCatalog accelerators() {
    return accelerators.get();
  }

  /**
   * Returns the cloud rental catalog, resolved against {@link #accelerators()}.
   *
   * @return the catalog, not null
   */
  public CloudOfferCatalog cloudOffers() {
    return cloudOffers.get();
  }

  /**
   * Returns the energy figures.
   *
   * @return the figures, not null
   */
  public EnergyDefaults energy() {
    return energy.get();
  }

  /**
   * Returns the catalogs restricted to primary figures: the accelerators as
   * {@link AcceleratorCatalog#primaryOnly()} gives them, the offers read from the provider's
   * own pages or records whose accelerator remains, and the primary energy figures.
   *
   * <pre>{@code
   * HardwareCatalogs primary = HardwareCatalogs.bundled().primaryOnly();
   * primary.accelerators().get("l40s").peak(ComputeFormat.FP16);  // empty: only a reseller's
   *                                                                // copy of NVIDIA's table
   * }</pre>
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the restricted catalogs, not null
   */
  public HardwareCatalogs primaryOnly() {
    AcceleratorCatalog primary = accelerators().primaryOnly();
    return new HardwareCatalogs(primary, cloudOffers().primaryOnly(primary),
        energy().primaryOnly());
  }

  /**
   * Returns a cloud offer as a candidate for the planner: the offer's id, its accelerator's spec
   * and its hourly price. An offer of more than one device (an instance, or a cluster reserved
   * as a whole) is billed per instance: its price per instance-hour, exactly (the device price
   * times the devices, when published per device-hour), with the devices per instance; an
   * offer of one device is billed per device-hour.
   *
   * <pre>{@code
   * HardwareCatalogs hw = HardwareCatalogs.bundled();
   * for (CloudOffer offer : hw.cloudOffers().all()) {
   *   hw.hardwareOption(offer).ifPresent(request::addHardware);
   * }
   * }</pre>
   *
   * @param offer the offer, not null
   * @return the option, or empty when the accelerator lacks a figure its spec needs (the memory
   *     or the memory bandwidth)
   * @throws io.github.inferenceecon.core.UnknownNameException if the offer's accelerator is not
   *     in {@link #accelerators()}
   */
  public Optional<HardwareOption> hardwareOption(CloudOffer offer) {
    Objects.requireNonNull(offer, "offer");
    Optional<AcceleratorSpec> spec = accelerators().get(offer.accelerator()).spec();
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    HourlyPrice price = offer.price();
    if (price.basis() == PriceBasis.INSTANCE || offer.acceleratorCount() > 1) {
      return Optional.of(HardwareOption.ofInstance(offer.id(), spec.get(),
          offer.perInstanceHour(), offer.acceleratorCount()));
    }
    return Optional.of(HardwareOption.of(offer.id(), spec.get(), price));
  }

  /**
   * Returns every current offer that prices whole machines as a candidate for the planner
   * ({@link #hardwareOption(CloudOffer)}), in catalog order: offers neither
   * {@linkplain CloudOffer#isHistorical() historical} nor
   * {@linkplain CloudOffer#isAcceleratorOnly() priced for the accelerators alone} (their hosts
   * are billed on top, so the price understates the machine), whose accelerator has the figures
   * a spec needs.
   *
   * @return the options, not null
   */
  public List<HardwareOption> currentHardwareOptions() {
    List<HardwareOption> options = new ArrayList<>();
    for (CloudOffer offer : cloudOffers().all()) {
      if (!offer.isHistorical() && !offer.isAcceleratorOnly()) {
        hardwareOption(offer).ifPresent(options::add);
      }
    }
    return List.copyOf(options);
  }

  /**
   * Returns the energy inputs of an accelerator at this catalog's defaults: the device drawing
   * its thermal design power whenever busy and nothing idle ({@link PowerDraw#atTdp}), in a data
   * centre of the {@linkplain EnergyDefaults#defaultPue() default PUE}. The electricity price and
   * carbon intensity depend on where it runs and are left for the caller to add.
   *
   * <pre>{@code
   * hardware.defaultEnergyInputs(spec).map(in -> EnergyInputs.builder().from(in)
   *     .electricityPrice(EnergyPrice.perKilowattHour(Money.of("USD", "0.12"))).build());
   * }</pre>
   *
   * @param accelerator the accelerator, not null
   * @return the inputs, or empty when the accelerator has no thermal design power or the
   *     catalog no default PUE
   */
  public Optional<EnergyInputs> defaultEnergyInputs(AcceleratorSpec accelerator) {
    Objects.requireNonNull(accelerator, "accelerator");
    Optional<PueFigure> pue = energy().defaultPue();
    if (accelerator.thermalDesignPower().isEmpty() || pue.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(EnergyInputs.builder().draw(PowerDraw.atTdp(accelerator))
        .pue(pue.get().toDouble()).build());
  }

  /**
   * Returns the tiers of the figures {@link #defaultEnergyInputs(AcceleratorSpec)} reads for an
   * accelerator: the entry's {@code thermalDesignPower} (the draw when busy), then the
   * {@linkplain EnergyDefaults#defaultPue() default PUE} of this catalog's energy figures, named
   * {@code pue}. Add them to the tiers of the rest of an estimate that includes its energy:
   *
   * <pre>{@code
   * FigureTiers tiers = entry.tiersOf(AcceleratorEntry.figuresUsedBy(deployment), supplied);
   * FigureTiers withEnergy = hardware.defaultEnergyTiers(entry).map(tiers::plus).orElse(tiers);
   * }</pre>
   *
   * @param accelerator the accelerator's entry, such as {@code accelerators().get("h100-sxm")},
   *     not null
   * @return the tiers, in that order, or empty when the default energy inputs are (the entry
   *     has no thermal design power or the catalog no default PUE)
   */
  public Optional<FigureTiers> defaultEnergyTiers(AcceleratorEntry accelerator) {
    Objects.requireNonNull(accelerator, "accelerator");
    Optional<SourceTier> tdp = accelerator.tierOf(Figures.THERMAL_DESIGN_POWER);
    Optional<PueFigure> pue = energy().defaultPue();
    if (tdp.isEmpty() || pue.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(FigureTiers.empty().plus(Figures.THERMAL_DESIGN_POWER, tdp.get())
        .plus(PUE, pue.get().tier()));
  }

  /**
   * Returns the tier of a self-hosted estimate of a deployment priced by a cloud offer: the
   * weakest of the offer's tier and the tiers of the accelerator figures a performance estimate
   * of the deployment reads ({@link AcceleratorEntry#figuresUsedBy(Deployment)}).
   *
   * @param offer the offer that prices the devices, not null
   * @param deployment the deployment on the offer's accelerator, not null
   * @return the tier, or empty when the accelerator lacks a figure the estimate reads
   * @throws io.github.inferenceecon.core.UnknownNameException if the offer's accelerator is not
   *     in {@link #accelerators()}
   */
  public Optional<SourceTier> tierOf(CloudOffer offer, Deployment deployment) {
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(deployment, "deployment");
    return accelerators().get(offer.accelerator())
        .tierOf(AcceleratorEntry.figuresUsedBy(deployment)).map(offer.tier()::weakerOf);
  }

  /**
   * Checks if any of the three catalogs is older than a threshold.
   *
   * @param threshold the greatest age that is not stale, not negative, not null
   * @param clock the clock giving the current instant, not null
   * @return true if any catalog is stale
   * @throws IllegalArgumentException if the threshold is negative
   */
  public boolean isStale(Duration threshold, Clock clock) {
    return accelerators().isStale(threshold, clock) || cloudOffers().isStale(threshold, clock)
        || energy().isStale(threshold, clock);
  }

  /**
   * Logs a warning through SLF4J for each of the three catalogs that is older than a threshold,
   * and returns the warnings.
   *
   * @param threshold the greatest age that is not stale, not negative, not null
   * @param clock the clock giving the current instant, not null
   * @return the warnings logged, empty when no catalog is stale, not null
   * @throws IllegalArgumentException if the threshold is negative
   */
  public List<String> warnIfStale(Duration threshold, Clock clock) {
    List<String> warnings = new ArrayList<>();
    // plain adds rather than ifPresent(warnings::add): the bundled catalogs call this at
    // start-up, where each method reference costs a class of its own
    addIfPresent(warnings, accelerators().warnIfStale(threshold, clock));
    addIfPresent(warnings, cloudOffers().warnIfStale(threshold, clock));
    addIfPresent(warnings, energy().warnIfStale(threshold, clock));
    return List.copyOf(warnings);
  }

  private static void addIfPresent(List<String> warnings, Optional<String> warning) {
    if (warning.isPresent()) {
      warnings.add(warning.get());
    }
  }

  /**
   * Returns a short description of the three catalogs.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "HardwareCatalogs[" + accelerators() + ", " + cloudOffers() + ", " + energy() + "]";
  }

  //-----------------------------------------------------------------------
  /**
   * Loads user catalog files over base catalogs.
   *
   * <p>Each method reads its file or stream at once (so I/O errors surface there) and keeps
   * the bytes; {@link #load()} then validates everything and merges. Several files of one
   * kind may be given: a file given later takes precedence over one given earlier, and every
   * file over the base.
   *
   * <p>This class is mutable and not thread-safe; the catalogs it returns are immutable.
   */
  public static final class Loader {

    private final HardwareCatalogs base;
    private final List<Input> acceleratorInputs = new ArrayList<>();
    private final List<Input> offerInputs = new ArrayList<>();
    private final List<Input> energyInputs = new ArrayList<>();

    private static final class Input {
      final byte[] bytes;
      final String origin;

      Input(byte[] bytes, String origin) {
        this.bytes = bytes;
        this.origin = origin;
      }

      InputStream stream() {
        return new ByteArrayInputStream(bytes);
      }
    }

    private Loader(HardwareCatalogs base) {
      this.base = base;
    }

    /**
     * Adds an accelerator file, in the format of {@code accelerators.schema.json}.
     *
     * @param file the file, not null
     * @return this loader
     * @throws IOException if the file cannot be read
     */
    public Loader accelerators(Path file) throws IOException {
      acceleratorInputs.add(new Input(Files.readAllBytes(Objects.requireNonNull(file, "file")), file.toString()));
      return this;
    }

    /**
     * Adds accelerator data from a stream, read to its end and not closed.
     *
     * @param in the stream, not null
     * @param origin the name of the data in messages, such as a file name, not null
     * @return this loader
     * @throws IOException if the stream cannot be read
     */
    public Loader accelerators(InputStream in, String origin) throws IOException {
      acceleratorInputs.add(new Input(Objects.requireNonNull(in, "in").readAllBytes(), Objects.requireNonNull(origin,
          "origin")));
      return this;
    }

    /**
     * Adds a cloud rental file, in the format of {@code cloud-offers.schema.json}.
     *
     * @param file the file, not null
     * @return this loader
     * @throws IOException if the file cannot be read
     */
    public Loader cloudOffers(Path file) throws IOException {
      offerInputs.add(new Input(Files.readAllBytes(Objects.requireNonNull(file, "file")), file.toString()));
      return this;
    }

    /**
     * Adds cloud rental data from a stream, read to its end and not closed.
     *
     * @param in the stream, not null
     * @param origin the name of the data in messages, such as a file name, not null
     * @return this loader
     * @throws IOException if the stream cannot be read
     */
    public Loader cloudOffers(InputStream in, String origin) throws IOException {
      offerInputs.add(new Input(Objects.requireNonNull(in, "in").readAllBytes(), Objects.requireNonNull(origin, "origin")));
      return this;
    }

    /**
     * Adds an energy file, in the format of {@code energy.schema.json}.
     *
     * @param file the file, not null
     * @return this loader
     * @throws IOException if the file cannot be read
     */
    public Loader energy(Path file) throws IOException {
      energyInputs.add(new Input(Files.readAllBytes(Objects.requireNonNull(file, "file")), file.toString()));
      return this;
    }

    /**
     * Adds energy data from a stream, read to its end and not closed.
     *
     * @param in the stream, not null
     * @param origin the name of the data in messages, such as a file name, not null
     * @return this loader
     * @throws IOException if the stream cannot be read
     */
    public Loader energy(InputStream in, String origin) throws IOException {
      energyInputs.add(new Input(Objects.requireNonNull(in, "in").readAllBytes(), Objects.requireNonNull(origin, "origin")));
      return this;
    }

    /**
     * Validates every file given and merges them over the base catalogs.
     *
     * @return the merged catalogs, not null
     * @throws InvalidJsonException if any file is malformed or breaks a catalog rule, or an
     *     offer names an unknown accelerator; it lists every problem of every file, each with
     *     its file, JSON path, value and rule, and nothing is loaded
     */
    public HardwareCatalogs load() {
      List<InvalidJsonException> problems = new ArrayList<>();
      AcceleratorCatalog accelerators = base.accelerators();
      CloudOfferCatalog offers = base.cloudOffers();
      EnergyDefaults energy = base.energy();
      try {
        for (Input input : acceleratorInputs) {
          try {
            accelerators = AcceleratorCatalog.read(input.stream(), input.origin, accelerators);
          } catch (InvalidJsonException e) {
            problems.add(e);
          }
        }
        offers = offers.reboundTo(accelerators);
        for (Input input : offerInputs) {
          try {
            offers = CloudOfferCatalog.read(input.stream(), input.origin, offers, accelerators);
          } catch (InvalidJsonException e) {
            problems.add(e);
          }
        }
        for (Input input : energyInputs) {
          try {
            energy = EnergyDefaults.read(input.stream(), input.origin, energy);
          } catch (InvalidJsonException e) {
            problems.add(e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("inference-econ bug: reading bytes failed", e);
      }
      if (!problems.isEmpty()) {
        throw InvalidJsonException.of(problems);
      }
      return new HardwareCatalogs(accelerators, offers, energy);
    }
  }
}
