/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.UnknownNameException;
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

  /** The most components whose names are checked distinct pair by pair, without a set. */
  private static final int SHORT_BILL = 16;

  ApiCost() {}

  /**
   * Obtains the exact cost of a usage at a price card, explained component by component: 10,000
   * input tokens of which 8,000 are cache reads, and 1,000 output tokens, at USD 3 / 15 per million
   * with cache reads at 0.30, cost exactly USD 0.0234.
   *
   * <pre>{@code
   * ApiCost cost = ApiCost.of(card, ApiUsage.builder()
   *     .inputTokens(TokenCount.of(10_000))
   *     .cachedInputTokens(TokenCount.of(8_000))
   *     .outputTokens(TokenCount.of(1_000))
   *     .build());
   * cost.total();   // USD 0.0234
   * }</pre>
   *
   * <p>The rules, in order:
   * <ol>
   *   <li><b>Counting.</b> Cache reads and cache writes are part of the input tokens, reasoning
   *       tokens part of the output tokens ({@link ApiUsage}); each token is billed once. The
   *       components are {@code input} (uncached input), {@code cachedInput},
   *       {@code cacheWrite<ttl>} (such as {@code cacheWrite5m} and {@code cacheWrite1h}),
   *       {@code output} (visible output) and {@code reasoning}. Reasoning is billed at the card's
   *       reasoning rate if it has one, otherwise at the output rate. {@code input} and
   *       {@code output} always appear; the others only when they have tokens.</li>
   *   <li><b>Service tier.</b> A usage naming a service tier uses that tier's rates from
   *       {@link ApiPriceCard#serviceTiers()}. The names {@code default} and {@code standard} mean
   *       the base rates unless the card defines a tier of that name. Any other unknown name throws
   *       {@link UnknownNameException}.</li>
   *   <li><b>Long context.</b> When the card has a {@link LongContextTier} and the input
   *       exceeds its threshold, either every token moves to the tier's rates
   *       ({@link LongContextRule#ALL_TOKENS}) or only the input beyond the threshold does
   *       ({@link LongContextRule#EXCESS_TOKENS}); the latter appear as
   *       {@code longContextInput}, {@code longContextCachedInput} and
   *       {@code longContextCacheWrite<ttl>} components. The excess is taken from the end of the
   *       prompt, assuming the usual order of cache reads, then cache writes (longest-lived
   *       first), then uncached input.</li>
   *   <li><b>Batch.</b> Batch usage is priced at the card's {@code batch} service tier when it
   *       has one (or {@code <tier>-batch} with a named tier); otherwise every base rate is
   *       multiplied by {@code 1 - batchDiscount}.</li>
   *   <li><b>Unpriced.</b> A kind of token the selected rates do not price (a cache read on a card
   *       without a cache-read rate, a cache write of a lifetime the card does not list) is an
   *       unpriced component. When the card has no price at all for the combination asked for
   *       (batch usage on a card with no batch discount, a named service tier together with batch
   *       or above the long-context threshold), every component is unpriced and says why.</li>
   * </ol>
   *
   * <p>Laws, for fully priced results:
   * <ul>
   *   <li>the cost never decreases when tokens of any kind are added to a request, provided the
   *       long-context rates are not below the base rates (true of every published card);</li>
   *   <li>costs add across requests when no long-context tier applies (the threshold is per
   *       request);</li>
   *   <li>reading input from the cache instead of processing it never raises the bill, provided
   *       the cache-read rate is not above the input rate in each set of rates (true of every
   *       published card) and, under an {@link LongContextRule#EXCESS_TOKENS} tier, the request
   *       has no cache writes: there, more cache reads push cache-write tokens beyond the
   *       threshold, where they may cost more than the input they replace;</li>
   *   <li>a batch discount never raises the bill; batch cost is exactly the online cost times
   *       {@code 1 - discount}.</li>
   * </ul>
   *
   * <p>Results are exact decimals; nothing is rounded.
   *
   * @param card the price card, not null
   * @param usage the usage, not null
   * @return the cost, never rounded, not null
   * @throws UnknownNameException if the usage names a service tier the card does not have
   * @throws ArithmeticException if a rate's denominator is not a product of 2s and 5s and a
   *     quotient does not terminate (never for per-million or per-thousand rates)
   */
  public static ApiCost of(ApiPriceCard card, ApiUsage usage) {
    return ApiCostRules.cost(card, usage);
  }

  /**
   * Returns a new builder.
   *
   * <p>Most callers obtain costs from {@link #of(ApiPriceCard, ApiUsage)}; the builder exists
   * for JSON and tests.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableApiCost.builder();
  }

  /**
   * Builds an {@link ApiCost}; provider, model and currency are required.
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
    public abstract Builder from(ApiCost instance);

    /**
     * Sets the provider's id from the price card, such as {@code anthropic}. Required (see
     * {@link ApiCost#provider() provider}).
     *
     * @param provider the provider, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code provider} is null
     */
    public abstract Builder provider(String provider);

    /**
     * Sets the model's id from the price card, such as {@code claude-sonnet-4}. Required (see
     * {@link ApiCost#model() model}).
     *
     * @param model the model, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code model} is null
     */
    public abstract Builder model(String model);

    /**
     * Sets the currency of every amount. Required (see {@link ApiCost#currency() currency}).
     *
     * @param currency the currency, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code currency} is null
     */
    public abstract Builder currency(Currency currency);

    /**
     * Adds an element to {@link ApiCost#components() components}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addComponents(CostComponent element);

    /**
     * Adds elements to {@link ApiCost#components() components}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addComponents(CostComponent... elements);

    /**
     * Sets the components, one per kind of token, in bill order: input kinds, then output kinds.
     * Replaces any elements added before. Optional: if not set,
     * {@link ApiCost#components() components} is empty.
     *
     * @param elements the components, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder components(Iterable<? extends CostComponent> elements);

    /**
     * Adds elements to {@link ApiCost#components() components}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllComponents(Iterable<? extends CostComponent> elements);

    /**
     * Sets the date the price card took effect. Optional: if not set,
     * {@link ApiCost#effectiveFrom() effectiveFrom} is empty.
     *
     * @param effectiveFrom the date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveFrom} is null
     */
    public abstract Builder effectiveFrom(LocalDate effectiveFrom);

    /**
     * Sets {@link ApiCost#effectiveFrom() effectiveFrom} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param effectiveFrom the date, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveFrom} is null
     */
    public abstract Builder effectiveFrom(Optional<? extends LocalDate> effectiveFrom);

    /**
     * Sets the URL the price card was read from. Optional: if not set,
     * {@link ApiCost#source() source} is empty.
     *
     * @param source the source, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(String source);

    /**
     * Sets {@link ApiCost#source() source} to the value of an {@code Optional}, or to empty when it
     * is empty.
     *
     * @param source the source, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(Optional<String> source);

    /**
     * Sets the tier of the price card's source. Optional (see {@link ApiCost#tier() tier}).
     *
     * @param tier the tier, {@link SourceTier#PRIMARY} unless set, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code tier} is null
     */
    public abstract Builder tier(SourceTier tier);

    /**
     * Sets why the card was taken to be in force on the date asked for although its dates do not
     * show it, such as "no earlier price is known: the earliest card, listed on 2026-11-27 with no
     * effective date published, is assumed in force since before 2026-07-20". Optional: if not set,
     * {@link ApiCost#dateAssumption() dateAssumption} is empty.
     *
     * @param dateAssumption the reason, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code dateAssumption} is null
     */
    public abstract Builder dateAssumption(String dateAssumption);

    /**
     * Sets {@link ApiCost#dateAssumption() dateAssumption} to the value of an {@code Optional}, or
     * to empty when it is empty.
     *
     * @param dateAssumption the reason, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code dateAssumption} is null
     */
    public abstract Builder dateAssumption(Optional<String> dateAssumption);

    /**
     * Sets whether the usage went through the batch API. Optional (see
     * {@link ApiCost#isBatch() batch}).
     *
     * @param batch true if batched
     * @return this builder, not null
     */
    public abstract Builder batch(boolean batch);

    /**
     * Sets the batch discount applied to every rate, such as 0.5. Optional: if not set,
     * {@link ApiCost#batchDiscount() batchDiscount} is empty.
     *
     * @param batchDiscount the discount in [0, 1], not null
     * @return this builder, not null
     * @throws NullPointerException if {@code batchDiscount} is null
     */
    public abstract Builder batchDiscount(BigDecimal batchDiscount);

    /**
     * Sets {@link ApiCost#batchDiscount() batchDiscount} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param batchDiscount the discount in [0, 1], or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code batchDiscount} is null
     */
    public abstract Builder batchDiscount(Optional<? extends BigDecimal> batchDiscount);

    /**
     * Sets the named service tier whose rates were used. Optional: if not set,
     * {@link ApiCost#serviceTier() serviceTier} is empty.
     *
     * @param serviceTier the tier, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code serviceTier} is null
     */
    public abstract Builder serviceTier(String serviceTier);

    /**
     * Sets {@link ApiCost#serviceTier() serviceTier} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param serviceTier the tier, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code serviceTier} is null
     */
    public abstract Builder serviceTier(Optional<String> serviceTier);

    /**
     * Sets whether the card's long-context tier moved some or all tokens to its rates. Optional
     * (see {@link ApiCost#isLongContextApplied() longContextApplied}).
     *
     * @param longContextApplied true if the long-context tier applied
     * @return this builder, not null
     */
    public abstract Builder longContextApplied(boolean longContextApplied);

    /**
     * Adds an element to {@link ApiCost#assumptions() assumptions}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addAssumptions(String element);

    /**
     * Adds elements to {@link ApiCost#assumptions() assumptions}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAssumptions(String... elements);

    /**
     * Sets the assumptions and terms used, in words, such as "No batch discount". Replaces any
     * elements added before. Optional: if not set, {@link ApiCost#assumptions() assumptions} is
     * empty.
     *
     * @param elements the assumptions, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder assumptions(Iterable<String> elements);

    /**
     * Adds elements to {@link ApiCost#assumptions() assumptions}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllAssumptions(Iterable<String> elements);

    /**
     * Builds the {@link ApiCost}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link ApiCost} (the message
     *     names the field, the value and the rule)
     */
    public abstract ApiCost build();
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
    // every priced request is checked here: the handful of components of a bill are compared
    // pair by pair rather than through a hash set, and tested plainly rather than in capturing
    // lambdas, which allocate on each call
    List<CostComponent> components = components();
    Set<String> names = components.size() > SHORT_BILL ? new HashSet<>() : null;
    for (int i = 0; i < components.size(); i++) {
      CostComponent c = components.get(i);
      boolean repeated = names != null ? !names.add(c.name()) : hasNameBefore(components, i);
      if (repeated) {
        throw new IllegalArgumentException("Cost component names must be distinct: '" + c.name()
            + "'");
      }
      if (c.pricePerMillion().isPresent()
          && !c.pricePerMillion().get().currency().equals(currency())) {
        throw new CurrencyMismatchException(currency(), c.pricePerMillion().get().currency());
      }
    }
    if (dateAssumption().isPresent() && dateAssumption().get().isBlank()) {
      throw new IllegalArgumentException("Date assumption must not be blank: ''");
    }
    if (batchDiscount().isPresent()) {
      BigDecimal d = batchDiscount().get();
      if (!isBatch()) {
        throw new IllegalArgumentException("Batch discount applies only to batch usage: "
            + d.toPlainString());
      }
      if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("Batch discount must be in [0, 1]: "
            + d.toPlainString());
      }
    }
  }

  /** Checks if a component before the i-th has its name. */
  private static boolean hasNameBefore(List<CostComponent> components, int i) {
    String name = components.get(i).name();
    for (int j = 0; j < i; j++) {
      if (components.get(j).name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
