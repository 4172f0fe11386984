/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.cost;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The cost of one API request or usage record at a price card, explained line by line, such as
 * 'anthropic claude-sonnet-4: input 2000 tokens x USD 3 per 1M = USD 0.006; cachedInput 8000
 * tokens x USD 0.3 per 1M = USD 0.0024; output 1000 tokens x USD 15 per 1M = USD 0.015; total
 * USD 0.0234'.
 *
 * <p>The model: the card's provider, model, currency, effective date and source; the
 * {@link CostComponent components}, one per kind of token; the terms applied (batch discount,
 * service tier, long-context tier); the {@link SourceTier tier} of the card's source; whether the
 * card's date was assumed for the date asked for, and why; and the assumptions in words.
 *
 * <p><b>A partial price is never a total.</b> The {@link #total()} exists only when every
 * component is priced; otherwise it throws {@link PriceNotKnownException} naming the first
 * unpriced component and the rate its card lacks. Callers who want the priced part anyway ask
 * for {@link #pricedTotal()}, or {@link #findTotal()} to branch. In JSON, {@code total} is
 * present only when fully priced, {@code pricedTotal} always.
 *
 * <p>Nothing is rounded. Round the total for an invoice with
 * {@link Money#roundedToCurrency(java.math.RoundingMode)}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApiCost.class)
@JsonDeserialize(as = ImmutableApiCost.class)
@JsonIgnoreProperties(value = {"total", "pricedTotal", "fullyPriced", "dateAssumed"},
    allowGetters = true)
public abstract class ApiCost {

  ApiCost() {}

  /**
   * Returns a new builder.
   *
   * <p>Most callers obtain costs from {@link ApiCostCalculator}; the builder exists for JSON and
   * tests.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApiCost}; provider, model and currency are required. */
  public static final class Builder extends ImmutableApiCost.Builder {
    Builder() {}
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the provider's id from the price card, such as {@code anthropic}.
   *
   * @return the provider, not null
   */
  public abstract String provider();

  /**
   * Returns the model's id from the price card, such as {@code claude-sonnet-4}.
   *
   * @return the model, not null
   */
  public abstract String model();

  /**
   * Returns the currency of every amount.
   *
   * @return the currency, not null
   */
  public abstract Currency currency();

  /**
   * Returns the components, one per kind of token, in bill order: input kinds, then output
   * kinds.
   *
   * @return the components, not null
   */
  public abstract List<CostComponent> components();

  /**
   * Returns the date the price card took effect.
   *
   * @return the date, or empty when the card does not say
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * Returns the URL the price card was read from.
   *
   * @return the source, or empty when the card does not say
   */
  public abstract Optional<String> source();

  /**
   * Returns the tier of the price card's source.
   *
   * @return the tier, {@link SourceTier#PRIMARY} unless set, not null
   */
  @Value.Default
  public SourceTier tier() {
    return SourceTier.PRIMARY;
  }

  /**
   * Returns why the card was taken to be in force on the date asked for although its dates do
   * not show it, such as "no earlier price is known: the earliest card, listed on 2026-11-27
   * with no effective date published, is assumed in force since before 2026-07-20".
   *
   * @return the reason, or empty when the card's dates show it in force (or no date was asked
   *     for)
   */
  public abstract Optional<String> dateAssumption();

  /**
   * Checks if the card's date was assumed, as {@link #dateAssumption()} explains.
   *
   * @return true if assumed
   */
  @JsonProperty(value = "dateAssumed", access = JsonProperty.Access.READ_ONLY)
  public boolean isDateAssumed() {
    return dateAssumption().isPresent();
  }

  /**
   * Checks if the usage went through the batch API.
   *
   * @return true if batched
   */
  @Value.Default
  public boolean isBatch() {
    return false;
  }

  /**
   * Returns the batch discount applied to every rate, such as 0.5.
   *
   * @return the discount in [0, 1], or empty when none was applied
   */
  public abstract Optional<BigDecimal> batchDiscount();

  /**
   * Returns the named service tier whose rates were used.
   *
   * @return the tier, or empty for the card's base rates
   */
  public abstract Optional<String> serviceTier();

  /**
   * Checks if the card's long-context tier moved some or all tokens to its rates.
   *
   * @return true if the long-context tier applied
   */
  @Value.Default
  public boolean isLongContextApplied() {
    return false;
  }

  /**
   * Returns the assumptions and terms used, in words, such as "No batch discount".
   *
   * @return the assumptions, not null
   */
  public abstract List<String> assumptions();

  //-----------------------------------------------------------------------
  /**
   * Returns the exact total: the sum of every component.
   *
   * @return the total, not negative, not null
   * @throws PriceNotKnownException if a component is unpriced, naming it and the missing rate
   */
  @JsonIgnore
  public Money total() {
    for (CostComponent c : components()) {
      if (!c.isPriced()) {
        throw PriceNotKnownException.ofComponent(this, c);
      }
    }
    return pricedTotal();
  }

  /**
   * Finds the exact total: the sum of every component, when every component is priced.
   *
   * @return the total, or empty when a component is unpriced
   */
  @JsonProperty(value = "total", access = JsonProperty.Access.READ_ONLY)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public Optional<Money> findTotal() {
    return isFullyPriced() ? Optional.of(pricedTotal()) : Optional.empty();
  }

  /**
   * Returns the exact sum of the priced components only: a partial view, which leaves out the
   * {@link #unpricedComponents()}. It equals {@link #total()} when the cost is fully priced.
   *
   * @return the sum of the priced components, not negative, not null
   */
  @JsonProperty(value = "pricedTotal", access = JsonProperty.Access.READ_ONLY)
  public Money pricedTotal() {
    List<Money> costs = new ArrayList<>();
    for (CostComponent c : components()) {
      if (c.cost().isPresent()) {
        costs.add(c.cost().get());
      }
    }
    return Money.total(currency(), costs);
  }

  /**
   * Checks if every component is priced.
   *
   * @return true if the total covers every token
   */
  @JsonProperty(value = "fullyPriced", access = JsonProperty.Access.READ_ONLY)
  public boolean isFullyPriced() {
    return components().stream().allMatch(CostComponent::isPriced);
  }

  /**
   * Returns the components the card has no price for.
   *
   * @return the unpriced components, empty when fully priced, not null
   */
  @JsonIgnore
  public List<CostComponent> unpricedComponents() {
    List<CostComponent> out = new ArrayList<>();
    for (CostComponent c : components()) {
      if (!c.isPriced()) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns a copy of this cost marked as priced at a card whose date was assumed.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param reason why the card was taken to be in force, not blank, not null
   * @return the new instance, not null
   */
  public ApiCost withDateAssumption(String reason) {
    return builder().from(this).dateAssumption(reason).build();
  }

  /**
   * Returns the component of a name, such as {@code cachedInput}.
   *
   * @param name the component name, not null
   * @return the component, or empty when the bill has no such line
   */
  public Optional<CostComponent> component(String name) {
    Objects.requireNonNull(name, "name");
    return components().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * Returns the text form, an invoice such as:
   *
   * <pre>
   * anthropic claude-sonnet-4 (prices from 2025-05-22)
   *   input        2000 tokens x USD 3 per 1M = USD 0.006
   *   cachedInput  8000 tokens x USD 0.3 per 1M = USD 0.0024
   *   output       1000 tokens x USD 15 per 1M = USD 0.015
   *   total        USD 0.0234
   *   assumptions: ...
   * </pre>
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(provider()).append(' ').append(model());
    effectiveFrom().ifPresent(d -> b.append(" (prices from ").append(d).append(')'));
    b.append(" [").append(tier()).append(']');
    int width = "total".length();
    for (CostComponent c : components()) {
      width = Math.max(width, c.name().length());
    }
    for (CostComponent c : components()) {
      b.append("\n  ").append(pad(c.name(), width)).append("  ").append(c.line());
    }
    b.append("\n  ").append(pad("total", width)).append("  ").append(pricedTotal());
    if (!isFullyPriced()) {
      b.append(" (priced part only; unpriced:");
      for (CostComponent c : unpricedComponents()) {
        b.append(' ').append(c.name());
      }
      b.append(')');
    }
    for (String a : assumptions()) {
      b.append("\n  - ").append(a);
    }
    dateAssumption().ifPresent(a -> b.append("\n  - Date assumed: ").append(a));
    source().ifPresent(s -> b.append("\n  source: ").append(s));
    return b.toString();
  }

  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }

  @Value.Check
  protected final void check() {
    if (provider().isBlank()) {
      throw new IllegalArgumentException("Cost provider must not be blank: ''");
    }
    if (model().isBlank()) {
      throw new IllegalArgumentException("Cost model must not be blank: ''");
    }
    Set<String> names = new HashSet<>();
    for (CostComponent c : components()) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("Cost component names must be distinct: '" + c.name()
            + "'");
      }
      c.pricePerMillion().ifPresent(m -> {
        if (!m.currency().equals(currency())) {
          throw new CurrencyMismatchException(currency(), m.currency());
        }
      });
    }
    if (dateAssumption().isPresent() && dateAssumption().get().isBlank()) {
      throw new IllegalArgumentException("Date assumption must not be blank: ''");
    }
    batchDiscount().ifPresent(d -> {
      if (!isBatch()) {
        throw new IllegalArgumentException("Batch discount applies only to batch usage: "
            + d.toPlainString());
      }
      if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("Batch discount must be in [0, 1]: "
            + d.toPlainString());
      }
    });
  }
}
