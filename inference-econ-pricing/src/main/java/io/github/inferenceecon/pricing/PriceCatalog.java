/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.billing.PriceNotKnownException;
import io.github.inferenceecon.core.ContextWindowExceededException;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.internal.ResourceFolder;
import io.github.inferenceecon.core.internal.Staleness;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * A catalog of API price cards by provider and model, with their history and the tier of every
 * card, such as the bundled catalog: the providers' own figures for Anthropic, OpenAI, the
 * Google Gemini API and Vertex AI, Amazon Bedrock, Azure OpenAI, DeepSeek, Mistral AI, xAI,
 * Together AI, Fireworks AI, Groq, DeepInfra and Cerebras, over the genai-prices feed as a
 * secondary layer (37 providers, 1,370 priced models).
 *
 * <p><b>Look-up.</b> A provider is named by its id or an alias, a model by its id or an alias
 * (such as a dated snapshot id), both without regard to case or punctuation, then as users type
 * ids: without a provider's model-id prefixes (Bedrock's {@code us.}, {@code eu.},
 * {@code apac.}, {@code jp.}, {@code au.} and {@code global.}, then {@code anthropic.},
 * {@code amazon.} and the like), a version suffix ({@code -v1:0}, Vertex AI's {@code @date}),
 * a {@code -latest} suffix or an organisation ({@code meta-llama/}); then by the open catalog's
 * match rules. No name matches two models. A snapshot id that a model does not list, where it
 * lists its own snapshots (such as {@code gpt-4o-2024-05-13}, which was priced differently), is
 * unknown. An unknown name throws {@link UnknownNameException} with the nearest known names; a
 * known model without a price, or a date without a known price, throws
 * {@link PriceNotKnownException}. Nothing is ever priced at zero by default.
 *
 * <p><b>History.</b> {@link #card(String, String)} returns a model's card in force today, and
 * {@link #cardOn(String, String, LocalDate, DatePolicy)} the card in force on a date, by the
 * rules described on {@link CatalogModel}. The cards are core {@link ApiPriceCard}s, so the cost
 * of a request is the core API cost calculator applied to the card this catalog returns, with
 * the card's tier and any date assumption on the result.
 *
 * <p><b>Queries.</b> {@link #cheapest(OfferCriteria)} ranks models by the exact cost of a token
 * mix at their base rates, with filters; {@link #outputToInputRatios(int, RoundingMode)}
 * summarises how much more output tokens cost than input tokens.
 *
 * <p><b>User catalogs.</b> {@link #load(Path...)} reads catalogs in the bundled JSON format
 * (schema {@code io/github/inferenceecon/pricing/price-catalog.schema.json}, one provider per
 * document), and {@link #mergedOver(PriceCatalog)} lays one catalog over another; see there for
 * the precedence. Every document is checked whole before anything is built, so a catalog is
 * either loaded completely or not at all.
 *
 * <pre>{@code
 * PriceCatalog catalog = PriceCatalog.bundled();
 * ApiPriceCard card = catalog.card("anthropic", "claude-sonnet-4-20250514");
 * ApiPriceCard then = catalog.cardAsOf("openai", "gpt-4o", LocalDate.of(2024, 10, 1));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriceCatalog {


  /** The bundled documents, one per provider, in the order the catalog lists them. */
  /**
   * Opens the bundled files with one class-loader look-up, not one each. The look-up is made
   * here, in this module, so that it finds them on the module path too.
   */
  private static final ResourceFolder BUNDLED_FOLDER =
      ResourceFolder.of(path -> PriceCatalog.class.getResource(path), "");
  /** The JSON Schemas shipped next to the bundled documents. */
  private static final List<String> SCHEMAS =
      List.of("price-catalog.schema.json", "genai-prices.schema.json");
  private static final List<String> BUNDLED = List.of(
      "anthropic.json",
      "openai.json",
      "google.json",
      "google-vertex.json",
      "amazon-bedrock.json",
      "azure-openai.json",
      "deepseek.json",
      "mistral.json",
      "xai.json",
      "together.json",
      "fireworks.json",
      "groq.json",
      "deepinfra.json",
      "cerebras.json");

  private static final Object LOCK = new Object();
  private static @Nullable PriceCatalog bundled;

  /** The bundled genai-prices v2 feed: its commit, date and address at that commit. */
  static final String GENAI_PRICES_COMMIT = "47df840a5ab10bbcffb8e5ac01b9899032245d1b";
  static final LocalDate GENAI_PRICES_DATE = LocalDate.of(2026, 8, 21);
  static final String GENAI_PRICES_URL = "https://github.com/pydantic/genai-prices/blob/"
      + GENAI_PRICES_COMMIT + "/prices/new_data/v2/data.json";

  /**
   * The most names a catalog remembers per provider, and of providers, as they were typed: names
   * past the bound are normalised (and derived) again on each look-up.
   */
  static final int MAX_REMEMBERED = 4_096;

  private final List<ProviderEntry> entries;
  private final NameMatcher<ProviderEntry> providerNames;
  /** Listed providers by a name as it was typed, as {@link Content#byTypedName} for models. */
  private final Map<String, ProviderEntry> providersByTypedName = new ConcurrentHashMap<>();
  private final @Nullable LocalDate publishedOn;

  /**
   * A provider with its models, their name index and the open catalog's match rules; the
   * models, built on first use for the bundled catalog, thread-safely.
   */
  private static final class ProviderEntry {
    private final CatalogProvider provider;
    private volatile @Nullable Content content;
    private @Nullable Supplier<Content> loader;
    private boolean dropIfEmpty;

    ProviderEntry(CatalogProvider provider, List<CatalogModel> models) {
      this(provider, models, index(provider, models), List.of());
    }

    ProviderEntry(CatalogProvider provider, List<CatalogModel> models,
        NameMatcher<CatalogModel> names, List<CatalogReader.Rule> rules) {
      this.provider = provider;
      this.content = new Content(models, names, rules);
    }

    /**
     * An entry whose models are built by the loader on first use; a provider of the open
     * catalog's feed without a priced model is left out of the catalog, as the feed read at
     * once leaves it out, when {@code dropIfEmpty} is set.
     */
    ProviderEntry(CatalogProvider provider, Supplier<Content> loader, boolean dropIfEmpty) {
      this.provider = provider;
      this.loader = loader;
      this.dropIfEmpty = dropIfEmpty;
    }

    /** Checks if the entry belongs in the catalog (building a feed provider to know). */
    boolean isListed() {
      return !dropIfEmpty || !models().isEmpty();
    }

    /** The models, their indexes and rules, built once. */
    private Content content() {
      Content c = content;
      if (c == null) {
        synchronized (this) {
          c = content;
          if (c == null) {
            c = Objects.requireNonNull(loader).get();
            content = c;
            loader = null;
          }
        }
      }
      return c;
    }

    List<CatalogModel> models() {
      return content().models;
    }

    NameMatcher<CatalogModel> names() {
      return content().names;
    }

    List<CatalogReader.Rule> rules() {
      return content().rules;
    }

    private static NameMatcher<CatalogModel> index(CatalogProvider provider,
        List<CatalogModel> models) {
      // String.concat, not +: each + expression links a call site of its own the first time it
      // runs, which costs at start-up
      NameMatcher.Builder<CatalogModel> b = NameMatcher.builder(provider.id().concat(" model"));
      for (CatalogModel model : models) {
        b.add(model.id(), model.aliases(), model);
      }
      return b.build();
    }

    /**
     * Finds a model as users type its id: an id or alias; then without the provider's model-id
     * prefixes (such as Bedrock's {@code us.} and {@code anthropic.}), a version suffix
     * ({@code -v1:0}, Vertex AI's {@code @20250514}), a {@code -latest} suffix, or an
     * organisation ({@code meta-llama/}, {@code accounts/fireworks/models/}); then an id that a
     * model's path ends with; then the open catalog's match rules.
     */
    Optional<CatalogModel> find(String name) {
      Content c = content();
      NameMatcher<CatalogModel> names = c.names;
      Optional<CatalogModel> found = names.find(name);
      if (found.isPresent()) {
        return found;
      }
      CatalogModel derived = c.byTypedName.get(name);
      if (derived != null) {
        return Optional.of(derived);
      }
      found = derive(c, name);
      if (found.isPresent()) {
        remember(c.byTypedName, name, found.get());
      }
      return found;
    }

    /**
     * Finds a model a caller asks for, as {@link #find(String)} does, remembering the answer for
     * the name as typed: asked again, it is one hash look-up of the string as given, without a
     * normalised copy of it (most ids hold a dash) or a derivation. The catalog's own layering
     * calls {@link #find(String)}, so that its thousands of names are not remembered.
     */
    Optional<CatalogModel> lookUp(String name) {
      CatalogModel known = content().byTypedName.get(name);
      if (known != null) {
        return Optional.of(known);
      }
      Optional<CatalogModel> found = find(name);
      if (found.isPresent()) {
        remember(content().byTypedName, name, found.get());
      }
      return found;
    }

    /** Finds a model by the forms users type its name in (see {@link #find(String)}). */
    private Optional<CatalogModel> derive(Content c, String name) {
      NameMatcher<CatalogModel> names = c.names;
      List<String> variants = variants(name);
      for (String v : variants) {
        Optional<CatalogModel> found = names.find(v);
        if (found.isPresent()) {
          return found;
        }
      }
      for (String v : variants) {
        CatalogModel m = c.byLastSegment.get(NameMatcher.normalise(v));
        if (m != null && v.indexOf('/') < 0) {
          return Optional.of(m);
        }
      }
      for (String v : variants) {
        String lower = v.toLowerCase(Locale.ROOT);
        for (CatalogReader.Rule rule : c.rules) {
          if (rule.match().matches(lower)) {
            Optional<CatalogModel> found = names.find(rule.model());
            if (found.isPresent()) {
              return found;
            }
          }
        }
      }
      return Optional.empty();
    }

    /** The name, then the forms users type it in, each derived from the one before. */
    private List<String> variants(String name) {
      List<String> out = new ArrayList<>(4);
      String v = name;
      for (int i = 0; i < 3; i++) {
        Optional<String> shorter = provider.withoutPrefix(v);
        if (shorter.isEmpty()) {
          break;
        }
        v = shorter.get();
        out.add(v);
      }
      if (out.isEmpty()) {
        out.add(v);
      }
      String stripped = withoutVersionSuffix(v);
      int at = stripped.indexOf('@');
      if (at > 0) {
        stripped = stripped.substring(0, at);
      }
      if (stripped.endsWith("-latest")) {
        stripped = stripped.substring(0, stripped.length() - "-latest".length());
      }
      if (!stripped.equals(v)) {
        out.add(stripped);
      }
      int slash = stripped.lastIndexOf('/');
      if (slash >= 0 && slash < stripped.length() - 1) {
        out.add(stripped.substring(slash + 1));
      }
      return out;
    }

    /** A Bedrock-style version suffix such as {@code -v1:0} or {@code :0}, removed. */
    private static String withoutVersionSuffix(String id) {
      int colon = id.lastIndexOf(':');
      if (colon < 0 || colon == id.length() - 1 || !digits(id, colon + 1, id.length())) {
        return id;
      }
      int dash = id.lastIndexOf("-v", colon);
      if (dash > 0 && digits(id, dash + 2, colon)) {
        return id.substring(0, dash);
      }
      return id.substring(0, colon);
    }

    private static boolean digits(String s, int from, int to) {
      if (from >= to) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    /** Finds a model by an id or alias, with or without a model-id prefix: no looser match. */
    Optional<CatalogModel> findByName(String name) {
      NameMatcher<CatalogModel> names = names();
      Optional<CatalogModel> found = names.find(name);
      return found.isPresent() ? found : provider.withoutPrefix(name).flatMap(names::find);
    }

    CatalogModel get(String name) {
      // a plain test rather than orElseThrow: its capturing lambda was made on every look-up
      Optional<CatalogModel> found = lookUp(name);
      if (found.isEmpty()) {
        throw new UnknownNameException(provider.id() + " model", name,
            names().suggest(provider.withoutPrefix(name).orElse(name), 3));
      }
      return found.get();
    }
  }

  /** A provider's models with their name index, match rules and last-segment index. */
  private static final class Content {
    final List<CatalogModel> models;
    final NameMatcher<CatalogModel> names;
    final List<CatalogReader.Rule> rules;
    /** Models by the last segment of an {@code org/model} id, where that segment is unique. */
    final Map<String, CatalogModel> byLastSegment;
    /**
     * Models found by a name as it was typed: every name derived (a Bedrock profile id, a
     * version suffix, a path, a match rule) and every name a caller looked up, so that the next
     * look-up of that name is one hash look-up of the string as given. The content never
     * changes, so neither does an answer. Bounded ({@link PriceCatalog#MAX_REMEMBERED}).
     */
    final Map<String, CatalogModel> byTypedName = new ConcurrentHashMap<>();

    Content(List<CatalogModel> models, NameMatcher<CatalogModel> names,
        List<CatalogReader.Rule> rules) {
      this.models = List.copyOf(models);
      this.names = names;
      this.rules = List.copyOf(rules);
      Map<String, CatalogModel> last = new HashMap<>();
      Set<String> repeated = new HashSet<>();
      for (CatalogModel m : models) {
        int slash = m.id().lastIndexOf('/');
        if (slash >= 0) {
          String key = NameMatcher.normalise(m.id().substring(slash + 1));
          if (last.put(key, m) != null) {
            repeated.add(key);
          }
        }
      }
      last.keySet().removeAll(repeated);
      this.byLastSegment = last;
    }

    static Content of(CatalogReader.Document doc) {
      return new Content(doc.models(), doc.names(), doc.rules());
    }
  }

  private PriceCatalog(List<ProviderEntry> entries) {
    this(entries, null);
  }

  /** The entries that belong in the catalog, in order (building lazy feed providers). */
  private List<ProviderEntry> listed() {
    List<ProviderEntry> out = new ArrayList<>(entries.size());
    for (ProviderEntry e : entries) {
      if (e.isListed()) {
        out.add(e);
      }
    }
    return out;
  }

  private PriceCatalog(List<ProviderEntry> entries, @Nullable LocalDate publishedOn) {
    this.publishedOn = publishedOn;
    this.entries = List.copyOf(entries);
    NameMatcher.Builder<ProviderEntry> b = NameMatcher.builder("provider");
    for (ProviderEntry e : entries) {
      b.add(e.provider.id(), e.provider.aliases(), e);
    }
    this.providerNames = b.build();
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a catalog of providers and models.
   *
   * @param providers the providers, in the order the catalog lists them, not null
   * @param models the models, each naming one of the providers by its id, in order, not null
   * @return the catalog, not null
   * @throws IllegalArgumentException if two providers or two models of a provider share a name,
   *     or a model names a provider that is not given
   */
  public static PriceCatalog of(Collection<CatalogProvider> providers,
      Collection<CatalogModel> models) {
    Objects.requireNonNull(providers, "providers");
    Objects.requireNonNull(models, "models");
    Map<String, List<CatalogModel>> byProvider = new LinkedHashMap<>();
    for (CatalogProvider p : providers) {
      if (byProvider.put(Objects.requireNonNull(p, "providers element").id(),
          new ArrayList<>()) != null) {
        throw new IllegalArgumentException("Provider must be listed once: '" + p.id() + "'");
      }
    }
    for (CatalogModel m : models) {
      List<CatalogModel> list = byProvider.get(Objects.requireNonNull(m, "models element")
          .provider());
      if (list == null) {
        throw new IllegalArgumentException("Model '" + m.id() + "' names a provider that is not "
            + "in the catalog: '" + m.provider() + "'");
      }
      list.add(m);
    }
    List<ProviderEntry> entries = new ArrayList<>();
    for (CatalogProvider p : providers) {
      entries.add(new ProviderEntry(p, byProvider.get(p.id())));
    }
    return new PriceCatalog(entries);
  }

  /**
   * Returns the bundled catalog: the providers' own published prices, each card with its
   * source URL and its effective or listing date.
   *
   * @return the bundled catalog, not null
   * @throws IllegalStateException if a bundled document is missing or invalid (a library bug)
   */
  public static PriceCatalog bundled() {
    synchronized (LOCK) {
      if (bundled == null) {
        bundled = loadBundled();
      }
      return bundled;
    }
  }

  /**
   * Returns the text of a JSON Schema shipped with this module: {@code price-catalog.schema.json}
   * (the format of {@link #load(Path...)}) or {@code genai-prices.schema.json} (the bundled
   * genai-prices feed, as {@link #loadGenaiPrices(Path, String, LocalDate)} reads it).
   *
   * <p>The schemas are also in the jar next to the bundled catalogs; this method reads them when
   * the module's resources are encapsulated (on the module path).
   *
   * @param name the schema's file name, not null
   * @return the schema, UTF-8 JSON text, not null
   * @throws IllegalArgumentException if no shipped schema has that name
   */
  public static String jsonSchema(String name) {
    Objects.requireNonNull(name, "name");
    if (!SCHEMAS.contains(name)) {
      throw new IllegalArgumentException("Unknown schema '" + name + "' (known: "
          + String.join(", ", SCHEMAS) + ")");
    }
    try (InputStream in = BUNDLED_FOLDER.open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: cannot read the bundled '" + name
          + "'", e);
    }
  }

  /**
   * Reads the bundled catalog lazily: at once, each document's header (its provider and date)
   * and the feed's providers; each provider's models, and their layering, on first use. Every
   * answer is the one the whole catalog read at once gives (a test compares them).
   */
  static PriceCatalog loadBundled() {
    return loadBundled(PriceCatalog::bytes);
  }

  /** The bytes of a bundled file by its name. */
  interface BundledFiles {
    byte[] read(String file) throws IOException;
  }

  /** Reads the bundled catalog lazily from files given by name (tests give broken ones). */
  static PriceCatalog loadBundled(BundledFiles files) {
    try {
      List<ProviderEntry> primary = new ArrayList<>();
      LocalDate published = null;
      for (String file : BUNDLED) {
        byte[] bytes = files.read(file);
        CatalogReader.Document header = CatalogReader.header(bytes, file);
        published = earliest(published, header.publishedOn());
        primary.add(new ProviderEntry(header.provider(), () -> Content.of(
            bundledDocument(bytes, file)), false));
      }
      List<ProviderEntry> secondary = new ArrayList<>();
      for (GenaiPricesReader.LazyProvider p : GenaiPricesReader.scan(
          files.read("genai-prices.json"), "genai-prices.json", GENAI_PRICES_URL,
          GENAI_PRICES_COMMIT, GENAI_PRICES_DATE)) {
        secondary.add(new ProviderEntry(p.provider(), () -> Content.of(bundledFeed(p)), true));
      }
      return new PriceCatalog(primary, published)
          .withSecondary(new PriceCatalog(secondary, GENAI_PRICES_DATE));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("inference-econ bug: bundled price catalog is invalid: "
          + e.getMessage(), e);
    }
  }

  private static byte[] bytes(String file) throws IOException {
    try (InputStream in = BUNDLED_FOLDER.open(file)) {
      return in.readAllBytes();
    }
  }

  private static CatalogReader.Document bundledFeed(GenaiPricesReader.LazyProvider p) {
    try {
      return p.document();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("inference-econ bug: bundled price catalog is invalid: "
          + e.getMessage(), e);
    }
  }

  private static CatalogReader.Document bundledDocument(byte[] bytes, String file) {
    try {
      return CatalogReader.read(new ByteArrayInputStream(bytes), file);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("inference-econ bug: bundled price catalog is invalid: "
          + e.getMessage(), e);
    }
  }

  /**
   * Loads a genai-prices v2 feed ({@code data.json} of pydantic/genai-prices), such as a newer
   * one than the bundled feed, read in its own format; every card is
   * {@link SourceTier#SECONDARY} and names the feed, its version and date. Lay it under the
   * primary figures with {@code PriceCatalog.bundled().primaryOnly().withSecondary(feed)}, or,
   * with LiteLLM files and catalogs of your own, through {@link #overBundled()}.
   *
   * @param file the feed, not null
   * @param version the feed's version, such as its commit, not blank, not null
   * @param date the date of that version, not null
   * @return the catalog of the feed, not null
   * @throws InvalidJsonException if the feed is invalid, naming the file, the JSON path, the
   *     field and the rule of every problem; nothing is loaded
   * @throws IOException if the file cannot be read
   */
  public static PriceCatalog loadGenaiPrices(Path file, String version, LocalDate date)
      throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return loadGenaiPrices(in, file.toString(), version, date);
    }
  }

  /**
   * Loads a genai-prices v2 feed from a stream; see {@link #loadGenaiPrices(Path, String,
   * LocalDate)}.
   *
   * @param in the feed, not null; read to its end and not closed
   * @param name the feed's name for messages and sources, such as a file or URL, not null
   * @param version the feed's version, such as its commit, not blank, not null
   * @param date the date of that version, not null
   * @return the catalog of the feed, not null
   * @throws InvalidJsonException if the feed is invalid; nothing is loaded
   * @throws IOException if the stream cannot be read
   */
  public static PriceCatalog loadGenaiPrices(InputStream in, String name, String version,
      LocalDate date) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(date, "date");
    if (Objects.requireNonNull(version, "version").isBlank()) {
      throw new IllegalArgumentException("Feed version must not be blank: '" + version + "'");
    }
    return fromDocuments(GenaiPricesReader.read(in, name, name, version, date));
  }

  /**
   * Loads a catalog from JSON files in the catalog format, one provider per document; a
   * directory stands for the {@code .json} files in it, in name order.
   *
   * @param paths the files or directories, not null
   * @return the catalog of those documents only, not null
   * @throws InvalidJsonException if a document is invalid, or two documents describe one
   *     provider; the message names the file, the JSON path, the provider, the model and the
   *     rule
   * @throws IOException if a file cannot be read
   */
  public static PriceCatalog load(Path... paths) throws IOException {
    Objects.requireNonNull(paths, "paths");
    return load(List.of(paths));
  }

  /**
   * Loads a catalog from JSON files in the catalog format, one provider per document; a
   * directory stands for the {@code .json} files in it, in name order.
   *
   * @param paths the files or directories, not null
   * @return the catalog of those documents only, not null
   * @throws InvalidJsonException if a document is invalid, or two documents describe one
   *     provider; the message names the file, the JSON path, the provider, the model and the
   *     rule
   * @throws IOException if a file cannot be read
   */
  public static PriceCatalog load(Collection<Path> paths) throws IOException {
    Objects.requireNonNull(paths, "paths");
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      Objects.requireNonNull(path, "paths element");
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    List<CatalogReader.Document> docs = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        docs.add(CatalogReader.read(in, file.toString()));
      }
    }
    return fromDocuments(docs);
  }

  /**
   * Loads a catalog from one JSON document in the catalog format.
   *
   * @param in the document, not null; read to its end and not closed
   * @param name the document's name for error messages, such as a file name, not null
   * @return the catalog of that document only, not null
   * @throws InvalidJsonException if the document is invalid; the message names the document,
   *     the JSON path, the provider, the model and the rule
   * @throws IOException if the stream cannot be read
   */
  public static PriceCatalog load(InputStream in, String name) throws IOException {
    return fromDocuments(List.of(CatalogReader.read(in, name)));
  }

  /**
   * Loads a user's LiteLLM {@code model_prices_and_context_window.json}, read in LiteLLM's
   * documented format; every card is {@link SourceTier#SECONDARY} (a third party's
   * compilation), keeps LiteLLM's per-token prices, is listed on the date given (the file has
   * no price dates) and names the file as its source. Lay it over another catalog with
   * {@link #mergedOver(PriceCatalog)}. inference-econ never bundles LiteLLM's data.
   *
   * @param file the file, not null
   * @param listedOn the date its prices were current, not null
   * @return the catalog of the file's chat and completion models, not null
   * @throws InvalidJsonException if the file is invalid, naming the file, the JSON path, the
   *     field and the rule of every problem; nothing is loaded
   * @throws IOException if the file cannot be read
   */
  public static PriceCatalog loadLiteLlm(Path file, LocalDate listedOn) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(listedOn, "listedOn");
    try (InputStream in = Files.newInputStream(file)) {
      return loadLiteLlm(in, file.toString(), listedOn);
    }
  }

  /**
   * Loads a LiteLLM-format price file from a stream; see {@link #loadLiteLlm(Path, LocalDate)}.
   *
   * @param in the file, not null; read to its end and not closed
   * @param name the file's name for messages and sources, not null
   * @param listedOn the date its prices were current, not null
   * @return the catalog, not null
   * @throws InvalidJsonException if the file is invalid; nothing is loaded
   * @throws IOException if the stream cannot be read
   */
  public static PriceCatalog loadLiteLlm(InputStream in, String name, LocalDate listedOn)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(listedOn, "listedOn");
    return fromDocuments(LiteLlmReader.read(in, name, listedOn));
  }

  static PriceCatalog fromDocuments(List<CatalogReader.Document> docs) {
    Map<String, String> seen = new LinkedHashMap<>();
    List<ProviderEntry> entries = new ArrayList<>();
    for (CatalogReader.Document doc : docs) {
      for (String name : doc.provider().names()) {
        String previous = seen.put(NameMatcher.normalise(name), doc.name());
        if (previous != null) {
          throw new InvalidJsonException(doc.name(), "provider", name, "Provider name must "
              + "not be used by another document: '" + previous + "'", null);
        }
      }
      // what of(providers, models) would check holds already: the names above are distinct, so
      // are the ids, and the reader gave every model its document's provider
      entries.add(new ProviderEntry(doc.provider(), doc.models(), doc.names(), doc.rules()));
    }
    LocalDate published = null;
    for (CatalogReader.Document doc : docs) {
      published = earliest(published, doc.publishedOn());
    }
    PriceCatalog catalog = new PriceCatalog(entries, published);
    // the logger is got here, not held in a static field: getting the first logger starts
    // SLF4J, which the bundled catalog read lazily never needs
    LoggerFactory.getLogger(PriceCatalog.class).debug("Loaded price catalog from {} documents: {}",
        docs.size(), catalog);
    return catalog;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a catalog with this catalog laid over a base catalog, such as user prices over the
   * bundled ones.
   *
   * <p>Precedence, for a provider of this catalog that the base knows (by id or alias): its
   * aliases and model-id prefixes are added to the base provider's, and its name, pricing page
   * and note, when present, replace the base's. For a model of this catalog that matches a base
   * model of that provider (by id or alias): its id, when not already a name of the base model,
   * and its aliases are added; each metadata field it has (name, open weights, base model,
   * context window, maximum output, notes) replaces the base's; its conflicts are added; and
   * its cards with one date replace the base cards with that date (the same effective date, or,
   * for cards without one, the same listing date and end date), or, if the base has none, are
   * inserted in date order.
   * Everything else of this catalog is added: new models after the base models of their
   * provider, new providers after the base providers. The base is unchanged.
   *
   * @param base the catalog underneath, not null
   * @return the merged catalog, not null
   * @throws IllegalArgumentException if a model of this catalog matches two base models, a
   *     merged name matches two models, or a merged history's dates contradict each other; the
   *     message names the provider and model
   */
  public PriceCatalog mergedOver(PriceCatalog base) {
    Objects.requireNonNull(base, "base");
    Map<String, CatalogProvider> providers = new LinkedHashMap<>();
    Map<String, List<CatalogModel>> models = new LinkedHashMap<>();
    Map<String, List<CatalogReader.Rule>> rules = new HashMap<>();
    for (ProviderEntry e : base.listed()) {
      providers.put(e.provider.id(), e.provider);
      models.put(e.provider.id(), new ArrayList<>(e.models()));
      rules.put(e.provider.id(), new ArrayList<>(e.rules()));
    }
    for (ProviderEntry over : listed()) {
      ProviderEntry under = base.matchProvider(over.provider);
      if (under == null) {
        providers.put(over.provider.id(), over.provider);
        models.put(over.provider.id(), new ArrayList<>(over.models()));
        rules.put(over.provider.id(), new ArrayList<>(over.rules()));
        continue;
      }
      String id = under.provider.id();
      rules.get(id).addAll(0, over.rules());
      providers.put(id, mergeProvider(under.provider, over.provider));
      List<CatalogModel> list = models.get(id);
      for (CatalogModel model : over.models()) {
        CatalogModel underModel = matchModel(under, model);
        try {
          if (underModel == null) {
            list.add(withIds(model, id, model.id()));
          } else {
            list.set(list.indexOf(underModel), mergeModel(underModel, model));
          }
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Cannot merge " + id + " model '" + model.id()
              + "': " + e.getMessage(), e);
        }
      }
    }
    List<ProviderEntry> merged = new ArrayList<>();
    for (Map.Entry<String, CatalogProvider> p : providers.entrySet()) {
      List<CatalogModel> list = models.get(p.getKey());
      merged.add(new ProviderEntry(p.getValue(), list, ProviderEntry.index(p.getValue(), list),
          rules.get(p.getKey())));
    }
    return new PriceCatalog(merged, earliest(publishedOn, base.publishedOn));
  }

  private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns this catalog with a catalog of secondary figures laid under it, as the bundled
   * catalog lays the genai-prices feed under the providers' own figures.
   *
   * <p>A provider of the secondary catalog that this catalog knows (by id or alias) is merged
   * into it: its names become aliases. Each model of this catalog takes the cards of the
   * secondary model that its id or an alias names (by the secondary catalog's look-up,
   * match rules included), renamed to it, with the secondary model's names as aliases where
   * they name no other model, and its context window when this catalog has none; a model that
   * names dated snapshots of its own (such as {@code gpt-4o-2024-08-06}) takes no other dated
   * name and no match rule from the secondary model, since snapshots were often priced
   * differently. The cards
   * keep their tiers, and each tier keeps its own history, so a primary card still wins on
   * every date it is in force. Secondary models that no model of this catalog takes are
   * added, with their match rules; secondary providers this catalog does not know are added.
   * Neither catalog is changed.
   *
   * @param secondary the catalog underneath, not null
   * @return the layered catalog, not null
   */
  public PriceCatalog withSecondary(PriceCatalog secondary) {
    Objects.requireNonNull(secondary, "secondary");
    List<ProviderEntry> result = new ArrayList<>(entries);
    for (ProviderEntry sec : secondary.entries) {
      ProviderEntry prim = matchProvider(sec.provider);
      if (prim == null) {
        result.add(sec);
        continue;
      }
      result.set(result.indexOf(prim), layer(prim, sec));
    }
    return new PriceCatalog(result, earliest(publishedOn, secondary.publishedOn));
  }

  private static ProviderEntry layer(ProviderEntry prim, ProviderEntry sec) {
    CatalogProvider provider = CatalogProvider.builder().from(prim.provider)
        .aliases(newNames(prim.provider.names(), prim.provider.aliases(), sec.provider.names()))
        .pricingUrl(prim.provider.pricingUrl().isPresent() ? prim.provider.pricingUrl()
            : sec.provider.pricingUrl())
        .build();
    return new ProviderEntry(provider, () -> layer(prim, sec, provider), false);
  }

  /** The models of a primary provider with a secondary one's laid under them. */
  private static Content layer(ProviderEntry prim, ProviderEntry sec, CatalogProvider provider) {
    Set<String> taken = new HashSet<>();
    for (CatalogModel m : prim.models()) {
      for (String name : m.names()) {
        taken.add(NameMatcher.normalise(name));
      }
    }
    // each primary model takes the secondary model one of its names finds; then each secondary
    // model not taken goes to the primary model its own id finds (as users type it)
    Map<CatalogModel, CatalogModel> pairs = new IdentityHashMap<>();
    Set<CatalogModel> paired = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (CatalogModel pm : prim.models()) {
      for (String name : pm.names()) {
        CatalogModel sm = sec.find(name).orElse(null);
        if (sm != null) {
          pairs.put(pm, sm);
          paired.add(sm);
          break;
        }
      }
    }
    for (CatalogModel sm : sec.models()) {
      if (!paired.contains(sm)) {
        CatalogModel pm = prim.find(sm.id()).orElse(null);
        if (pm != null && !pairs.containsKey(pm)) {
          pairs.put(pm, sm);
          paired.add(sm);
        }
      }
    }
    Map<CatalogModel, String> takenBy = new IdentityHashMap<>();
    List<CatalogModel> models = new ArrayList<>();
    for (CatalogModel pm : prim.models()) {
      CatalogModel sm = pairs.get(pm);
      if (sm == null) {
        models.add(pm);
        continue;
      }
      // a model that names its dated snapshots is given no other snapshot by the open
      // catalog, by name or by rule: snapshots were often priced differently
      boolean listsSnapshots = hasSnapshot(pm.aliases());
      takenBy.putIfAbsent(sm, listsSnapshots ? "" : pm.id());
      List<String> aliases = new ArrayList<>(pm.aliases());
      for (String name : sm.names()) {
        if (!(listsSnapshots && hasSnapshot(List.of(name)))
            && taken.add(NameMatcher.normalise(name))) {
          aliases.add(name);
        }
      }
      List<CatalogCard> cards = new ArrayList<>(pm.cards());
      cards.addAll(withIds(sm, pm.provider(), pm.id()).cards());
      models.add(CatalogModel.builder().from(pm).aliases(aliases).cards(cards)
          .contextWindow(pm.contextWindow().isPresent() ? pm.contextWindow()
              : sm.contextWindow()).build());
    }
    NameMatcher.Builder<CatalogModel> names = NameMatcher.builder(provider.id().concat(" model"));
    for (CatalogModel m : models) {
      names.add(m.id(), m.aliases(), m);
    }
    for (CatalogModel sm : sec.models()) {
      if (!takenBy.containsKey(sm) && taken.add(NameMatcher.normalise(sm.id()))) {
        List<String> free = new ArrayList<>();
        for (String alias : sm.aliases()) {
          if (taken.add(NameMatcher.normalise(alias))) {
            free.add(alias);
          }
        }
        CatalogModel added = withIds(free.size() == sm.aliases().size() ? sm
            : CatalogModel.builder().from(sm).aliases(free).build(), provider.id(), sm.id());
        names.add(added.id(), added.aliases(), added);
        models.add(added);
      }
    }
    List<CatalogReader.Rule> rules = new ArrayList<>(prim.rules());
    for (CatalogReader.Rule rule : sec.rules()) {
      CatalogModel target = sec.names().find(rule.model()).orElse(null);
      String to = target == null ? null : takenBy.get(target);
      if (to == null) {
        rules.add(rule);
      } else if (!to.isEmpty()) {
        rules.add(new CatalogReader.Rule(rule.match(), to));
      }
    }
    return new Content(models, names.build(), rules);
  }

  /** Checks if a name carries a snapshot date, such as {@code 2024-05-13} or {@code 20250514}. */
  private static boolean hasSnapshot(List<String> names) {
    for (String name : names) {
      int run = 0;
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        run = c >= '0' && c <= '9' ? run + 1 : c == '-' && run > 0 ? run : 0;
        if (run >= 8) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns this catalog restricted to primary figures: every secondary card and every match
   * rule of the open catalog removed, and the models (and providers) that only secondary
   * figures priced left out. The names and context windows that
   * {@link #withSecondary(PriceCatalog)} gave the remaining models stay.
   *
   * @return the restricted catalog, not null
   */
  public PriceCatalog primaryOnly() {
    List<ProviderEntry> result = new ArrayList<>();
    for (ProviderEntry e : listed()) {
      List<CatalogModel> models = new ArrayList<>();
      for (CatalogModel m : e.models()) {
        List<CatalogCard> primary = m.cards(SourceTier.PRIMARY);
        if (primary.size() == m.cards().size()) {
          models.add(m);
        } else if (!primary.isEmpty()) {
          models.add(CatalogModel.builder().from(m).cards(primary).build());
        }
      }
      if (models.isEmpty() && !e.models().isEmpty()) {
        continue;
      }
      // the match rules come from the open catalog: a secondary figure too
      result.add(new ProviderEntry(e.provider, models, ProviderEntry.index(e.provider, models),
          List.of()));
    }
    return new PriceCatalog(result, publishedOn);
  }

  /**
   * Returns every disagreement between the tiers on a date: for each model with a primary and
   * a secondary card known in force that day, each rate both give that differs (input, output,
   * cached input, reasoning, each cache write, the long-context threshold and rates, the batch
   * discount), with both values and both cards (and so both sources).
   *
   * @param date the date (UTC), not null
   * @return the disagreements, in catalog order, not null
   */
  public List<PriceDisagreement> disagreements(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<PriceDisagreement> out = new ArrayList<>();
    for (ProviderEntry e : listed()) {
      for (CatalogModel m : e.models()) {
        Optional<CardInForce> p = m.findCardOn(date, DatePolicy.STRICT, SourceTier.PRIMARY);
        Optional<CardInForce> s = m.findCardOn(date, DatePolicy.STRICT, SourceTier.SECONDARY);
        if (p.isPresent() && s.isPresent()) {
          PriceDisagreement.compare(m, p.get().card(), s.get().card(), out);
        }
      }
    }
    return List.copyOf(out);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the date of the catalog's oldest document: the date its documents state they were
   * compiled, or, for an open catalog's feed, the feed's date.
   *
   * @return the date, or empty when no document states one
   */
  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(publishedOn);
  }

  /**
   * Checks if more than a threshold has passed since {@link #publishedOn()} (the start of that
   * day, UTC); a catalog without a date is not known to be stale.
   *
   * @param threshold the greatest age that is not stale, not negative, not null
   * @param clock the clock giving the current instant, not null
   * @return true if stale
   * @throws IllegalArgumentException if the threshold is negative
   */
  public boolean isStale(Duration threshold, Clock clock) {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(clock, "clock");
    return publishedOn != null && Staleness.isStale(publishedOn, threshold, clock);
  }

  /**
   * Logs a warning (and returns it) when the catalog is stale: prices change often, so a price
   * catalog more than a few months old may mislead.
   *
   * @param threshold the greatest age that is not stale, not negative, not null
   * @param clock the clock giving the current instant, not null
   * @return the warning logged, or empty when the catalog is not stale
   * @throws IllegalArgumentException if the threshold is negative
   */
  public Optional<String> warnIfStale(Duration threshold, Clock clock) {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(clock, "clock");
    if (publishedOn == null) {
      return Optional.empty();
    }
    return Staleness.warnIfStale("price catalog", publishedOn.toString(), publishedOn, threshold,
        clock);
  }

  private @Nullable ProviderEntry matchProvider(CatalogProvider provider) {
    Set<ProviderEntry> hits = new LinkedHashSet<>();
    for (String name : provider.names()) {
      ProviderEntry hit = providerNames.find(name).orElse(null);
      if (hit != null) {
        hits.add(hit);
      }
    }
    if (hits.size() > 1) {
      throw new IllegalArgumentException("Provider '" + provider.id() + "' matches "
          + hits.size() + " providers of the base catalog: " + hits.stream()
          .map(e -> e.provider.id()).collect(Collectors.joining(", ")));
    }
    return hits.isEmpty() ? null : hits.iterator().next();
  }

  private static @Nullable CatalogModel matchModel(ProviderEntry under, CatalogModel model) {
    Set<CatalogModel> hits = new LinkedHashSet<>();
    for (String name : model.names()) {
      under.findByName(name).ifPresent(hits::add);
    }
    if (hits.size() > 1) {
      throw new IllegalArgumentException("Model '" + model.id() + "' of provider '"
          + under.provider.id() + "' matches " + hits.size() + " models of the base catalog: "
          + hits.stream().map(CatalogModel::id).collect(Collectors.joining(", ")));
    }
    return hits.isEmpty() ? null : hits.iterator().next();
  }

  private static CatalogProvider mergeProvider(CatalogProvider under, CatalogProvider over) {
    return CatalogProvider.builder()
        .id(under.id())
        .name(over.name().or(under::name))
        .aliases(newNames(under.names(), under.aliases(), over.names()))
        .pricingUrl(over.pricingUrl().or(under::pricingUrl))
        .modelIdPrefixes(union(under.modelIdPrefixes(), over.modelIdPrefixes()))
        .note(over.note().or(under::note))
        .build();
  }

  private static CatalogModel mergeModel(CatalogModel under, CatalogModel over) {
    CatalogModel renamed = withIds(over, under.provider(), under.id());
    return CatalogModel.builder()
        .provider(under.provider())
        .id(under.id())
        .name(over.name().or(under::name))
        .aliases(newNames(under.names(), under.aliases(), over.names()))
        .aliasesNote(over.aliasesNote().or(under::aliasesNote))
        .openWeights(over.openWeights().or(under::openWeights))
        .baseModel(over.baseModel().or(under::baseModel))
        .contextWindow(over.contextWindow().or(under::contextWindow))
        .maxOutputTokens(over.maxOutputTokens().or(under::maxOutputTokens))
        .note(over.note().or(under::note))
        .conflicts(union(under.conflicts(), over.conflicts()))
        .cards(mergeCards(under.cards(), renamed.cards()))
        .build();
  }

  /** The aliases of a base entry plus the names of the overlay that are new to it. */
  private static List<String> newNames(List<String> underNames, List<String> underAliases,
      List<String> overNames) {
    Set<String> keys = new HashSet<>();
    for (String name : underNames) {
      keys.add(NameMatcher.normalise(name));
    }
    List<String> aliases = new ArrayList<>(underAliases);
    for (String name : overNames) {
      if (keys.add(NameMatcher.normalise(name))) {
        aliases.add(name);
      }
    }
    return aliases;
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static CatalogModel withIds(CatalogModel model, String provider, String id) {
    if (model.provider().equals(provider) && model.id().equals(id)) {
      return model;
    }
    List<CatalogCard> cards = new ArrayList<>();
    for (CatalogCard card : model.cards()) {
      ApiPriceCard price = ApiPriceCard.builder().from(card.priceCard())
          .provider(provider).model(id).build();
      cards.add(CatalogCard.builder().from(card).priceCard(price).build());
    }
    return CatalogModel.builder().from(model).provider(provider).id(id).cards(cards).build();
  }

  private static List<CatalogCard> mergeCards(List<CatalogCard> under, List<CatalogCard> over) {
    Map<String, List<CatalogCard>> groups = new LinkedHashMap<>();
    for (CatalogCard card : over) {
      groups.computeIfAbsent(dateKey(card), k -> new ArrayList<>()).add(card);
    }
    List<CatalogCard> result = new ArrayList<>(under);
    for (Map.Entry<String, List<CatalogCard>> group : groups.entrySet()) {
      int at = -1;
      for (int i = result.size() - 1; i >= 0; i--) {
        if (dateKey(result.get(i)).equals(group.getKey())) {
          result.remove(i);
          at = i;
        }
      }
      if (at < 0) {
        LocalDate anchor = anchor(group.getValue().get(0));
        at = result.size();
        for (int i = 0; i < result.size(); i++) {
          if (anchor(result.get(i)).isAfter(anchor)) {
            at = i;
            break;
          }
        }
      }
      result.addAll(at, group.getValue());
    }
    return result;
  }

  /** What makes two cards 'the same date': the effective date, or listing date and end. */
  private static String dateKey(CatalogCard card) {
    if (card.effectiveFrom().isPresent()) {
      return card.tier() + " from " + card.effectiveFrom().get();
    }
    return card.tier() + " listed " + card.listedOn().orElseThrow() + " until "
        + card.effectiveUntil().map(LocalDate::toString).orElse("-");
  }

  /** The date a card is inserted by: effective date, listing date, or the day before its end. */
  private static LocalDate anchor(CatalogCard card) {
    if (card.effectiveFrom().isPresent()) {
      return card.effectiveFrom().get();
    }
    LocalDate listed = card.listedOn().orElseThrow();
    Optional<LocalDate> until = card.effectiveUntil();
    return until.isPresent() && !listed.isBefore(until.get()) ? until.get().minusDays(1) : listed;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the providers, in catalog order.
   *
   * @return the providers, not null
   */
  public List<CatalogProvider> providers() {
    return listed().stream().map(e -> e.provider).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a provider by id or alias.
   *
   * @param provider the provider id or alias, any case, not null
   * @return the provider, not null
   * @throws UnknownNameException if no provider has that name
   */
  public CatalogProvider provider(String provider) {
    return entry(provider).provider;
  }

  /**
   * Finds a provider by id or alias.
   *
   * @param provider the provider id or alias, any case, not null
   * @return the provider, or empty
   */
  public Optional<CatalogProvider> findProvider(String provider) {
    return providerNames.find(provider).filter(ProviderEntry::isListed).map(e -> e.provider);
  }

  private ProviderEntry entry(String provider) {
    ProviderEntry known = providersByTypedName.get(Objects.requireNonNull(provider, "provider"));
    if (known != null) {
      return known;
    }
    ProviderEntry e = providerNames.get(provider);
    if (!e.isListed()) {
      throw new UnknownNameException("provider", provider, List.of());
    }
    remember(providersByTypedName, provider, e);
    return e;
  }

  /** Remembers what a name as typed found, below the bound (the answer never changes). */
  private static <T> void remember(Map<String, T> byTypedName, String name, T found) {
    if (byTypedName.size() < MAX_REMEMBERED) {
      byTypedName.putIfAbsent(name, found);
    }
  }

  /**
   * Returns every model of every provider, priced or not, in catalog order.
   *
   * @return the models, not null
   */
  public List<CatalogModel> models() {
    return listed().stream().flatMap(e -> e.models().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the models of a provider, priced or not, in catalog order.
   *
   * @param provider the provider id or alias, not null
   * @return the models, not null
   * @throws UnknownNameException if no provider has that name
   */
  public List<CatalogModel> models(String provider) {
    return entry(provider).models();
  }

  /**
   * Returns a model by provider and model id or alias.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, any case, with or without a model-id prefix, not null
   * @return the model, not null
   * @throws UnknownNameException if the provider or the model is unknown, with suggestions
   */
  public CatalogModel model(String provider, String model) {
    return entry(provider).get(Objects.requireNonNull(model, "model"));
  }

  /**
   * Finds a model by provider and model id or alias.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @return the model, or empty if the provider or the model is unknown
   */
  public Optional<CatalogModel> findModel(String provider, String model) {
    Objects.requireNonNull(model, "model");
    ProviderEntry e = providerNames.find(provider).orElse(null);
    return e != null && e.isListed() ? e.lookUp(model) : Optional.empty();
  }

  /**
   * Returns a model's price card in force today (UTC), by {@link DatePolicy#LENIENT}: never a
   * card that has ended or that starts in the future.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @return the price card, not null
   * @throws UnknownNameException if the provider or the model is unknown
   * @throws PriceNotKnownException if the model has no price card in force today
   */
  public ApiPriceCard card(String provider, String model) {
    return cardOn(provider, model, today(), DatePolicy.LENIENT).card().priceCard();
  }

  /**
   * Finds a model's price card in force today (UTC), as {@link #card(String, String)} does.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @return the price card, or empty if the model is unknown or has no card in force today
   */
  public Optional<ApiPriceCard> findCard(String provider, String model) {
    return findModel(provider, model).flatMap(m -> m.findCardOn(today(), DatePolicy.LENIENT))
        .map(c -> c.card().priceCard());
  }

  /**
   * Returns the card in force on a date, and why when its dates do not show it, as
   * {@link CatalogModel#cardOn(LocalDate, DatePolicy)} chooses it.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @param date the date (UTC), not null
   * @param policy whether a card may be assumed, not null
   * @return the card and any assumption, not null
   * @throws UnknownNameException if the provider or the model is unknown
   * @throws PriceNotKnownException if no card is known (or can be assumed) in force that day
   */
  public CardInForce cardOn(String provider, String model, LocalDate date, DatePolicy policy) {
    return model(provider, model).cardOn(date, policy);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /**
   * Returns the price card known to have been in force on a date.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @param date the date (UTC), not null
   * @return the price card, not null
   * @throws UnknownNameException if the provider or the model is unknown
   * @throws PriceNotKnownException if the model has no card, or none is known to have been in
   *     force that day, with the reason
   */
  public ApiPriceCard cardAsOf(String provider, String model, LocalDate date) {
    return model(provider, model).cardAsOf(date).priceCard();
  }

  /**
   * Returns the price card known to have been in force at an instant, taken as its UTC date.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @param instant the instant, not null
   * @return the price card, not null
   * @throws UnknownNameException if the provider or the model is unknown
   * @throws PriceNotKnownException if the model has no card, or none is known to have been in
   *     force that day, with the reason
   */
  public ApiPriceCard cardAsOf(String provider, String model, Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return cardAsOf(provider, model, LocalDate.ofInstant(instant, ZoneOffset.UTC));
  }

  /**
   * Finds the price card known to have been in force on a date.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @param date the date (UTC), not null
   * @return the price card, or empty if the model is unknown or no price is known for the date
   */
  public Optional<ApiPriceCard> findCardAsOf(String provider, String model, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return findModel(provider, model).flatMap(m -> m.findCardAsOf(date))
        .map(CatalogCard::priceCard);
  }

  /**
   * Returns a model's price cards with their provenance, oldest first.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @return the cards, empty for an unpriced model, not null
   * @throws UnknownNameException if the provider or the model is unknown
   */
  public List<CatalogCard> history(String provider, String model) {
    return model(provider, model).cards();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the exact cost of a usage record at the price card in force today (UTC), through
   * core's {@link ApiCost#of}: every component (input, cache reads and writes, output,
   * reasoning) explained, batch and tier rules applied; see
   * {@link #costAsOf(String, String, ApiUsage, LocalDate, DatePolicy)}.
   *
   * <pre>{@code
   * ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(10_000))
   *     .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.of(1_000)).build();
   * PriceCatalog.bundled().cost("anthropic", "claude-sonnet-4", usage).total();  // USD 0.0234
   * }</pre>
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @param usage the usage, not null
   * @return the explained cost, not null
   * @throws UnknownNameException if the provider or the model is unknown
   * @throws PriceNotKnownException if no price is in force today
   * @throws ContextWindowExceededException if the request does not fit the model's window
   */
  public ApiCost cost(String provider, String model, ApiUsage usage) {
    return costAsOf(provider, model, usage, today(), DatePolicy.LENIENT);
  }

  /**
   * Returns the exact cost of a usage record at the price card in force on a date, by
   * {@link DatePolicy#LENIENT}.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @param usage the usage, not null
   * @param date the date the usage happened (UTC), not null
   * @return the explained cost, not null
   * @throws UnknownNameException if the provider or the model is unknown
   * @throws PriceNotKnownException if no price is known (or can be assumed) in force that day
   * @throws ContextWindowExceededException if the request does not fit the model's window
   */
  public ApiCost costAsOf(String provider, String model, ApiUsage usage, LocalDate date) {
    return costAsOf(provider, model, usage, date, DatePolicy.LENIENT);
  }

  /**
   * Returns the exact cost of a usage record at the price card in force on a date, so that old
   * usage is priced at the rates of its day.
   *
   * <p>The card is the one {@link CatalogModel#cardOn(LocalDate, DatePolicy)} chooses; a card
   * assumed in force is marked on the result ({@link ApiCost#dateAssumption()}), and the result
   * carries the card's {@link io.github.inferenceecon.core.SourceTier tier}. When the chosen
   * card is primary and has no long-context tier, but the secondary card in force that day has
   * one whose threshold the input exceeds, the request is priced at the secondary card (so that
   * a long prompt is never priced at the base rate for want of a primary figure), and the result
   * says so and is secondary. The request must fit the model's context window, where the
   * catalog knows it: input tokens at most the window (unless the card prices prompts above a
   * threshold at or beyond the window, as a long-context beta does), output tokens at most the
   * maximum output.
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @param usage the usage, not null
   * @param date the date the usage happened (UTC), not null
   * @param policy whether a card may be assumed, not null
   * @return the explained cost, not null
   * @throws UnknownNameException if the provider or the model is unknown
   * @throws PriceNotKnownException if no price is known (or can be assumed) in force that day
   * @throws ContextWindowExceededException if the request does not fit the model's window
   */
  public ApiCost costAsOf(String provider, String model, ApiUsage usage, LocalDate date,
      DatePolicy policy) {
    Objects.requireNonNull(usage, "usage");
    CatalogModel m = model(provider, model);
    CardInForce chosen = m.cardOn(date, policy);
    String longContextNote = null;
    ApiPriceCard card = chosen.card().priceCard();
    if (card.tier() == SourceTier.PRIMARY && card.longContext().isEmpty()) {
      Optional<CardInForce> secondary = m.findCardOn(date, policy, SourceTier.SECONDARY);
      if (secondary.isPresent()) {
        ApiPriceCard other = secondary.get().card().priceCard();
        if (other.longContext().isPresent() && other.currency().equals(card.currency())
            && usage.inputTokens().isGreaterThan(other.longContext().get().threshold())) {
          chosen = secondary.get();
          card = other;
          longContextNote = "The primary card has no long-context rates; priced at the "
              + "secondary card, whose long-context tier starts above "
              + other.longContext().get().threshold();
        }
      }
    }
    // a price for prompts above a threshold at or beyond the window shows that the provider
    // takes them (such as a 1M-token beta above a 200K standard window)
    boolean windowExtended = card.longContext().isPresent() && m.contextWindow().isPresent()
        && !card.longContext().get().threshold().isLessThan(m.contextWindow().get());
    if (m.contextWindow().isPresent() && !windowExtended && usage.inputTokens().isGreaterThan(
        m.contextWindow().get())) {
      throw new ContextWindowExceededException(m.provider(), m.id(),
          ContextWindowExceededException.Kind.CONTEXT_WINDOW,
          usage.inputTokens(), m.contextWindow().get());
    }
    if (m.maxOutputTokens().isPresent() && usage.outputTokens().isGreaterThan(
        m.maxOutputTokens().get())) {
      throw new ContextWindowExceededException(m.provider(), m.id(),
          ContextWindowExceededException.Kind.MAXIMUM_OUTPUT,
          usage.outputTokens(), m.maxOutputTokens().get());
    }
    ApiCost cost = ApiCost.of(card, usage);
    if (longContextNote != null) {
      List<String> assumptions = new ArrayList<>(cost.assumptions());
      assumptions.add(longContextNote);
      cost = ApiCost.builder().from(cost).assumptions(assumptions).build();
    }
    return chosen.dateAssumption().isPresent()
        ? cost.withDateAssumption(chosen.dateAssumption().get()) : cost;
  }

  /**
   * Returns the exact cost of a request at the price card in force today (UTC).
   *
   * @param provider the provider id or alias, not null
   * @param model the model id or alias, not null
   * @param request the request (cached input and reasoning tokens are subsets), not null
   * @return the explained cost, not null
   * @throws UnknownNameException if the provider or the model is unknown
   * @throws PriceNotKnownException if no price is in force today
   * @throws ContextWindowExceededException if the request does not fit the model's window
   */
  public ApiCost cost(String provider, String model, Request request) {
    Objects.requireNonNull(request, "request");
    return cost(provider, model, ApiUsage.from(request));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the offers for a token mix, cheapest first.
   *
   * <p>Each priced model that passes the filters offers one card: the card in force on
   * {@link OfferCriteria#asOf()} if set (models without a known price that day are left out),
   * otherwise its latest card unless that card has an end date. The offer's cost is the exact
   * cost of the mix at the card's base rates ({@link TokenPrice#costOf}), less the batch discount
   * when batch prices are asked for. Ties are broken by provider and model id.
   *
   * @param criteria the token mix and filters, not null
   * @return the offers, cheapest first, not null
   * @throws UnknownNameException if a provider named in the criteria is unknown
   * @throws ArithmeticException if a price's denominator makes a cost non-terminating (never
   *     for prices per million tokens)
   */
  public List<Offer> cheapest(OfferCriteria criteria) {
    Objects.requireNonNull(criteria, "criteria");
    Set<ProviderEntry> only = new HashSet<>();
    for (String provider : criteria.providers()) {
      only.add(entry(provider));
    }
    TokenCount total = criteria.totalTokens();
    List<Offer> offers = new ArrayList<>();
    for (ProviderEntry e : listed()) {
      if (!only.isEmpty() && !only.contains(e)) {
        continue;
      }
      for (CatalogModel model : e.models()) {
        offer(model, criteria, total).ifPresent(offers::add);
      }
    }
    offers.sort(Comparator.comparing(Offer::cost)
        .thenComparing(Offer::provider)
        .thenComparing(o -> o.model().id()));
    return List.copyOf(offers);
  }

  private static Optional<Offer> offer(CatalogModel model, OfferCriteria criteria,
      TokenCount total) {
    if (criteria.isOpenWeightsOnly() && !model.hasOpenWeights()) {
      return Optional.empty();
    }
    if (criteria.minContextWindow().isPresent() && (model.contextWindow().isEmpty()
        || model.contextWindow().get().isLessThan(criteria.minContextWindow().get()))) {
      return Optional.empty();
    }
    Optional<CatalogCard> card = criteria.asOf().isPresent()
        ? model.findCardAsOf(criteria.asOf().get())
        : model.latestCard().filter(c -> c.effectiveUntil().isEmpty());
    if (card.isEmpty()) {
      return Optional.empty();
    }
    ApiPriceCard price = card.get().priceCard();
    if (!price.currency().equals(criteria.currency())) {
      return Optional.empty();
    }
    TokenRates rates = price.rates();
    Money cost = rates.input().costOf(criteria.inputTokens())
        .plus(rates.output().costOf(criteria.outputTokens()));
    if (criteria.isBatch()) {
      if (price.batchDiscount().isEmpty()) {
        return Optional.empty();
      }
      cost = cost.multipliedBy(BigDecimal.ONE.subtract(price.batchDiscount().get()));
    }
    return Optional.of(Offer.of(model, card.get(), total, cost));
  }

  /**
   * Returns the ratio of output to input price of every priced model's latest card, smallest
   * first, with the minimum, median and maximum.
   *
   * <p>Each ratio is the output price divided by the input price (per the same number of
   * tokens), rounded to {@code scale} decimal places. Models whose input price is zero have no
   * ratio and are listed as excluded.
   *
   * @param scale the decimal places of each ratio, not negative
   * @param rounding the rounding of each ratio, not null
   * @return the summary, not null
   * @throws IllegalArgumentException if the scale is negative or no model has a ratio
   * @throws ArithmeticException if rounding is needed under {@link RoundingMode#UNNECESSARY}
   */
  public RatioSummary outputToInputRatios(int scale, RoundingMode rounding) {
    Checks.notNegative(scale, "Ratio scale");
    Objects.requireNonNull(rounding, "rounding");
    List<PriceRatio> ratios = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    for (CatalogModel model : models()) {
      Optional<CatalogCard> card = model.latestCard();
      if (card.isEmpty()) {
        continue;
      }
      TokenRates rates = card.get().priceCard().rates();
      if (rates.input().isZero()) {
        excluded.add(model.provider() + "/" + model.id());
        continue;
      }
      BigDecimal output = rates.output().price().amount()
          .multiply(BigDecimal.valueOf(rates.input().per().count()));
      BigDecimal input = rates.input().price().amount()
          .multiply(BigDecimal.valueOf(rates.output().per().count()));
      BigDecimal ratio = output.divide(input, scale, rounding);
      ratios.add(PriceRatio.of(model.provider(), model.id(), card.get(), ratio));
    }
    if (ratios.isEmpty()) {
      throw new IllegalArgumentException("Catalog must have a priced model with a non-zero "
          + "input price: 0 models");
    }
    ratios.sort(Comparator.comparing(PriceRatio::ratio)
        .thenComparing(PriceRatio::provider)
        .thenComparing(PriceRatio::model));
    return RatioSummary.of(ratios, excluded);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a summary such as {@code PriceCatalog[37 providers, 1370 models, 1370 priced]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    List<CatalogModel> models = models();
    long priced = models.stream().filter(CatalogModel::isPriced).count();
    return "PriceCatalog[" + listed().size() + " providers, " + models.size() + " models, "
        + priced + " priced]";
  }

  //-----------------------------------------------------------------------
  /**
   * Starts laying the user's own price files over the bundled catalog ({@link #bundled()}),
   * in the order {@link Loader} describes.
   *
   * <pre>{@code
   * PriceCatalog mine = PriceCatalog.overBundled()
   *     .genaiPrices(Path.of("data.json"), "0123abc", LocalDate.of(2026, 11, 2))
   *     .liteLlm(Path.of("model_prices_and_context_window.json"))
   *     .catalogs(Path.of("my-prices"))
   *     .load();
   * }</pre>
   *
   * @return a new loader, not null
   * @throws IllegalStateException if the bundled catalog is invalid (a library bug)
   */
  public static Loader overBundled() {
    return new Loader(bundled());
  }

  /**
   * Starts laying the user's own price files over a base catalog, in the order {@link Loader}
   * describes.
   *
   * @param base the catalog underneath, its secondary figures replaced by a genai-prices feed
   *     when one is given, not null
   * @return a new loader, not null
   */
  public static Loader over(PriceCatalog base) {
    return new Loader(Objects.requireNonNull(base, "base"));
  }

  /**
   * Lays a user's price files over a base catalog, such as the bundled one, always in one order
   * whatever the order of the calls, from the bottom:
   * <ol>
   *   <li>the base catalog's primary figures;</li>
   *   <li>its secondary figures, or, when a genai-prices feed is given
   *       ({@link #genaiPrices(Path, String, LocalDate)}), that feed in their place
   *       ({@link PriceCatalog#primaryOnly()} of the base,
   *       {@linkplain PriceCatalog#withSecondary(PriceCatalog) with the feed as secondary});</li>
   *   <li>the LiteLLM files ({@link #liteLlm(Path, LocalDate)}),
   *       {@linkplain PriceCatalog#mergedOver(PriceCatalog) merged over} that, a file given later
   *       over one given earlier;</li>
   *   <li>the catalogs in the inference-econ format ({@link #catalogs(Collection)}), merged over
   *       everything, the documents of a later call over those of an earlier one.</li>
   * </ol>
   * So a card of the user's catalogs replaces a card of the same tier and date below it, and a
   * card of a LiteLLM file one of the feed; a primary card still wins on every date it is in
   * force over any secondary card ({@link PriceCatalog#withSecondary(PriceCatalog)}). To keep
   * the primary figures alone, call {@link PriceCatalog#primaryOnly()} on the result.
   *
   * <p>Each method reads and checks its files at once, so that an I/O error or invalid JSON
   * surfaces there, naming the file; {@link #load()} lays the layers and can be called again.
   * A date not given is today's (UTC), taken when the method is called; a feed's version not
   * given is its file name.
   *
   * <p>This class is mutable and not thread-safe; the catalogs it returns are immutable.
   */
  public static final class Loader {

    private final PriceCatalog base;
    private @Nullable PriceCatalog feed;
    private final List<PriceCatalog> liteLlm = new ArrayList<>();
    private final List<PriceCatalog> catalogs = new ArrayList<>();

    private Loader(PriceCatalog base) {
      this.base = base;
    }

    /**
     * Gives the genai-prices v2 feed to use instead of the base catalog's secondary figures,
     * with its file name (such as {@code data.json}) as its version and today (UTC) as its
     * date; see {@link #genaiPrices(Path, String, LocalDate)}.
     *
     * @param file the feed, not null
     * @return this loader
     * @throws IllegalStateException if a feed was given already
     * @throws InvalidJsonException if the feed is invalid; nothing is loaded
     * @throws IOException if the file cannot be read
     */
    public Loader genaiPrices(Path file) throws IOException {
      return genaiPrices(file, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Gives the genai-prices v2 feed to use instead of the base catalog's secondary figures,
     * at a version, with today (UTC) as its date; see
     * {@link #genaiPrices(Path, String, LocalDate)}.
     *
     * @param file the feed, not null
     * @param version the feed's version, such as its commit, not blank, not null
     * @return this loader
     * @throws IllegalStateException if a feed was given already
     * @throws IllegalArgumentException if the version is blank
     * @throws InvalidJsonException if the feed is invalid; nothing is loaded
     * @throws IOException if the file cannot be read
     */
    public Loader genaiPrices(Path file, String version) throws IOException {
      return genaiPrices(file, version, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Gives the genai-prices v2 feed to use instead of the base catalog's secondary figures,
     * of a date, with its file name (such as {@code data.json}) as its version; see
     * {@link #genaiPrices(Path, String, LocalDate)}.
     *
     * @param file the feed, not null
     * @param date the date of the feed, not null
     * @return this loader
     * @throws IllegalStateException if a feed was given already
     * @throws InvalidJsonException if the feed is invalid; nothing is loaded
     * @throws IOException if the file cannot be read
     */
    public Loader genaiPrices(Path file, LocalDate date) throws IOException {
      Objects.requireNonNull(file, "file");
      // a path without a name (a root) is no file: its reading fails with an IOException
      return genaiPrices(file, Objects.toString(file.getFileName(), file.toString()), date);
    }

    /**
     * Gives the genai-prices v2 feed ({@code data.json} of pydantic/genai-prices) to use
     * instead of the base catalog's secondary figures, read by
     * {@link PriceCatalog#loadGenaiPrices(Path, String, LocalDate)}.
     *
     * @param file the feed, not null
     * @param version the feed's version, such as its commit, not blank, not null
     * @param date the date of that version, not null
     * @return this loader
     * @throws IllegalStateException if a feed was given already
     * @throws IllegalArgumentException if the version is blank
     * @throws InvalidJsonException if the feed is invalid; nothing is loaded
     * @throws IOException if the file cannot be read
     */
    public Loader genaiPrices(Path file, String version, LocalDate date) throws IOException {
      Objects.requireNonNull(file, "file");
      if (feed != null) {
        throw new IllegalStateException("A genai-prices feed is given already; give one: '"
            + file + "'");
      }
      feed = loadGenaiPrices(file, version, date);
      return this;
    }

    /**
     * Adds a LiteLLM {@code model_prices_and_context_window.json} whose prices were current
     * today (UTC); see {@link #liteLlm(Path, LocalDate)}.
     *
     * @param file the file, not null
     * @return this loader
     * @throws InvalidJsonException if the file is invalid; nothing is loaded
     * @throws IOException if the file cannot be read
     */
    public Loader liteLlm(Path file) throws IOException {
      return liteLlm(file, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Adds a LiteLLM {@code model_prices_and_context_window.json}, read by
     * {@link PriceCatalog#loadLiteLlm(Path, LocalDate)}: secondary cards listed on the date
     * given.
     *
     * @param file the file, not null
     * @param listedOn the date its prices were current, not null
     * @return this loader
     * @throws InvalidJsonException if the file is invalid; nothing is loaded
     * @throws IOException if the file cannot be read
     */
    public Loader liteLlm(Path file, LocalDate listedOn) throws IOException {
      liteLlm.add(loadLiteLlm(file, listedOn));
      return this;
    }

    /**
     * Adds price catalogs in the inference-econ format, read by
     * {@link PriceCatalog#load(Collection)}: files, or directories standing for the
     * {@code .json} files in them.
     *
     * @param paths the files or directories, not null
     * @return this loader
     * @throws InvalidJsonException if a document is invalid, or two describe one provider;
     *     nothing is loaded
     * @throws IOException if a file cannot be read
     */
    public Loader catalogs(Path... paths) throws IOException {
      Objects.requireNonNull(paths, "paths");
      return catalogs(List.of(paths));
    }

    /**
     * Adds price catalogs in the inference-econ format, read by
     * {@link PriceCatalog#load(Collection)}: files, or directories standing for the
     * {@code .json} files in them.
     *
     * @param paths the files or directories, not null
     * @return this loader
     * @throws InvalidJsonException if a document is invalid, or two describe one provider;
     *     nothing is loaded
     * @throws IOException if a file cannot be read
     */
    public Loader catalogs(Collection<Path> paths) throws IOException {
      catalogs.add(PriceCatalog.load(paths));
      return this;
    }

    /**
     * Returns the catalog of the layers given, laid in the order described on {@link Loader}:
     * the base alone when nothing is given.
     *
     * @return the catalog, not null
     * @throws IllegalArgumentException if a layer cannot be merged over the one below it: a
     *     model matching two models below, or a merged history whose dates contradict each
     *     other (the message names the provider and model)
     */
    public PriceCatalog load() {
      PriceCatalog catalog = feed == null ? base : base.primaryOnly().withSecondary(feed);
      for (PriceCatalog layer : liteLlm) {
        catalog = layer.mergedOver(catalog);
      }
      for (PriceCatalog layer : catalogs) {
        catalog = layer.mergedOver(catalog);
      }
      return catalog;
    }
  }
}
