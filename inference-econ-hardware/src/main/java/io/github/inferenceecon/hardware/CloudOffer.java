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
    return ImmutableCloudOffer.builder();
  }

  /**
   * Builds a {@link CloudOffer}. Required: id, provider, instance type, accelerator, accelerator
   * count, pricing model, price and source.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(CloudOffer instance);

    /**
     * Sets the id, lower case, provider-prefixed, such as
     * {@code digitalocean-gpu-h100x8-on-demand}. Required (see {@link CloudOffer#id() id}).
     *
     * @param id the id, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code id} is null
     */
    public abstract Builder id(String id);

    /**
     * Sets the provider, such as {@code DigitalOcean}. Required (see
     * {@link CloudOffer#provider() provider}).
     *
     * @param provider the provider, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code provider} is null
     */
    public abstract Builder provider(String provider);

    /**
     * Sets the provider's instance type or plan, such as {@code p5.48xlarge}. Required (see
     * {@link CloudOffer#instanceType() instanceType}).
     *
     * @param instanceType the instance type, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instanceType} is null
     */
    public abstract Builder instanceType(String instanceType);

    /**
     * Sets the id of the accelerator in the accelerator catalog, such as {@code nvidia-h100-sxm}.
     * Required (see {@link CloudOffer#accelerator() accelerator}).
     *
     * @param accelerator the accelerator id, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code accelerator} is null
     */
    public abstract Builder accelerator(String accelerator);

    /**
     * Sets the provider's own name for the accelerator, such as {@code 8 x H100 (640 GB HBM3)}.
     * Optional: if not set, {@link CloudOffer#acceleratorAsPublished() acceleratorAsPublished} is
     * empty.
     *
     * @param acceleratorAsPublished the name as published, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code acceleratorAsPublished} is null
     */
    public abstract Builder acceleratorAsPublished(String acceleratorAsPublished);

    /**
     * Sets {@link CloudOffer#acceleratorAsPublished() acceleratorAsPublished} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param acceleratorAsPublished the name as published, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code acceleratorAsPublished} is null
     */
    public abstract Builder acceleratorAsPublished(Optional<String> acceleratorAsPublished);

    /**
     * Sets whether the provider's name does not identify the exact part (such as the form factor)
     * and the catalog's default part for that name was assumed; false by default. Optional (see
     * {@link CloudOffer#isVariantAssumed() variantAssumed}).
     *
     * @param variantAssumed true if the accelerator variant is assumed
     * @return this builder, not null
     */
    public abstract Builder variantAssumed(boolean variantAssumed);

    /**
     * Sets the number of accelerators in one instance. Required (see
     * {@link CloudOffer#acceleratorCount() acceleratorCount}).
     *
     * @param acceleratorCount the count, positive
     * @return this builder, not null
     */
    public abstract Builder acceleratorCount(int acceleratorCount);

    /**
     * Sets the provider's region code, such as {@code us-east-1}. Optional: if not set,
     * {@link CloudOffer#region() region} is empty.
     *
     * @param region the region, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code region} is null
     */
    public abstract Builder region(String region);

    /**
     * Sets {@link CloudOffer#region() region} to the value of an {@code Optional}, or to empty when
     * it is empty.
     *
     * @param region the region, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code region} is null
     */
    public abstract Builder region(Optional<String> region);

    /**
     * Sets the provider's name for the region, such as {@code US East (N. Virginia)}. Optional: if
     * not set, {@link CloudOffer#regionName() regionName} is empty.
     *
     * @param regionName the name, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code regionName} is null
     */
    public abstract Builder regionName(String regionName);

    /**
     * Sets {@link CloudOffer#regionName() regionName} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param regionName the name, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code regionName} is null
     */
    public abstract Builder regionName(Optional<String> regionName);

    /**
     * Sets how the price is bought. Required (see {@link CloudOffer#pricingModel() pricingModel}).
     *
     * @param pricingModel the pricing model, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code pricingModel} is null
     */
    public abstract Builder pricingModel(PricingModel pricingModel);

    /**
     * Sets the price per instance-hour or per device-hour, as published (or converted exactly from
     * another unit, see {@link CloudOffer#priceAsPublished()}). Required (see
     * {@link CloudOffer#price() price}).
     *
     * @param price the price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code price} is null
     */
    public abstract Builder price(HourlyPrice price);

    /**
     * Sets the price as published when it was in another unit, such as
     * {@code USD 0.00093 per device-second}; {@link CloudOffer#price()} is then the exact
     * conversion. Optional: if not set, {@link CloudOffer#priceAsPublished() priceAsPublished} is
     * empty.
     *
     * @param priceAsPublished the published price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code priceAsPublished} is null
     */
    public abstract Builder priceAsPublished(String priceAsPublished);

    /**
     * Sets {@link CloudOffer#priceAsPublished() priceAsPublished} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param priceAsPublished the published price, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code priceAsPublished} is null
     */
    public abstract Builder priceAsPublished(Optional<String> priceAsPublished);

    /**
     * Sets whether the price covers the accelerators alone, with host vCPUs and memory billed on
     * top (a per-component price list); false by default. Optional (see
     * {@link CloudOffer#isAcceleratorOnly() acceleratorOnly}).
     *
     * @param acceleratorOnly true if the price is for the accelerators only
     * @return this builder, not null
     */
    public abstract Builder acceleratorOnly(boolean acceleratorOnly);

    /**
     * Sets whether the price is known to be superseded; such offers are kept as dated history and
     * left out of cheapest-offer searches unless asked for. Optional (see
     * {@link CloudOffer#isHistorical() historical}).
     *
     * @param historical true if historical
     * @return this builder, not null
     */
    public abstract Builder historical(boolean historical);

    /**
     * Sets the first date the price applied, when an official source states it. Optional: if not
     * set, {@link CloudOffer#effectiveFrom() effectiveFrom} is empty.
     *
     * @param effectiveFrom the date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveFrom} is null
     */
    public abstract Builder effectiveFrom(LocalDate effectiveFrom);

    /**
     * Sets {@link CloudOffer#effectiveFrom() effectiveFrom} to the value of an {@code Optional}, or
     * to empty when it is empty.
     *
     * @param effectiveFrom the date, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveFrom} is null
     */
    public abstract Builder effectiveFrom(Optional<? extends LocalDate> effectiveFrom);

    /**
     * Sets the first date the price no longer applied (an exclusive end), when known. Optional: if
     * not set, {@link CloudOffer#effectiveUntil() effectiveUntil} is empty.
     *
     * @param effectiveUntil the date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveUntil} is null
     */
    public abstract Builder effectiveUntil(LocalDate effectiveUntil);

    /**
     * Sets {@link CloudOffer#effectiveUntil() effectiveUntil} to the value of an {@code Optional},
     * or to empty when it is empty.
     *
     * @param effectiveUntil the date, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveUntil} is null
     */
    public abstract Builder effectiveUntil(Optional<? extends LocalDate> effectiveUntil);

    /**
     * Sets where the price was published and when it was read. Required (see
     * {@link CloudOffer#source() source}).
     *
     * @param source the source, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(Source source);

    /**
     * Adds an element to {@link CloudOffer#notes() notes}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addNotes(String element);

    /**
     * Adds elements to {@link CloudOffer#notes() notes}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addNotes(String... elements);

    /**
     * Sets notes: how the price was read, what it includes, what was assumed. Replaces any elements
     * added before. Optional: if not set, {@link CloudOffer#notes() notes} is empty.
     *
     * @param elements the notes, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder notes(Iterable<String> elements);

    /**
     * Adds elements to {@link CloudOffer#notes() notes}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllNotes(Iterable<String> elements);

    /**
     * Builds the {@link CloudOffer}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link CloudOffer} (the
     *     message names the field, the value and the rule)
     */
    public abstract CloudOffer build();
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
