/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.CacheWritePrice;
import io.github.inferenceecon.core.billing.LongContextTier;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.internal.SharedJson;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.CatalogDocument.CacheWriteDoc;
import io.github.inferenceecon.pricing.CatalogDocument.CardDoc;
import io.github.inferenceecon.pricing.CatalogDocument.ConflictDoc;
import io.github.inferenceecon.pricing.CatalogDocument.LongContextDoc;
import io.github.inferenceecon.pricing.CatalogDocument.ModelDoc;
import io.github.inferenceecon.pricing.CatalogDocument.ProviderDoc;
import io.github.inferenceecon.pricing.CatalogDocument.RatesDoc;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one price-catalog document and turns it into a provider and its models, checking
 * everything first, so that a document is either read whole or rejected.
 *
 * <p>Every error is a {@link JsonMappingException} whose message names the document, the JSON
 * path of the offending field and, where known, the provider and model, such as "Invalid price
 * catalog 'my.json' at models[0].cards[0].input (provider 'anthropic', model 'claude-sonnet-4'):
 * Token price must not be negative: USD -3".
 *
 * <p>Not part of the public API. Instances are immutable and thread-safe.
 */
final class CatalogReader {

  private CatalogReader() {}

  /** One document read: its provider and models. */
  static final class Document {
    private final String name;
    private final CatalogProvider provider;
    private final List<CatalogModel> models;
    private final NameMatcher<CatalogModel> names;

