/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
 * service tier, long-context tier); and the assumptions in words. The {@link #total()} is the
 * exact sum of the priced components. When the card does not price some tokens, those
 * components are unpriced, {@link #isFullyPriced()} is false and the total covers only what is
 * priced: an unpriced part is never counted as zero without saying so.
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
@JsonIgnoreProperties(value = {"total", "fullyPriced"}, allowGetters = true)
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
   * Returns the exact sum of the priced components.
   *
   * <p>When {@link #isFullyPriced()} is false, this leaves out the unpriced components; see
   * {@link #unpricedComponents()}.
   *
   * @return the total, not negative, not null
   */
  @JsonProperty(value = "total", access = JsonProperty.Access.READ_ONLY)
  public Money total() {
    List<Money> costs = new ArrayList<>();
    for (CostComponent c : components()) {
      c.cost().ifPresent(costs::add);
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
    int width = "total".length();
    for (CostComponent c : components()) {
      width = Math.max(width, c.name().length());
    }
    for (CostComponent c : components()) {
      b.append("\n  ").append(pad(c.name(), width)).append("  ").append(c.line());
    }
    b.append("\n  ").append(pad("total", width)).append("  ").append(total());
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
