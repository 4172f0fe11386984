/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.CacheWritePrice;
import io.github.inferenceecon.core.billing.LongContextRule;
import io.github.inferenceecon.core.billing.LongContextTier;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.internal.JsonCursor;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one price-catalog document in the catalog's own format (schema
 * {@code price-catalog.schema.json}, one provider per document) into a provider and its models,
 * with {@link JsonCursor}: every rule is checked at load, every problem of the document is
 * reported, and a document with a problem yields nothing.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
final class CatalogReader {

  /** The only schema version this reader understands. */
  static final int SCHEMA_VERSION = 2;

  private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000);
  private static final long MAX_TOKENS = 1_000_000_000_000L;

  private static final String[] DOCUMENT = {"schemaVersion", "publishedOn", "provider",
      "currency", "models", "gaps"};
  private static final String[] PROVIDER = {"id", "name", "aliases", "pricingUrl",
      "modelIdPrefixes", "note"};
  private static final String[] MODEL = {"id", "name", "aliases", "aliasesNote", "openWeights",
      "baseModel", "contextWindow", "maxOutputTokens", "note", "conflicts", "cards"};
  private static final String[] CARD = {"effectiveFrom", "effectiveUntil", "listedOn", "tier",
      "source", "input", "output", "cachedInput", "cacheWrites", "reasoning", "batchDiscount",
      "longContext", "serviceTiers", "note"};
  private static final String[] SOURCE = {"url", "read", "sourceDate", "copy"};
  private static final String[] RATES = {"input", "output", "cachedInput", "cacheWrites",
      "reasoning"};
  private static final String[] LONG_CONTEXT = {"aboveInputTokens", "fromInputTokens",
      "appliesTo", "input", "output", "cachedInput", "cacheWrites", "reasoning"};
  private static final String[] CACHE_WRITE = {"ttl", "price"};
  private static final String[] CONFLICT = {"field", "detail", "sources", "chosen"};
  private static final String[] GAP = {"model", "what", "reason"};

  private CatalogReader() {}

  /** A match rule of the open catalog: ids that match it name a model. */
  static final class Rule {
    final ModelMatch match;
    final String model;

    Rule(ModelMatch match, String model) {
      this.match = match;
      this.model = model;
    }
  }

  /** One document read: its provider, models and match rules. */
  static final class Document {
    private final String name;
    private final CatalogProvider provider;
    private final List<CatalogModel> models;
    private final NameMatcher<CatalogModel> names;
    private final List<Rule> rules;
    private final @Nullable LocalDate publishedOn;

    Document(String name, CatalogProvider provider, List<CatalogModel> models,
        NameMatcher<CatalogModel> names, List<Rule> rules, @Nullable LocalDate publishedOn) {
      this.name = name;
      this.provider = provider;
      this.models = List.copyOf(models);
      this.names = names;
      this.rules = List.copyOf(rules);
      this.publishedOn = publishedOn;
    }

    /** The date the document states it was compiled, or the feed's date. */
    @Nullable LocalDate publishedOn() {
      return publishedOn;
    }

    /** The match rules, in the order they are tried. */
    List<Rule> rules() {
      return rules;
    }

    String name() {
      return name;
    }

    CatalogProvider provider() {
      return provider;
    }

    List<CatalogModel> models() {
      return models;
    }

    /** The models' name index, built while reading, where a clash is reported. */
    NameMatcher<CatalogModel> names() {
      return names;
    }
  }

  /**
   * Reads a document.
   *
   * @param in the JSON, not null; not closed
   * @param name the document's name for messages, such as its file name, not null
   * @return the document, not null
   * @throws InvalidJsonException if the content is not a valid catalog, naming every problem
   * @throws IOException if reading fails
   */
  static Document read(InputStream in, String name) throws IOException {
    JsonCursor doc = JsonCursor.read(in, name).object(DOCUMENT);
    JsonCursor version = doc.field("schemaVersion");
    if (version.whole(Integer.MIN_VALUE, Integer.MAX_VALUE) != SCHEMA_VERSION) {
      throw version.fail("Schema version must be " + SCHEMA_VERSION);
    }
    CatalogProvider provider = provider(doc.field("provider"));
    JsonCursor currencyAt = doc.field("currency");
    Currency currency = currency(currencyAt);
    List<CatalogModel> models = new ArrayList<>();
    NameMatcher.Builder<CatalogModel> names = NameMatcher.builder(provider.id().concat(" model"));
    JsonCursor modelsAt = doc.optional("models");
    if (modelsAt != null) {
      for (JsonCursor m : modelsAt.elements()) {
        try {
          CatalogModel model = model(m, provider.id(), currency);
          try {
            names.add(model.id(), model.aliases(), model);
          } catch (IllegalArgumentException e) {
            throw m.field("aliases").fail(e);
          }
          models.add(model);
        } catch (InvalidJsonException e) {
          m.recover(e);
        }
      }
    }
    JsonCursor gaps = doc.optional("gaps");
    if (gaps != null) {
      for (JsonCursor g : gaps.elements()) {
        g.object(GAP);
        g.field("model").text();
        g.field("what").text();
        g.field("reason").text();
      }
    }
    JsonCursor published = doc.optional("publishedOn");
    LocalDate publishedOn = published == null ? null : published.date();
    doc.throwIfProblems();
    return new Document(name, provider, models, names.build(), List.of(), publishedOn);
  }

  /**
   * Reads an ISO 4217 currency code of a currency with minor units: codes such as {@code XXX}
   * (no currency), {@code XTS} (testing) or {@code XAU} (gold) are not prices.
   */
  static Currency currency(JsonCursor at) {
    String code = at.text();
    try {
      Currency currency = Currency.getInstance(code);
      if (currency.getDefaultFractionDigits() >= 0) {
        return currency;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw at.fail("Currency must be an ISO 4217 currency code");
  }

  private static CatalogProvider provider(JsonCursor p) {
    p.object(PROVIDER);
    try {
      return CatalogProvider.builder()
          .id(p.field("id").text())
          .name(optionalText(p, "name"))
          .aliases(texts(p, "aliases"))
          .pricingUrl(optionalText(p, "pricingUrl"))
          .modelIdPrefixes(texts(p, "modelIdPrefixes"))
          .note(optionalText(p, "note"))
          .build();
    } catch (IllegalArgumentException e) {
      throw p.fail(e);
    }
  }

  private static CatalogModel model(JsonCursor m, String provider, Currency currency) {
    m.object(MODEL);
    String id = m.field("id").text();
    List<CatalogCard> cards = new ArrayList<>();
    JsonCursor cardsAt = m.optional("cards");
    if (cardsAt != null) {
      for (JsonCursor c : cardsAt.elements()) {
        cards.add(card(c, provider, id, currency));
      }
    }
    List<String> conflicts = new ArrayList<>();
    JsonCursor conflictsAt = m.optional("conflicts");
    if (conflictsAt != null) {
      for (JsonCursor c : conflictsAt.elements()) {
        conflicts.add(conflict(c));
      }
    }
    CatalogModel.Builder b = CatalogModel.builder()
        .provider(provider)
        .id(id)
        .name(optionalText(m, "name"))
        .aliases(texts(m, "aliases"))
        .aliasesNote(optionalText(m, "aliasesNote"))
        .baseModel(optionalText(m, "baseModel"))
        .note(optionalText(m, "note"))
        .conflicts(conflicts)
        .cards(cards);
    JsonCursor open = m.optional("openWeights");
    if (open != null) {
      b.openWeights(open.bool());
    }
    JsonCursor window = m.optional("contextWindow");
    if (window != null) {
      b.contextWindow(TokenCount.of(window.whole(1, MAX_TOKENS)));
    }
    JsonCursor maxOutput = m.optional("maxOutputTokens");
    if (maxOutput != null) {
      b.maxOutputTokens(TokenCount.of(maxOutput.whole(1, MAX_TOKENS)));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw (e.getMessage().startsWith("Price cards") ? m.field("cards") : m).fail(e);
    }
  }

  private static String conflict(JsonCursor c) {
    c.object(CONFLICT);
    StringBuilder b = new StringBuilder();
    JsonCursor field = c.optional("field");
    if (field != null) {
      b.append(field.text()).append(": ");
    }
    b.append(c.field("detail").text());
    List<String> sources = texts(c, "sources");
    if (!sources.isEmpty()) {
      b.append(" Sources: ").append(String.join(", ", sources)).append('.');
    }
    JsonCursor chosen = c.optional("chosen");
    if (chosen != null) {
      b.append(" Chosen: ").append(chosen.text()).append('.');
    }
    return b.toString();
  }

  private static CatalogCard card(JsonCursor c, String provider, String model,
      Currency currency) {
    c.object(CARD);
    ApiPriceCard.Builder b = ApiPriceCard.builder()
        .provider(provider)
        .model(model)
        .rates(rates(c, currency));
    JsonCursor batch = c.optional("batchDiscount");
    if (batch != null) {
      b.batchDiscount(batch.decimal(BigDecimal.ZERO, BigDecimal.ONE));
    }
    JsonCursor longContext = c.optional("longContext");
    if (longContext != null) {
      b.longContext(longContext(longContext, currency));
    }
    JsonCursor tiers = c.optional("serviceTiers");
    if (tiers != null) {
      for (JsonCursor tier : tiers.fields()) {
        if (tier.name().isBlank()) {
          throw tier.fail("Service tier name must not be blank");
        }
        b.putServiceTiers(tier.name(), rates(tier.object(RATES), currency));
      }
    }
    JsonCursor from = c.optional("effectiveFrom");
    if (from != null) {
      b.effectiveFrom(from.date());
    }
    JsonCursor until = c.optional("effectiveUntil");
    if (until != null) {
      b.effectiveUntil(until.date());
    }
    JsonCursor tier = c.optional("tier");
    if (tier != null) {
      b.tier(tier.constant(SourceTier.class));
    }
    CatalogCard.Builder card = CatalogCard.builder();
    JsonCursor source = c.field("source").object(SOURCE);
    b.source(source.field("url").text());
    JsonCursor read = source.optional("read");
    if (read != null) {
      card.sourceRead(read.date());
    }
    JsonCursor sourceDate = source.optional("sourceDate");
    if (sourceDate != null) {
      card.sourceDate(sourceDate.date());
    }
    card.copy(optionalText(source, "copy"));
    JsonCursor listed = c.optional("listedOn");
    if (listed != null) {
      card.listedOn(listed.date());
    }
    card.note(optionalText(c, "note"));
    try {
      return card.priceCard(b.build()).build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  private static LongContextTier longContext(JsonCursor l, Currency currency) {
    l.object(LONG_CONTEXT);
    JsonCursor above = l.optional("aboveInputTokens");
    JsonCursor from = l.optional("fromInputTokens");
    if ((above == null) == (from == null)) {
      throw l.fail("Long-context tier must have exactly one of aboveInputTokens and "
          + "fromInputTokens");
    }
    long threshold = above != null ? above.whole(1, MAX_TOKENS)
        : Objects.requireNonNull(from).whole(2, MAX_TOKENS) - 1;
    return LongContextTier.of(TokenCount.of(threshold),
        l.field("appliesTo").constant(LongContextRule.class), rates(l, currency));
  }

  private static TokenRates rates(JsonCursor r, Currency currency) {
    TokenRates.Builder b = TokenRates.builder()
        .input(price(r.field("input"), currency))
        .output(price(r.field("output"), currency));
    JsonCursor cached = r.optional("cachedInput");
    if (cached != null) {
      b.cachedInput(price(cached, currency));
    }
    JsonCursor reasoning = r.optional("reasoning");
    if (reasoning != null) {
      b.reasoning(price(reasoning, currency));
    }
    JsonCursor writes = r.optional("cacheWrites");
    if (writes != null) {
      for (JsonCursor w : writes.elements()) {
        w.object(CACHE_WRITE);
        b.addCacheWrites(CacheWritePrice.of(w.field("ttl").duration(),
            price(w.field("price"), currency)));
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw r.field("cacheWrites").fail(e);
    }
  }

  /** Reads a price per million tokens, not negative. */
  static TokenPrice price(JsonCursor at, Currency currency) {
    return TokenPrice.perMillion(Money.of(currency, at.decimal(BigDecimal.ZERO, MAX_PRICE)));
  }

  static Optional<String> optionalText(JsonCursor object, String field) {
    JsonCursor c = object.optional(field);
    return c == null ? Optional.empty() : Optional.of(c.text());
  }

  static List<String> texts(JsonCursor object, String field) {
    JsonCursor c = object.optional(field);
    return c == null ? List.of() : c.texts();
  }
}
