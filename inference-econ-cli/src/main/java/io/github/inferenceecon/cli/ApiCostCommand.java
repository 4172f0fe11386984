/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.CostComponent;
import io.github.inferenceecon.core.billing.PriceNotKnownException;
import io.github.inferenceecon.core.chart.Charts;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.ApiResponseFormat;
import io.github.inferenceecon.pricing.ApiResponseUsage;
import io.github.inferenceecon.pricing.DatePolicy;
import io.github.inferenceecon.pricing.ResponseFormatMismatchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code api-cost}: the exact bill of a request at a provider's price card. */
@Command(name = "api-cost", mixinStandardHelpOptions = true,
    description = "Exact cost of a request at a provider's API price card, every component "
        + "(input, cache reads and writes, output, reasoning) as tokens x price = cost; the "
        + "usage given as counts or read from a raw API response body (--response).")
final class ApiCostCommand implements Callable<Integer>, HtmlOptions.Drawing {

  @Spec
  CommandSpec spec;

  @Mixin
  OutputOptions output;

  @Mixin
  HtmlOptions html;

  @Mixin
  PriceCatalogOptions catalog;

  @Option(names = "--provider", paramLabel = "P",
      description = "Provider id, e.g. anthropic, openai, deepseek, together. See `catalog "
          + "prices`. With --response: the provider of the format unless given (give it for "
          + "Azure OpenAI, Vertex AI or an OpenAI-compatible API).")
  String provider;

  @Option(names = "--model", paramLabel = "M",
      description = "Model id, alias or dated snapshot id at the provider. With --response: "
          + "the model the body names unless given (a Bedrock body names none).")
  String model;

  /** The most tokens of one kind a bill may count: 10^15. */
  static final long MAX_BILLED_TOKENS = 1_000_000_000_000_000L;

  @ArgGroup(exclusive = true, multiplicity = "1")
  UsageSource usage;

  /** The usage: counts given one by one, or a raw response body to read them from. */
  static final class UsageSource {
    @ArgGroup(exclusive = false, heading = "Usage given as counts:%n")
    Counts counts;

    @ArgGroup(exclusive = false, heading = "Usage read from a raw API response body:%n")
    Body body;
  }

  /** The usage as counts. */
  static final class Counts {
    @Option(names = "--input", required = true, paramLabel = "I",
        description = "Input tokens, cached ones included.")
    long input;

    @Option(names = "--output", required = true, paramLabel = "O",
        description = "Output tokens, reasoning included.")
    long outputTokens;

    @Option(names = "--cached-input", paramLabel = "C",
        description = "Input tokens read from the prompt cache (part of --input). Default: 0.")
    long cachedInput;

    @Option(names = "--cache-write", paramLabel = "W",
        description = "Input tokens written to the prompt cache (part of --input). Default: 0.")
    long cacheWrite;

    @Option(names = "--cache-ttl", paramLabel = "TTL",
        description = "Lifetime of the cache write: 5m or 1h. Default: 5m.")
    String cacheTtl = "5m";

    @Option(names = "--reasoning", paramLabel = "R",
        description = "Reasoning tokens (part of --output). Default: 0.")
    long reasoning;

    @Option(names = "--tier", paramLabel = "NAME",
        description = "A service tier of the card, e.g. priority or flex.")
    String tier;
  }

  /** The usage as a raw response body. */
  static final class Body {
    @Option(names = "--response", required = true, paramLabel = "FILE",
        description = "A raw API response body as the provider sent it: a JSON document or "
            + "the text of a stream (server-sent events; Gemini's JSON array; Bedrock's binary "
            + "event stream), at most 64 MiB. Its usage is read by the format's counting "
            + "convention.")
    Path file;

    @Option(names = "--format", paramLabel = "F",
        converter = FormatConverter.class,
        description = "The API the body came from: openai-chat-completions, "
            + "openai-responses, anthropic-messages, gemini-generate-content or "
            + "bedrock-converse. Default: told from the body's documented fields (an "
            + "ambiguous or unknown body is refused); when given, a body that is clearly of "
            + "another format is refused.")
    ApiResponseFormat format;
  }

