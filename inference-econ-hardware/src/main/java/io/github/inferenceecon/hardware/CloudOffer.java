/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.internal.InvalidFieldException;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One price at which a cloud provider rents accelerators, such as 'DigitalOcean GPU Droplet,
 * 8 x NVIDIA H100, on demand, USD 23.92 per instance-hour, page dated 2026-05-29, read
 * 2026-11-27'.
 *
 * <p>The model: the provider, its instance type, the accelerator (an id of the accelerator
 * catalog, with the provider's own name for it) and how many one instance has, the region, the
 * {@link PricingModel}, the {@link HourlyPrice} (per instance-hour or per device-hour, never
 * ambiguous), the dates it applied, the {@link Source} (with its {@link SourceTier}) and notes.
 * Flags say when the provider's
 * name does not identify the exact part ({@link #isVariantAssumed()}), when the price is known
 * to be superseded ({@link #isHistorical()}) and when it covers the accelerators alone
 * ({@link #isAcceleratorOnly()}).
 *
 * <p>Money is exact: {@link #perDeviceHour()} divides an instance price by the device count
 * exactly, and throws {@link ArithmeticException} when the quotient does not terminate; the
 * overload with a {@link MathContext} rounds.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@JsonSerialize(as = ImmutableCloudOffer.class)
@JsonDeserialize(as = ImmutableCloudOffer.class)
public abstract class CloudOffer {

  CloudOffer() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CloudOffer}. Required: id, provider, instance type, accelerator,
   * accelerator count, pricing model, price and source.
   */
  public static final class Builder extends ImmutableCloudOffer.Builder {
    Builder() {}
  }

  /**
   * Returns the id, lower case, provider-prefixed, such as
   * {@code digitalocean-gpu-h100x8-on-demand}.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Returns the provider, such as {@code DigitalOcean}.
   *
   * @return the provider, not blank, not null
   */
  public abstract String provider();

  /**
   * Returns the provider's instance type or plan, such as {@code p5.48xlarge}.
   *
   * @return the instance type, not blank, not null
   */
  public abstract String instanceType();

  /**
   * Returns the id of the accelerator in the accelerator catalog, such as
   * {@code nvidia-h100-sxm}. A catalog resolves an alias given in a file to this id.
   *
   * @return the accelerator id, not null
   */
  public abstract String accelerator();

  /**
   * Returns the provider's own name for the accelerator, such as {@code 8 x H100 (640 GB
   * HBM3)}.
   *
   * @return the name as published, or empty
   */
  public abstract Optional<String> acceleratorAsPublished();

  /**
   * Checks if the provider's name does not identify the exact part (such as the form factor)
   * and the catalog's default part for that name was assumed; false by default.
   *
   * @return true if the accelerator variant is assumed
   */
  @Value.Default
  public boolean isVariantAssumed() {
    return false;
  }

  /**
   * Returns the number of accelerators in one instance.
   *
   * @return the count, positive
   */
  public abstract int acceleratorCount();

  /**
   * Returns the provider's region code, such as {@code us-east-1}.
   *
   * @return the region, or empty when the provider publishes one rate for every region or
   *     states none (the notes say which)
   */
  public abstract Optional<String> region();

  /**
   * Returns the provider's name for the region, such as {@code US East (N. Virginia)}.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> regionName();

  /**
   * Returns how the price is bought.
   *
   * @return the pricing model, not null
   */
  public abstract PricingModel pricingModel();

  /**
   * Returns the price per instance-hour or per device-hour, as published (or converted exactly
   * from another unit, see {@link #priceAsPublished()}).
   *
   * @return the price, not null
   */
  public abstract HourlyPrice price();

  /**
   * Returns the price as published when it was in another unit, such as
   * {@code USD 0.00093 per device-second}; {@link #price()} is then the exact conversion.
   *
   * @return the published price, or empty when {@link #price()} is as published
   */
  public abstract Optional<String> priceAsPublished();

  /**
   * Checks if the price covers the accelerators alone, with host vCPUs and memory billed on top
   * (a per-component price list); false by default.
   *
   * @return true if the price is for the accelerators only
   */
  @Value.Default
  public boolean isAcceleratorOnly() {
    return false;
  }

  /**
   * Checks if the price is known to be superseded; such offers are kept as dated history and
   * left out of cheapest-offer searches unless asked for. False by default.
   *
   * @return true if historical
   */
  @Value.Default
  public boolean isHistorical() {
    return false;
  }

  /**
   * Returns the first date the price applied, when an official source states it.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * Returns the first date the price no longer applied (an exclusive end), when known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * Returns where the price was published and when it was read.
   *
   * @return the source, not null
   */
  public abstract Source source();

  /**
   * Returns notes: how the price was read, what it includes, what was assumed.
   *
   * @return the notes, not null
   */
  public abstract List<String> notes();

  //-----------------------------------------------------------------------
  /**
   * Returns the tier of the price: that of its {@link #source()}, {@link SourceTier#PRIMARY}
   * for the provider's own page or price records.
   *
   * @return the tier, not null
   */
  @JsonIgnore
  public SourceTier tier() {
    return source().tier();
  }

  /**
   * Returns the price of one accelerator for one hour, exactly: the price itself when it is per
   * device-hour, otherwise the instance price divided by {@link #acceleratorCount()}.
   *
   * @return the price per device-hour, not null
   * @throws ArithmeticException if the division does not terminate (use
   *     {@link #perDeviceHour(MathContext)})
   */
  public HourlyPrice perDeviceHour() {
    return price().basis() == PriceBasis.DEVICE ? price() : price().perDevice(acceleratorCount());
  }

  /**
   * Returns the price of one accelerator for one hour, rounded to a precision when the division
   * of an instance price does not terminate.
   *
   * @param context the precision and rounding, not null
   * @return the price per device-hour, not null
   */
  public HourlyPrice perDeviceHour(MathContext context) {
    Objects.requireNonNull(context, "context");
    return price().basis() == PriceBasis.DEVICE ? price()
        : price().perDevice(acceleratorCount(), context);
  }

  /**
   * Returns the price of one whole instance for one hour, exactly: the price itself when it is
   * per instance-hour, otherwise the device price times {@link #acceleratorCount()}. For an
   * {@linkplain #isAcceleratorOnly() accelerator-only} price this covers the accelerators only.
   *
   * @return the price per instance-hour, not null
   */
  public HourlyPrice perInstanceHour() {
    if (price().basis() == PriceBasis.INSTANCE) {
      return price();
    }
    return HourlyPrice.perInstanceHour(price().price().multipliedBy(acceleratorCount()));
  }

  /**
   * Compares the price per device-hour of this offer with another's, exactly (without dividing).
   *
   * @param other the other offer, in the same currency, not null
   * @return negative, zero or positive as this offer is cheaper, equal or dearer per device-hour
   * @throws io.github.inferenceecon.core.money.CurrencyMismatchException if the currencies differ
   */
  public int comparePerDeviceHour(CloudOffer other) {
    Objects.requireNonNull(other, "other");
    Money a = price().price();
    Money b = other.price().price();
    if (!a.isSameCurrency(b)) {
      throw new CurrencyMismatchException(a.currency(),
          b.currency());
    }
    // a / na <=> b / nb  is  a * nb <=> b * na, with positive counts.
    BigDecimal left = a.amount().multiply(BigDecimal.valueOf(other.devicesPerPriceUnit()));
    BigDecimal right = b.amount().multiply(BigDecimal.valueOf(devicesPerPriceUnit()));
    return left.compareTo(right);
  }

  private int devicesPerPriceUnit() {
    return price().basis() == PriceBasis.INSTANCE ? acceleratorCount() : 1;
  }

  @Value.Check
  protected final void check() {
    Figures.id(id(), "Offer");
    Figures.notBlank(provider(), "provider", "Offer provider");
    Figures.notBlank(instanceType(), "instanceType", "Offer instance type");
    Figures.notBlank(accelerator(), "accelerator", "Offer accelerator");
    Figures.notBlank(acceleratorAsPublished(), "acceleratorAsPublished",
        "Published accelerator name");
    if (acceleratorCount() <= 0) {
      throw new InvalidFieldException("acceleratorCount", "Accelerator count must be positive: "
          + acceleratorCount());
    }
    Figures.notBlank(region(), "region", "Offer region");
    Figures.notBlank(regionName(), "regionName", "Offer region name");
    Figures.notBlank(priceAsPublished(), "priceAsPublished", "Published price");
    if (effectiveFrom().isPresent() && effectiveUntil().isPresent()
        && !effectiveUntil().get().isAfter(effectiveFrom().get())) {
      throw new InvalidFieldException("effectiveUntil", "Offer must end after it starts: "
          + effectiveFrom().get() + " to " + effectiveUntil().get());
    }
    if (!source().figures().isEmpty()) {
      throw new InvalidFieldException("source.figures", "Offer source must not name figures: "
          + source().figures());
    }
    for (String note : notes()) {
      Figures.notBlank(note, "notes", "Note");
    }
  }

  /**
   * Returns the text form, such as {@code DigitalOcean GPU Droplet: 8 x nvidia-h100-sxm,
   * ON_DEMAND, USD 23.92 per instance-hour}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return provider() + " " + instanceType() + ": " + acceleratorCount() + " x " + accelerator()
        + ", " + pricingModel() + ", " + price();
  }
}