    Document(String name, CatalogProvider provider, List<CatalogModel> models,
        NameMatcher<CatalogModel> names) {
      this.name = name;
      this.provider = provider;
      this.models = List.copyOf(models);
      this.names = names;
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
   * @throws JsonMappingException if the content is not a valid catalog
   * @throws IOException if reading fails
   */
  static Document read(InputStream in, String name) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    JsonNode tree;
    try {
      tree = SharedJson.readTree(in);
    } catch (JsonProcessingException e) {
      throw invalid(name, null, null, null, e.getOriginalMessage()
          + location(e), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw invalid(name, null, null, null, "Price catalog must not be empty", null);
    }
    return new Converter(name, CatalogDocumentReader.read(tree, name)).convert();
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ")";
  }

  static JsonMappingException invalid(String name, @Nullable String path,
      @Nullable String provider, @Nullable String model, String message,
      @Nullable Throwable cause) {
    StringBuilder b = new StringBuilder("Invalid price catalog '").append(name).append('\'');
    if (path != null && !path.isEmpty()) {
      b.append(" at ").append(path);
    }
    if (provider != null) {
      b.append(" (provider '").append(provider).append('\'');
      if (model != null) {
        b.append(", model '").append(model).append('\'');
      }
      b.append(')');
    }
    b.append(": ").append(message);
    // Without the cause in the constructor, Jackson does not append the cause's location
    // (which is meaningless for a tree) to the message.
    JsonMappingException e = new JsonMappingException(null, b.toString());
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  //-----------------------------------------------------------------------
  /** Turns the records into value types, tracking the JSON path for messages. */
  private static final class Converter {
    private final String name;
    private final CatalogDocument doc;
    private @Nullable String provider;
    private @Nullable String model;

    Converter(String name, CatalogDocument doc) {
      this.name = name;
      this.doc = doc;
    }

    /**
     * Returns the JSON path of an array element, such as {@code models[2]}. The paths are built
     * for every value read, so they use StringBuilder and String.concat rather than +: each +
     * expression links a call site of its own the first time it runs, which costs at start-up.
     */
    private static String index(String array, int i) {
      return new StringBuilder(array.length() + 4).append(array).append('[').append(i)
          .append(']').toString();
    }

    private JsonMappingException fail(String path, String message, @Nullable Throwable cause) {
      return invalid(name, path, provider, model, message, cause);
    }

    private <T> T required(@Nullable T value, String path) throws JsonMappingException {
      if (value == null) {
        throw fail(path, "Field must not be null", null);
      }
      return value;
    }

    Document convert() throws JsonMappingException {
      if (doc.schemaVersion() != CatalogDocument.SCHEMA_VERSION) {
        throw fail("schemaVersion", "Schema version must be " + CatalogDocument.SCHEMA_VERSION
            + ": " + doc.schemaVersion(), null);
      }
      ProviderDoc p = required(doc.provider(), "provider");
      String id = required(p.id(), "provider.id");
      CatalogProvider catalogProvider;
      try {
        catalogProvider = CatalogProvider.builder()
            .id(id)
            .name(Optional.ofNullable(p.name()))
            .aliases(list(p.aliases(), "provider.aliases"))
            .pricingUrl(Optional.ofNullable(p.pricingUrl()))
            .modelIdPrefixes(list(p.modelIdPrefixes(), "provider.modelIdPrefixes"))
            .note(Optional.ofNullable(p.note()))
            .build();
      } catch (IllegalArgumentException e) {
        throw fail("provider", e.getMessage(), e);
      }
      provider = catalogProvider.id();
      Currency currency;
      try {
        currency = Currency.getInstance(required(doc.currency(), "currency"));
      } catch (IllegalArgumentException e) {
        throw fail("currency", "Unknown currency code '" + doc.currency() + "'", e);
      }
      List<ModelDoc> modelDocs = doc.models() == null ? List.of() : doc.models();
      List<CatalogModel> models = new ArrayList<>();
      NameMatcher.Builder<CatalogModel> names =
          NameMatcher.builder(catalogProvider.id().concat(" model"));
      for (int i = 0; i < modelDocs.size(); i++) {
        String at = index("models", i);
        ModelDoc m = required(modelDocs.get(i), at);
        model = required(m.id(), at.concat(".id"));
        CatalogModel catalogModel = model(m, at, currency);
        try {
          names.add(catalogModel.id(), catalogModel.aliases(), catalogModel);
        } catch (IllegalArgumentException e) {
          throw fail(at.concat(".aliases"), e.getMessage(), e);
        }
        models.add(catalogModel);
        model = null;
      }
      if (doc.gaps() != null) {
        for (int i = 0; i < doc.gaps().size(); i++) {
          required(doc.gaps().get(i), index("gaps", i));
        }
      }
      return new Document(name, catalogProvider, models, names.build());
    }

    private List<String> list(@Nullable List<String> values, String path)
        throws JsonMappingException {
      if (values == null) {
        return List.of();
      }
      for (int i = 0; i < values.size(); i++) {
        required(values.get(i), index(path, i));
      }
      return values;
    }

    private CatalogModel model(ModelDoc m, String at, Currency currency)
        throws JsonMappingException {
      List<CatalogCard> cards = new ArrayList<>();
      List<CardDoc> cardDocs = m.cards() == null ? List.of() : m.cards();
      for (int j = 0; j < cardDocs.size(); j++) {
        String cardAt = index(at.concat(".cards"), j);
        cards.add(card(required(cardDocs.get(j), cardAt), cardAt, m.id(), currency));
      }
      List<String> conflicts = new ArrayList<>();
      if (m.conflicts() != null) {
        for (int k = 0; k < m.conflicts().size(); k++) {
          conflicts.add(conflict(required(m.conflicts().get(k),
              index(at.concat(".conflicts"), k))));
        }
      }
      try {
        CatalogModel.Builder b = CatalogModel.builder()
            .provider(Objects.requireNonNull(provider))
            .id(m.id())
            .name(Optional.ofNullable(m.name()))
            .aliases(list(m.aliases(), at.concat(".aliases")))
            .aliasesNote(Optional.ofNullable(m.aliasesNote()))
            .openWeights(Optional.ofNullable(m.openWeights()))
            .baseModel(Optional.ofNullable(m.baseModel()))
            .note(Optional.ofNullable(m.note()))
            .conflicts(conflicts)
            .cards(cards);
        if (m.contextWindow() != null) {
          b.contextWindow(tokens(m.contextWindow(), at.concat(".contextWindow")));
        }
        if (m.maxOutputTokens() != null) {
          b.maxOutputTokens(tokens(m.maxOutputTokens(), at.concat(".maxOutputTokens")));
        }
        return b.build();
      } catch (IllegalArgumentException e) {
        throw fail(e.getMessage().startsWith("Price cards") ? at.concat(".cards") : at,
            e.getMessage(), e);
      }
    }

    private TokenCount tokens(long count, String path) throws JsonMappingException {
      try {
        return TokenCount.of(count);
      } catch (IllegalArgumentException e) {
        throw fail(path, e.getMessage(), e);
      }
    }

    private static String conflict(ConflictDoc c) {
      StringBuilder b = new StringBuilder();
      if (c.field() != null) {
        b.append(c.field()).append(": ");
      }
      b.append(c.detail());
      if (c.sources() != null && !c.sources().isEmpty()) {
        b.append(" Sources: ").append(String.join(", ", c.sources())).append('.');
      }
      if (c.chosen() != null) {
        b.append(" Chosen: ").append(c.chosen()).append('.');
      }
      return b.toString();
    }

    private CatalogCard card(CardDoc c, String at, String modelId, Currency currency)
        throws JsonMappingException {
      ApiPriceCard.Builder b = ApiPriceCard.builder()
          .provider(Objects.requireNonNull(provider))
          .model(modelId)
          .rates(rates(c.input(), c.output(), c.cachedInput(), c.cacheWrites(), c.reasoning(),
              at, currency));
      if (c.batchDiscount() != null) {
        b.batchDiscount(c.batchDiscount());
      }
      if (c.longContext() != null) {
        b.longContext(longContext(c.longContext(), at.concat(".longContext"), currency));
      }
      if (c.serviceTiers() != null) {
        for (Map.Entry<String, RatesDoc> tier : c.serviceTiers().entrySet()) {
          String tierAt = at.concat(".serviceTiers.").concat(tier.getKey());
          if (tier.getKey().isBlank()) {
            throw fail(tierAt, "Service tier name must not be blank: ''", null);
          }
          RatesDoc r = required(tier.getValue(), tierAt);
          b.putServiceTiers(tier.getKey(), rates(r.input(), r.output(), r.cachedInput(),
              r.cacheWrites(), r.reasoning(), tierAt, currency));
        }
      }
      if (c.effectiveFrom() != null) {
        b.effectiveFrom(c.effectiveFrom());
      }
      if (c.effectiveUntil() != null) {
        b.effectiveUntil(c.effectiveUntil());
      }
      CatalogCard.Builder card = CatalogCard.builder();
      if (c.source() != null) {
        String url = required(c.source().url(), at.concat(".source.url"));
        if (url.isBlank()) {
          throw fail(at.concat(".source.url"), "Source URL must not be blank: ''", null);
        }
        b.source(url);
        if (c.source().read() != null) {
          card.sourceRead(c.source().read());
        }
        if (c.source().sourceDate() != null) {
          card.sourceDate(c.source().sourceDate());
        }
      }
      if (c.listedOn() != null) {
        card.listedOn(c.listedOn());
      }
      if (c.note() != null) {
        card.note(c.note());
      }
      try {
        return card.priceCard(b.build()).build();
      } catch (IllegalArgumentException e) {
        String field = e.getMessage().startsWith("Batch discount") ? ".batchDiscount" : "";
        throw fail(at + field, e.getMessage(), e);
      }
    }

    private LongContextTier longContext(LongContextDoc l, String at, Currency currency)
        throws JsonMappingException {
      if ((l.aboveInputTokens() == null) == (l.fromInputTokens() == null)) {
        throw fail(at, "Long-context tier must have exactly one of aboveInputTokens and "
            + "fromInputTokens", null);
      }
      long threshold;
      String thresholdAt;
      if (l.aboveInputTokens() != null) {
        threshold = l.aboveInputTokens();
        thresholdAt = at.concat(".aboveInputTokens");
      } else {
        threshold = l.fromInputTokens() - 1;
        thresholdAt = at.concat(".fromInputTokens");
      }
      TokenRates rates = rates(l.input(), l.output(), l.cachedInput(), l.cacheWrites(),
          l.reasoning(), at, currency);
      try {
        return LongContextTier.of(TokenCount.of(threshold),
            required(l.appliesTo(), at.concat(".appliesTo")), rates);
      } catch (IllegalArgumentException e) {
        throw fail(thresholdAt, e.getMessage(), e);
      }
    }

    private TokenRates rates(@Nullable BigDecimal input, @Nullable BigDecimal output,
        @Nullable BigDecimal cachedInput, @Nullable List<CacheWriteDoc> cacheWrites,
        @Nullable BigDecimal reasoning, String at, Currency currency)
        throws JsonMappingException {
      TokenRates.Builder b = TokenRates.builder()
          .input(price(required(input, at.concat(".input")), at.concat(".input"), currency))
          .output(price(required(output, at.concat(".output")), at.concat(".output"), currency));
      if (cachedInput != null) {
        b.cachedInput(price(cachedInput, at.concat(".cachedInput"), currency));
      }
      if (reasoning != null) {
        b.reasoning(price(reasoning, at.concat(".reasoning"), currency));
      }
      if (cacheWrites != null) {
        for (int k = 0; k < cacheWrites.size(); k++) {
          String writeAt = index(at.concat(".cacheWrites"), k);
          CacheWriteDoc w = required(cacheWrites.get(k), writeAt);
          TokenPrice price = price(required(w.price(), writeAt.concat(".price")),
              writeAt.concat(".price"), currency);
          try {
            b.addCacheWrites(CacheWritePrice.of(required(w.ttl(), writeAt.concat(".ttl")),
                price));
          } catch (IllegalArgumentException e) {
            throw fail(writeAt.concat(".ttl"), e.getMessage(), e);
          }
        }
      }
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw fail(at.concat(".cacheWrites"), e.getMessage(), e);
      }
    }

    private TokenPrice price(BigDecimal amount, String path, Currency currency)
        throws JsonMappingException {
      try {
        return TokenPrice.perMillion(Money.of(currency, amount));
      } catch (IllegalArgumentException e) {
        throw fail(path, e.getMessage(), e);
      }
    }
  }
}