  /** Reads a format by its constant's name, in lower case with hyphens or as written. */
  static final class FormatConverter implements ITypeConverter<ApiResponseFormat> {
    @Override
    public ApiResponseFormat convert(String value) {
      String name = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
      for (ApiResponseFormat f : ApiResponseFormat.values()) {
        if (f.name().equals(name)) {
          return f;
        }
      }
      throw new TypeConversionException("Unknown response format '" + value + "'; known: "
          + Arrays.stream(ApiResponseFormat.values())
              .map(ApiResponseFormat::id)
              .collect(Collectors.joining(", ")));
    }
  }

  @Option(names = "--batch-api", description = "Price at the batch API discount.")
  boolean batch;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "Price at the card in force then: an ISO date (2025-06-01) or instant "
          + "(2025-06-01T12:00:00Z). Default: today.")
  String at;

  @Option(names = "--strict-dates",
      description = "Refuse a date on which no card is known to have been in force, instead of "
          + "assuming the earliest undated card (and saying so with dateAssumed).")
  boolean strictDates;

  @Option(names = "--primary-only",
      description = "Use only the providers' own figures (PRIMARY): no secondary card.")
  boolean primaryOnly;

  @Option(names = "--partial",
      description = "Print the bill even when a component is unpriced, with the priced part "
          + "only (pricedTotal) and no total; without it, an unpriced component is an error.")
  boolean partial;

  @Override
  public Integer call() throws IOException {
    String providerId = provider;
    String modelId = model;
    ApiUsage u;
    ApiResponseUsage read = null;
    if (usage.body != null) {
      byte[] body = body(usage.body.file);
      read = ApiResponseUsage.read(format(usage.body.format, body), body);
      u = batch ? ApiUsage.builder().from(read.usage()).batch(true).build() : read.usage();
      providerId = providerId != null ? providerId : read.provider();
      if (modelId == null) {
        String format = read.format().id();
        modelId = read.model().orElseThrow(() -> new IllegalArgumentException("Missing "
            + "required option '--model=M': the " + format + " body names no model"));
      }
    } else {
      if (providerId == null || modelId == null) {
        throw new IllegalArgumentException("Missing required option"
            + (providerId == null && modelId == null ? "s: '--provider=P', '--model=M'"
                : providerId == null ? ": '--provider=P'" : ": '--model=M'"));
      }
      u = counts(usage.counts);
    }
    LocalDate date = at == null ? LocalDate.now(ZoneOffset.UTC) : date(at);
    ApiCost cost = catalog.catalog(primaryOnly).costAsOf(providerId, modelId, u, date,
        strictDates ? DatePolicy.STRICT : DatePolicy.LENIENT);
    if (!partial) {
      try {
        cost.total();
      } catch (PriceNotKnownException e) {
        throw new IllegalArgumentException(e.getMessage() + (batch ? " (--batch-api)" : "")
            + "; --partial prints the priced part only", e);
      }
    }
    Report r = report(cost);
    if (read != null) {
      r.put("format", "read as", read.format().id());
    }
    r.print(spec.commandLine().getOut(), output);
    if (html.isWanted()) {
      html.emit("API cost: " + providerId + " " + modelId, List.of(section(r, date,
          providerId, modelId)));
    }
    return 0;
  }

  private ApiUsage counts(Counts c) {
    Inputs.range(spec, "--input", c.input, 0, MAX_BILLED_TOKENS);
    Inputs.range(spec, "--output", c.outputTokens, 0, MAX_BILLED_TOKENS);
    Inputs.range(spec, "--cached-input", c.cachedInput, 0, MAX_BILLED_TOKENS);
    Inputs.range(spec, "--cache-write", c.cacheWrite, 0, MAX_BILLED_TOKENS);
    Inputs.range(spec, "--reasoning", c.reasoning, 0, MAX_BILLED_TOKENS);
    ApiUsage.Builder b = ApiUsage.builder()
        .inputTokens(TokenCount.of(c.input))
        .outputTokens(TokenCount.of(c.outputTokens))
        .cachedInputTokens(TokenCount.of(c.cachedInput))
        .reasoningTokens(TokenCount.of(c.reasoning))
        .batch(batch);
    if (c.cacheWrite > 0) {
      b.putCacheWriteTokens(ttl(c.cacheTtl), TokenCount.of(c.cacheWrite));
    }
    if (c.tier != null) {
      b.serviceTier(c.tier);
    }
    return b.build();
  }

  /**
   * The format of a body: told from the body ({@link ApiResponseFormat#detect(byte[])}), or the
   * one given unless the body is clearly of another
   * ({@link ApiResponseFormat#detect(ApiResponseFormat, byte[])}).
   */
  private static ApiResponseFormat format(@Nullable ApiResponseFormat given, byte[] body) {
    if (given == null) {
      try {
        return ApiResponseFormat.detect(body);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--response: " + e.getMessage()
            + " (--format names it)", e);
      }
    }
    try {
      return ApiResponseFormat.detect(given, body);
    } catch (ResponseFormatMismatchException e) {
      throw new IllegalArgumentException("--format " + given.id() + " must match the body, "
          + "whose fields are those of " + e.found().id() + ": '" + given.id() + "'", e);
    }
  }

  /** Reads a body of at most the library's limit, also from a file of unknown size. */
  private static byte[] body(Path file) {
    int limit = ApiResponseUsage.MAX_BODY_LENGTH;
    try (InputStream in = Files.newInputStream(file)) {
      long size = Files.isRegularFile(file) ? Files.size(file) : 0;
      byte[] body = size > limit ? null : in.readNBytes(limit + 1);
      if (body == null || body.length > limit) {
        throw new IllegalArgumentException("--response file must be at most " + limit
            + " bytes (64 MiB, far above any real response body): '" + file + "' is "
            + (body == null ? size + " bytes" : "longer"));
      }
      return body;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--response: no such file: '" + file + "'", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("--response: cannot read '" + file + "': "
          + e.getMessage(), e);
    }
  }

  /** The page: the model's price history, the bill and the source of every card. */
  private HtmlPage.Section section(Report result, LocalDate date, String provider,
      String model) {
    List<ApiPriceCard> cards = new ArrayList<>();
    catalog.catalog(primaryOnly).history(provider, model).forEach(c -> cards.add(c.priceCard()));
    HtmlPage.Section s = new HtmlPage.Section("API cost: " + provider + " " + model);
    if (!cards.isEmpty()) {
      s.chart(Charts.priceHistory(cards, date));
    }
    s.results(result);
    cards.forEach(card -> Provenance.card(s, card));
    return s;
  }

  @Override
  public HtmlOptions html() {
    return html;
  }

  static Report report(ApiCost cost) {
    List<Report> components = new ArrayList<>();
    for (CostComponent c : cost.components()) {
      Report r = new Report().put("name", c.name()).put("tokens", c.tokens().count());
      r.put("pricePerMillion", "price per 1M", c.pricePerMillion().orElse(null));
      r.put("cost", "cost", c.cost().orElse(null));
      if (!c.isPriced()) {
        r.put("unpriced", "unpriced", c.note().orElse("no price on the card"));
      }
      components.add(r);
    }
    Report r = new Report()
        .put("provider", "provider", cost.provider())
        .put("model", "model", cost.model());
    if (cost.isFullyPriced()) {
      r.put("total", "total", cost.total());
    } else {
      r.put("pricedTotal", "priced part only", cost.pricedTotal());
    }
    r.put("fullyPriced", "fully priced", cost.isFullyPriced())
        .put("tier", "tier", cost.tier().name())
        .put("effectiveDate", "effective from", cost.effectiveFrom().map(LocalDate::toString)
            .orElse("not published"))
        .put("dateAssumed", "date assumed", cost.isDateAssumed());
    cost.dateAssumption().ifPresent(a -> r.put("dateAssumption", "why assumed", a));
    return r.put("source", "source", cost.source().orElse(null))
        .put("components", "components", components);
  }

  private static Duration ttl(String text) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Cache lifetime must be 5m, 1h or an ISO-8601 "
          + "duration: '" + text + "'", e);
    }
  }

  static LocalDate date(String text) {
    try {
      return text.contains("T") ? LocalDate.ofInstant(Instant.parse(text), ZoneOffset.UTC)
          : LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--at must be an ISO date or instant between years "
          + "-999999999 and 999999999: '" + text + "'", e);
    }
  }
}
