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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Reads the genai-prices v2 feed ({@code data.json} of pydantic/genai-prices, MIT) in its own
 * format, as {@link JsonCursor} reads every format: every rule of the feed's schema is checked,
 * every problem reported, and a feed with a problem yields nothing.
 *
 * <p>What becomes of the feed: one {@link CatalogProvider} per provider (genai-prices' ids
 * {@code aws}, {@code azure} and {@code x-ai} become aliases of inference-econ's
 * {@code amazon-bedrock}, {@code azure-openai} and {@code xai}); one {@link CatalogModel} per
 * model priced per token for text input and output, with every card
 * {@link SourceTier#SECONDARY}, its source the feed, and its listing date the feed's date; the
 * model's match clause kept as a rule for look-up, and its {@code equals} ids as aliases. A
 * conditional price with a {@code start_date} becomes a card in force from that date (the
 * price before it ends there); one with a time-of-day constraint becomes a service tier named
 * by its interval, such as {@code utc-00:30-16:30}; tiered prices become a long-context tier
 * that moves every token of the kinds they tier ({@link LongContextRule#ALL_TOKENS}, the feed's
 * "cliff" model) above the tier's start. The unqualified {@code cache_write_mtok} is taken as the
 * five-minute write, as the feed's Anthropic-style pricing means it.
 *
 * <p>Left out, each counted in a DEBUG log line: models without both an input and an output
 * price per token (embedding, audio and image models), models with a fee per request (which a
 * token price would silently omit), and models whose id normalises to another model's id.
 * Prices for audio, image and video tokens, searches and tools are not read as token prices.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
final class GenaiPricesReader {


  /** genai-prices provider ids that inference-econ names otherwise. */
  private static final Map<String, String> PROVIDER_IDS = Map.of(
      "aws", "amazon-bedrock",
      "azure", "azure-openai",
      "x-ai", "xai");

  private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000);
  private static final String[] PROVIDER = {"id", "name", "pricing_urls", "api_pattern",
      "description", "price_comments", "model_match", "provider_match", "extractors",
      "fallback_model_providers", "models"};
  private static final String[] MODEL = {"id", "name", "description", "match", "context_window",
      "price_comments", "prices", "deprecated"};
  private static final String[] CONDITIONAL = {"constraint", "prices"};
  private static final Set<String> HEADER = Set.of("id", "name", "api_pattern", "pricing_urls",
      "price_comments");
  private static final byte[] INPUT_MTOK = "\"input_mtok\"".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OUTPUT_MTOK = "\"output_mtok\"".getBytes(StandardCharsets.UTF_8);

  private GenaiPricesReader() {}

  /**
   * Reads a feed.
   *
   * @param in the JSON, not null; not closed
   * @param source the feed's name for messages, such as its file, not null
   * @param sourceUrl the URL every card names as its source, such as the feed at its commit,
   *     not null
   * @param version the feed's version, such as its commit, not null
   * @param date the date of the feed's version, not null
   * @return one document per provider, not null
   * @throws InvalidJsonException if the feed is not valid, naming every problem
   * @throws IOException if reading fails
   */
  static List<CatalogReader.Document> read(InputStream in, String source, String sourceUrl,
      String version, LocalDate date) throws IOException {
    JsonCursor root = JsonCursor.read(in, source);
    Feed feed = new Feed(sourceUrl, version, date);
    List<CatalogReader.Document> docs = new ArrayList<>();
    for (JsonCursor p : root.elements()) {
      try {
        CatalogReader.Document doc = feed.provider(p, source);
        if (!doc.models().isEmpty()) {
          docs.add(doc);
        }
      } catch (InvalidJsonException e) {
        p.recover(e);
      }
    }
    root.throwIfProblems();
    // the logger is got here, not held in a static field: getting the first logger starts
    // SLF4J, which the bundled catalog read lazily never needs
    LoggerFactory.getLogger(GenaiPricesReader.class).debug("Read genai-prices {} ({}): {} "
        + "providers; left out {} models without token prices, {} with per-request fees, {} "
        + "with clashing ids (providers without a model priced per token are left out)",
        version, date, docs.size(), feed.unpriced, feed.perRequest, feed.clashing);
    return docs;
  }

  /** A provider's header: its ids, name, pricing page and comments. */
  static CatalogProvider header(JsonCursor p) {
    p.object(PROVIDER);
    String feedId = p.field("id").text();
    String id = PROVIDER_IDS.getOrDefault(feedId, feedId);
    p.field("api_pattern").text();
    List<String> urls = p.texts("pricing_urls");
    CatalogProvider.Builder provider = CatalogProvider.builder().id(id)
        .name(p.field("name").text())
        .note(p.optionalText("price_comments"));
    if (!NameMatcher.normalise(id).equals(NameMatcher.normalise(feedId))) {
      provider.addAliases(feedId);
    }
    if (!urls.isEmpty()) {
      provider.pricingUrl(urls.get(0));
    }
    try {
      return provider.build();
    } catch (IllegalArgumentException e) {
      throw p.fail(e);
    }
  }

  /**
   * A provider of a feed read lazily: its header at once, its models (the element at
   * {@code [index]}, in {@code feed[start, end)}) on first use. A record, not a lambda: one
   * capturing all this spun four method-handle classes on a cold load.
   */
  record LazyProvider(CatalogProvider provider, byte[] feed, int start, int end, int index,
      String source, Feed identity) {

    /** Reads the provider's models, throwing every problem they have. */
    CatalogReader.Document document() {
      JsonCursor element = JsonCursor.readElement(feed, start, end, index, source);
      CatalogReader.Document doc = new Feed(identity.sourceUrl, identity.version, identity.date)
          .provider(element, source);
      // the models' problems are recorded, not thrown, so that one load reports them all
      element.throwIfProblems();
      return doc;
    }
  }

  /**
   * Reads a feed lazily, as the bundled catalog does: the providers' places in the bytes and
   * their headers at once, each provider's models on first use (a problem is then thrown, so
   * this is for a feed known to be valid). Providers that price no model per input and output
   * token in their bytes are left out at once, as {@link #read} leaves them out.
   */
  static List<LazyProvider> scan(byte[] feed, String source, String sourceUrl, String version,
      LocalDate date) {
    int[] spans = JsonCursor.elements(feed, source);
    Feed identity = new Feed(sourceUrl, version, date);
    List<LazyProvider> out = new ArrayList<>();
    for (int i = 0; i < spans.length; i += 2) {
      int start = spans[i];
      int end = spans[i + 1];
      if (!contains(feed, start, end, INPUT_MTOK) || !contains(feed, start, end, OUTPUT_MTOK)) {
        continue;
      }
      int index = i / 2;
      out.add(new LazyProvider(header(JsonCursor.readFields(feed, start, end, index, HEADER,
          source)), feed, start, end, index, source, identity));
    }
    return out;
  }

  private static boolean contains(byte[] bytes, int start, int end, byte[] text) {
    for (int i = start; i <= end - text.length; i++) {
      int j = 0;
      while (j < text.length && bytes[i + j] == text[j]) {
        j++;
      }
      if (j == text.length) {
        return true;
      }
    }
    return false;
  }

  /** The state of one read: the feed's identity and what was left out. */
  private static final class Feed {
    final String sourceUrl;
    final String version;
    final LocalDate date;
    int unpriced;
    int perRequest;
    int clashing;

    Feed(String sourceUrl, String version, LocalDate date) {
      this.sourceUrl = sourceUrl;
      this.version = version;
      this.date = date;
    }

    CatalogReader.Document provider(JsonCursor p, String source) {
      CatalogProvider provider = header(p);
      String id = provider.id();
      List<String> urls = p.texts("pricing_urls");
      NameMatcher.Builder<CatalogModel> names = NameMatcher.builder(id.concat(" model"));
      List<CatalogModel> models = new ArrayList<>();
      List<CatalogReader.Rule> rules = new ArrayList<>();
      for (JsonCursor m : p.field("models").elements()) {
        try {
          model(m, id, urls, names, models, rules);
        } catch (InvalidJsonException e) {
          m.recover(e);
        }
      }
      return new CatalogReader.Document(source, provider, models, names.build(), rules, date);
    }

    private void model(JsonCursor m, String provider, List<String> urls,
        NameMatcher.Builder<CatalogModel> names, List<CatalogModel> models,
        List<CatalogReader.Rule> rules) {
      m.object(MODEL);
      String id = m.field("id").text();
      ModelMatch match = ModelMatch.read(m.field("match"));
      CatalogModel.Builder b = CatalogModel.builder().provider(provider).id(id)
          .name(m.optionalText("name"));
      JsonCursor window = m.optional("context_window");
      if (window != null) {
        b.contextWindow(TokenCount.of(window.whole(1, 1_000_000_000_000L)));
      }
      JsonCursor deprecated = m.optional("deprecated");
      StringBuilder note = new StringBuilder("genai-prices ").append(version).append(" (")
          .append(date).append(')');
      if (deprecated != null && deprecated.bool()) {
        note.append("; deprecated by the provider");
      }
      String comments = m.optionalText("price_comments").orElse(null);
      if (comments != null) {
        note.append("; ").append(comments);
      }
      if (!urls.isEmpty()) {
        note.append("; pricing pages: ").append(String.join(", ", urls));
      }
      List<CatalogCard> cards = cards(m.field("prices"), provider, id, note.toString());
      if (cards == null) {
        return;
      }
      List<String> aliases = new ArrayList<>();
      for (String exact : match.exactIds()) {
        if (!NameMatcher.normalise(exact).equals(NameMatcher.normalise(id))
            && !NameMatcher.normalise(exact).isEmpty()) {
          aliases.add(exact);
        }
      }
      CatalogModel model;
      try {
        model = b.aliases(aliases).cards(cards).build();
      } catch (IllegalArgumentException e) {
        throw m.fail(e);
      }
      if (!names.addFree(id, aliases, model)) {
        clashing++;
        return;
      }
      models.add(model);
      rules.add(new CatalogReader.Rule(match, id));
    }

    /** The cards of a model's prices, or null when the model is left out. */
    private @Nullable List<CatalogCard> cards(JsonCursor prices, String provider, String model,
        String note) {
      if (!prices.isArray()) {
        CatalogCard card = card(prices, provider, model, note, null, null, null);
        return card == null ? null : List.of(card);
      }
      List<JsonCursor> conditions = prices.elements();
      List<JsonCursor> dated = new ArrayList<>();
      JsonCursor base = null;
      JsonCursor timed = null;
      for (JsonCursor c : conditions) {
        c.object(CONDITIONAL);
        JsonCursor constraint = c.optional("constraint");
        if (constraint == null) {
          base = base == null ? c : base;
        } else if (constraint.optional("start_date") != null) {
          constraint.object("start_date");
          dated.add(c);
        } else {
          constraint.object("start_time", "end_time");
          timed = c;
        }
      }
      if (base == null) {
        throw prices.fail("Conditional prices must include one without a constraint");
      }
      List<CatalogCard> cards = new ArrayList<>();
      LocalDate from = null;
      for (int i = -1; i < dated.size(); i++) {
        JsonCursor c = i < 0 ? base : dated.get(i);
        LocalDate until = i + 1 < dated.size()
            ? dated.get(i + 1).field("constraint").field("start_date").date() : null;
        CatalogCard card = card(c.field("prices"), provider, model, note, from, until,
            i < 0 ? timed : null);
        if (card == null) {
          return null;
        }
        cards.add(card);
        from = until;
      }
      return cards;
    }

    private @Nullable CatalogCard card(JsonCursor prices, String provider, String model,
        String note, @Nullable LocalDate from, @Nullable LocalDate until,
        @Nullable JsonCursor timed) {
      prices.object();
      if (prices.optional("requests_kcount") != null) {
        perRequest++;
        return null;
      }
      Rates rates = rates(prices);
      if (rates == null) {
        unpriced++;
        return null;
      }
      ApiPriceCard.Builder b = ApiPriceCard.builder().provider(provider).model(model)
          .rates(rates.base).tier(SourceTier.SECONDARY).source(sourceUrl);
      if (rates.threshold != null) {
        b.longContext(LongContextTier.of(rates.threshold, LongContextRule.ALL_TOKENS,
            rates.tiered));
      }
      if (timed != null) {
        JsonCursor constraint = timed.field("constraint");
        Rates interval = rates(timed.field("prices").object());
        if (interval != null) {
          b.putServiceTiers("utc-" + hhmm(constraint.field("start_time")) + "-"
              + hhmm(constraint.field("end_time")), interval.base);
        }
      }
      if (from != null) {
        b.effectiveFrom(from);
      }
      if (until != null) {
        b.effectiveUntil(until);
      }
      CatalogCard.Builder card = CatalogCard.builder().sourceDate(date).note(note);
      if (from == null) {
        card.listedOn(date);
      }
      try {
        return card.priceCard(b.build()).build();
      } catch (IllegalArgumentException e) {
        throw prices.fail(e);
      }
    }

    private static String hhmm(JsonCursor time) {
      String text = time.text();
      if (text.length() < 5 || text.charAt(2) != ':') {
        throw time.fail("Value must be a time such as \"00:30:00Z\"");
      }
      return text.substring(0, 5);
    }
  }

  /** The rates of a price set: at base, and above the tier's start if any. */
  private static final class Rates {
    TokenRates base;
    TokenRates tiered;
    @Nullable TokenCount threshold;
  }

  private static @Nullable Rates rates(JsonCursor prices) {
    boolean anyTier = false;
    for (JsonCursor f : prices.fields()) {
      if (f.isObject()) {
        anyTier = true;
      } else {
        f.decimal(BigDecimal.ZERO, MAX_PRICE);
      }
    }
    JsonCursor input = prices.optional("input_mtok");
    JsonCursor output = prices.optional("output_mtok");
    if (input == null || output == null) {
      return null;
    }
    Rates r = new Rates();
    long[] threshold = {-1};
    r.base = rates(prices, input, output, false, threshold);
    r.tiered = anyTier ? rates(prices, input, output, true, threshold) : r.base;
    r.threshold = threshold[0] < 0 ? null : TokenCount.of(threshold[0]);
    return r;
  }

  /** The rates of a price set at base, or above its tier's start. */
  private static TokenRates rates(JsonCursor prices, JsonCursor input, JsonCursor output,
      boolean tier, long[] threshold) {
    TokenRates.Builder b = TokenRates.builder()
        .input(price(input, tier, threshold))
        .output(price(output, tier, threshold));
    JsonCursor cached = prices.optional("cache_read_mtok");
    if (cached != null) {
      b.cachedInput(price(cached, tier, threshold));
    }
    JsonCursor reasoning = prices.optional("output_reasoning_mtok");
    if (reasoning != null) {
      b.reasoning(price(reasoning, tier, threshold));
    }
    JsonCursor write5m = prices.optional("cache_write_5m_mtok");
    JsonCursor write = write5m != null ? write5m : prices.optional("cache_write_mtok");
    if (write != null) {
      b.addCacheWrites(CacheWritePrice.of(Duration.ofMinutes(5), price(write, tier, threshold)));
    }
    JsonCursor write1h = prices.optional("cache_write_1h_mtok");
    if (write1h != null) {
      b.addCacheWrites(CacheWritePrice.of(Duration.ofHours(1), price(write1h, tier, threshold)));
    }
    return b.build();
  }

  /**
   * Reads a price, a number or tiered prices: the base price, or the tier's price when
   * {@code tier} is set; every tiered price of a set must start at one input size.
   */
  private static TokenPrice price(JsonCursor at, boolean tier, long[] threshold) {
    if (!at.isObject()) {
      return perMillion(at);
    }
    at.object("base", "tiers");
    List<JsonCursor> tiers = at.field("tiers").elements();
    if (tiers.size() != 1) {
      throw at.field("tiers").fail("Tiered prices must have exactly one tier");
    }
    JsonCursor t = tiers.get(0).object("start", "price");
    long start = t.field("start").whole(1, 1_000_000_000_000L);
    if (threshold[0] >= 0 && threshold[0] != start) {
      throw t.field("start").fail("Tiers of one price set must start at one input size: "
          + threshold[0]);
    }
    threshold[0] = start;
    return perMillion(tier ? t.field("price") : at.field("base"));
  }

  private static TokenPrice perMillion(JsonCursor at) {
    return TokenPrice.perMillion(Money.of(Money.USD, at.decimal(BigDecimal.ZERO, MAX_PRICE)));
  }
}
