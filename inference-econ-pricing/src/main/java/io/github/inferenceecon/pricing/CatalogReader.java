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
import java.util.Set;
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
  private static final Set<String> HEADER = Set.of("schemaVersion", "publishedOn", "provider");

  private CatalogReader() {}

  /** A match rule of the open catalog: ids that match it name a model. */
  record Rule(ModelMatch match, String model) {}

  /** One document read: its provider, models, name index (where a clash is reported), rules. */
  record Document(String name, CatalogProvider provider, List<CatalogModel> models,
      NameMatcher<CatalogModel> names, List<Rule> rules, @Nullable LocalDate publishedOn) {
    Document {
      models = List.copyOf(models);
      rules = List.copyOf(rules);
    }
  }

  /** Reads a document (the stream is not closed), reporting every problem it has. */
  static Document read(InputStream in, String name) throws IOException {
    JsonCursor doc = JsonCursor.read(in, name).object(DOCUMENT);
    CatalogProvider provider = header(doc);
    Currency currency = doc.field("currency").currency();
    List<CatalogModel> models = new ArrayList<>();
    NameMatcher.Builder<CatalogModel> names = NameMatcher.builder(provider.id().concat(" model"));
    for (JsonCursor m : doc.optionalElements("models")) {
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
    for (JsonCursor g : doc.optionalElements("gaps")) {
      g.object(GAP).field("model").text(); // gaps are documentation: checked, not kept
      g.field("what").text();
      g.field("reason").text();
    }
    LocalDate publishedOn = doc.optionalDate("publishedOn").orElse(null);
    doc.throwIfProblems();
    return new Document(name, provider, models, names.build(), List.of(), publishedOn);
  }

  /**
   * Reads only a document's header (schema version, provider, date), which a catalog needs
   * before the models that {@link #read(InputStream, String)} reads on first use.
   */
  static Document header(byte[] json, String name) {
    JsonCursor doc = JsonCursor.readFields(json, 0, json.length, -1, HEADER, name);
    CatalogProvider provider = header(doc);
    return new Document(name, provider, List.of(), NameMatcher.<CatalogModel>builder("model")
        .build(), List.of(), doc.optionalDate("publishedOn").orElse(null));
  }

  private static CatalogProvider header(JsonCursor doc) {
    JsonCursor version = doc.field("schemaVersion");
    if (version.whole(Integer.MIN_VALUE, Integer.MAX_VALUE) != SCHEMA_VERSION) {
      throw version.fail("Schema version must be " + SCHEMA_VERSION);
    }
    JsonCursor p = doc.field("provider").object(PROVIDER);
    CatalogProvider.Builder b = CatalogProvider.builder()
        .id(p.field("id").text())
        .name(p.optionalText("name"))
        .aliases(p.texts("aliases"))
        .pricingUrl(p.optionalText("pricingUrl"))
        .modelIdPrefixes(p.texts("modelIdPrefixes"))
        .note(p.optionalText("note"));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw p.fail(e);
    }
  }

  // Lambda-free on purpose: each lambda costs about half a millisecond of a cold load.
  private static CatalogModel model(JsonCursor m, String provider, Currency currency) {
    m.object(MODEL);
    String id = m.field("id").text();
    CatalogModel.Builder b = CatalogModel.builder().provider(provider).id(id);
    for (JsonCursor c : m.optionalElements("cards")) {
      b.addCards(card(c, provider, id, currency));
    }
    for (JsonCursor c : m.optionalElements("conflicts")) {
      b.addConflicts(conflict(c));
    }
    b.name(m.optionalText("name"))
        .aliases(m.texts("aliases"))
        .aliasesNote(m.optionalText("aliasesNote"))
        .baseModel(m.optionalText("baseModel"))
        .note(m.optionalText("note"));
    JsonCursor open = m.optional("openWeights");
    b.openWeights(open == null ? Optional.empty() : Optional.of(open.bool()));
    b.contextWindow(tokens(m.optional("contextWindow")))
        .maxOutputTokens(tokens(m.optional("maxOutputTokens")));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw (e.getMessage().startsWith("Price cards") ? m.field("cards") : m).fail(e);
    }
  }

  private static Optional<TokenCount> tokens(@Nullable JsonCursor c) {
    return c == null ? Optional.empty() : Optional.of(TokenCount.of(c.whole(1, MAX_TOKENS)));
  }

  private static String conflict(JsonCursor c) {
    Optional<String> field = c.object(CONFLICT).optionalText("field");
    String detail = c.field("detail").text();
    List<String> sources = c.texts("sources");
    Optional<String> chosen = c.optionalText("chosen");
    return (field.isPresent() ? field.get() + ": " : "") + detail
        + (sources.isEmpty() ? "" : " Sources: " + String.join(", ", sources) + ".")
        + (chosen.isPresent() ? " Chosen: " + chosen.get() + "." : "");
  }

  private static CatalogCard card(JsonCursor c, String provider, String model,
      Currency currency) {
    c.object(CARD);
    ApiPriceCard.Builder b = ApiPriceCard.builder()
        .provider(provider)
        .model(model)
        .rates(rates(c, currency));
    JsonCursor batch = c.optional("batchDiscount");
    b.batchDiscount(batch == null ? Optional.empty()
        : Optional.of(batch.decimal(BigDecimal.ZERO, BigDecimal.ONE)));
    JsonCursor longContext = c.optional("longContext");
    b.longContext(longContext == null ? Optional.empty()
        : Optional.of(longContext(longContext, currency)));
    JsonCursor tiers = c.optional("serviceTiers");
    for (JsonCursor tier : tiers == null ? List.<JsonCursor>of() : tiers.fields()) {
      if (tier.name().isBlank()) {
        throw tier.fail("Service tier name must not be blank");
      }
      b.putServiceTiers(tier.name(), rates(tier.object(RATES), currency));
    }
    b.effectiveFrom(c.optionalDate("effectiveFrom"))
        .effectiveUntil(c.optionalDate("effectiveUntil"));
    JsonCursor tier = c.optional("tier");
    if (tier != null) {
      b.tier(tier.constant(SourceTier.class));
    }
    JsonCursor source = c.field("source").object(SOURCE);
    b.source(source.field("url").text());
    CatalogCard.Builder card = CatalogCard.builder()
        .sourceRead(source.optionalDate("read"))
        .sourceDate(source.optionalDate("sourceDate"))
        .copy(source.optionalText("copy"))
        .listedOn(c.optionalDate("listedOn"))
        .note(c.optionalText("note"));
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
        .output(price(r.field("output"), currency))
        .cachedInput(optionalPrice(r.optional("cachedInput"), currency))
        .reasoning(optionalPrice(r.optional("reasoning"), currency));
    for (JsonCursor w : r.optionalElements("cacheWrites")) {
      w.object(CACHE_WRITE);
      b.addCacheWrites(CacheWritePrice.of(w.field("ttl").duration(),
          price(w.field("price"), currency)));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw r.field("cacheWrites").fail(e);
    }
  }

  private static Optional<TokenPrice> optionalPrice(@Nullable JsonCursor at, Currency currency) {
    return at == null ? Optional.empty() : Optional.of(price(at, currency));
  }

  /** Reads a price per million tokens, not negative. */
  static TokenPrice price(JsonCursor at, Currency currency) {
    return TokenPrice.perMillion(Money.of(currency, at.decimal(BigDecimal.ZERO, MAX_PRICE)));
  }
}
