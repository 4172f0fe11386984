/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.billing.LongContextRule;
import io.github.inferenceecon.core.internal.IsoDates;
import io.github.inferenceecon.core.internal.SharedJson;
import io.github.inferenceecon.pricing.CatalogDocument.CacheWriteDoc;
import io.github.inferenceecon.pricing.CatalogDocument.CardDoc;
import io.github.inferenceecon.pricing.CatalogDocument.ConflictDoc;
import io.github.inferenceecon.pricing.CatalogDocument.GapDoc;
import io.github.inferenceecon.pricing.CatalogDocument.LongContextDoc;
import io.github.inferenceecon.pricing.CatalogDocument.ModelDoc;
import io.github.inferenceecon.pricing.CatalogDocument.ProviderDoc;
import io.github.inferenceecon.pricing.CatalogDocument.RatesDoc;
import io.github.inferenceecon.pricing.CatalogDocument.SourceDoc;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps the JSON tree of a price-catalog document to the {@link CatalogDocument} records by hand,
 * field by field, instead of through Jackson's data binding, whose start-up (building bean
 * deserializers by reflection) took much of the time of loading the bundled catalogs.
 *
 * <p>It reads what Jackson's binding read, with the same rules and messages: fields in document
 * order; an unknown field, a value of the wrong type or a required field that is absent is an
 * error naming the JSON path (such as {@code models[1].cards[0].input}), the provider and the
 * model; a {@code null} value is kept as {@code null} for {@link CatalogReader} to reject.
 * Scalars are coerced as Jackson coerces them: numbers and booleans to text, numeric text to
 * numbers, whole numbers to booleans, a number of seconds to a duration; text is trimmed before
 * it is parsed as a number, a boolean, a date, a duration or a constant. Two Jackson leniencies
 * outside the published schema are not kept: a date must be ISO text (such as
 * {@code 2025-01-01}), not a number of days since 1970 or an array, and a constant such as
 * {@code ALL_TOKENS} must be its name, not its position in the enum.
 *
 * <p>Not part of the public API. Each instance reads one document and is not thread-safe.
 */
final class CatalogDocumentReader {

  private static final String COERCION_HINT =
      " value (but could if coercion was enabled using `CoercionConfig`)";

  private final JsonNode tree;
  private final String name;
  /** The JSON path of the value being read: field names and array indexes. */
  private final List<Object> path = new ArrayList<>();

  private CatalogDocumentReader(JsonNode tree, String name) {
    this.tree = tree;
    this.name = name;
  }

  /**
   * Maps a document.
   *
   * @param tree the document, not null
   * @param name the document's name for messages, not null
   * @return the records, not null
   * @throws JsonMappingException if a value has the wrong type, a field is unknown or a required
   *     field is absent
   */
  static CatalogDocument read(JsonNode tree, String name) throws JsonMappingException {
    return new CatalogDocumentReader(tree, name).document(tree);
  }

  //-----------------------------------------------------------------------
  private CatalogDocument document(JsonNode node) throws JsonMappingException {
    object(node);
    @Nullable Integer schemaVersion = null;
    ProviderDoc provider = null;
    String currency = null;
    List<ModelDoc> models = null;
    List<GapDoc> gaps = null;
    boolean hasProvider = false;
    boolean hasCurrency = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      path.add(field.getKey());
      switch (field.getKey()) {
        case "schemaVersion":
          schemaVersion = intValue(value);
          break;
        case "provider":
          provider = value.isNull() ? null : provider(value);
          hasProvider = true;
          break;
        case "currency":
          currency = text(value);
          hasCurrency = true;
          break;
        case "models":
          models = models(value);
          break;
        case "gaps":
          gaps = gaps(value);
          break;
        default:
          unknown = unknown == null ? field.getKey() : unknown;
          break;
      }
      pop();
    }
    required(schemaVersion != null, "schemaVersion");
    required(hasProvider, "provider");
    required(hasCurrency, "currency");
    rejectUnknown(unknown, CatalogDocument.class);
    return new CatalogDocument(schemaVersion, provider, currency, models, gaps);
  }

  private ProviderDoc provider(JsonNode node) throws JsonMappingException {
    object(node);
    String id = null;
    String providerName = null;
    List<String> aliases = null;
    String pricingUrl = null;
    List<String> prefixes = null;
    String note = null;
    boolean hasId = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      path.add(field.getKey());
      switch (field.getKey()) {
        case "id":
          id = text(value);
          hasId = true;
          break;
        case "name":
          providerName = text(value);
          break;
        case "aliases":
          aliases = texts(value);
          break;
        case "pricingUrl":
          pricingUrl = text(value);
          break;
        case "modelIdPrefixes":
          prefixes = texts(value);
          break;
        case "note":
          note = text(value);
          break;
        default:
          unknown = unknown == null ? field.getKey() : unknown;
          break;
      }
      pop();
    }
    required(hasId, "id");
    rejectUnknown(unknown, ProviderDoc.class);
    return new ProviderDoc(id, providerName, aliases, pricingUrl, prefixes, note);
  }

  private @Nullable ModelDoc model(JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      return null;
    }
    object(node);
    String id = null;
    String modelName = null;
    List<String> aliases = null;
    String aliasesNote = null;
    Boolean openWeights = null;
    String baseModel = null;
    Long contextWindow = null;
    Long maxOutputTokens = null;
    String note = null;
    List<ConflictDoc> conflicts = null;
    List<CardDoc> cards = null;
    boolean hasId = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      path.add(field.getKey());
      switch (field.getKey()) {
        case "id":
          id = text(value);
          hasId = true;
          break;
        case "name":
          modelName = text(value);
          break;
        case "aliases":
          aliases = texts(value);
          break;
        case "aliasesNote":
          aliasesNote = text(value);
          break;
        case "openWeights":
          openWeights = bool(value);
          break;
        case "baseModel":
          baseModel = text(value);
          break;
        case "contextWindow":
          contextWindow = longValue(value);
          break;
        case "maxOutputTokens":
          maxOutputTokens = longValue(value);
          break;
        case "note":
          note = text(value);
          break;
        case "conflicts":
          conflicts = conflicts(value);
          break;
        case "cards":
          cards = cards(value);
          break;
        default:
          unknown = unknown == null ? field.getKey() : unknown;
          break;
      }
      pop();
    }
    required(hasId, "id");
    rejectUnknown(unknown, ModelDoc.class);
    return new ModelDoc(id, modelName, aliases, aliasesNote, openWeights, baseModel,
        contextWindow, maxOutputTokens, note, conflicts, cards);
  }

  private @Nullable CardDoc card(JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      return null;
    }
    object(node);
    LocalDate effectiveFrom = null;
    LocalDate effectiveUntil = null;
    LocalDate listedOn = null;
    SourceDoc source = null;
    BigDecimal input = null;
    BigDecimal output = null;
    BigDecimal cachedInput = null;
    List<CacheWriteDoc> cacheWrites = null;
    BigDecimal reasoning = null;
    BigDecimal batchDiscount = null;
    LongContextDoc longContext = null;
    Map<String, RatesDoc> serviceTiers = null;
    String note = null;
    boolean hasInput = false;
    boolean hasOutput = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      path.add(field.getKey());
      switch (field.getKey()) {
        case "effectiveFrom":
          effectiveFrom = date(value);
          break;
        case "effectiveUntil":
          effectiveUntil = date(value);
          break;
        case "listedOn":
          listedOn = date(value);
          break;
        case "source":
          source = value.isNull() ? null : source(value);
          break;
        case "input":
          input = decimal(value);
          hasInput = true;
          break;
        case "output":
          output = decimal(value);
          hasOutput = true;
          break;
        case "cachedInput":
          cachedInput = decimal(value);
          break;
        case "cacheWrites":
          cacheWrites = cacheWrites(value);
          break;
        case "reasoning":
          reasoning = decimal(value);
          break;
        case "batchDiscount":
          batchDiscount = decimal(value);
          break;
        case "longContext":
          longContext = value.isNull() ? null : longContext(value);
          break;
        case "serviceTiers":
          serviceTiers = serviceTiers(value);
          break;
        case "note":
          note = text(value);
          break;
        default:
          unknown = unknown == null ? field.getKey() : unknown;
          break;
      }
      pop();
    }
    required(hasInput, "input");
    required(hasOutput, "output");
    rejectUnknown(unknown, CardDoc.class);
    return new CardDoc(effectiveFrom, effectiveUntil, listedOn, source, input, output,
        cachedInput, cacheWrites, reasoning, batchDiscount, longContext, serviceTiers, note);
  }

  private SourceDoc source(JsonNode node) throws JsonMappingException {
    object(node);
    String url = null;
    LocalDate read = null;
    LocalDate sourceDate = null;
    boolean hasUrl = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      path.add(field.getKey());
      switch (field.getKey()) {
        case "url":
          url = text(value);
          hasUrl = true;
          break;
        case "read":
          read = date(value);
          break;
        case "sourceDate":
          sourceDate = date(value);
          break;
        default:
          unknown = unknown == null ? field.getKey() : unknown;
          break;
      }
      pop();
    }
    required(hasUrl, "url");
    rejectUnknown(unknown, SourceDoc.class);
    return new SourceDoc(url, read, sourceDate);
  }

  private @Nullable CacheWriteDoc cacheWrite(JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      return null;
    }
    object(node);
    Duration ttl = null;
    BigDecimal price = null;
    boolean hasTtl = false;
    boolean hasPrice = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      path.add(field.getKey());
      switch (field.getKey()) {
        case "ttl":
          ttl = duration(value);
          hasTtl = true;
          break;
        case "price":
          price = decimal(value);
          hasPrice = true;
          break;
        default:
          unknown = unknown == null ? field.getKey() : unknown;
          break;
      }
      pop();
    }
    required(hasTtl, "ttl");
    required(hasPrice, "price");
    rejectUnknown(unknown, CacheWriteDoc.class);
    return new CacheWriteDoc(ttl, price);
  }

  private @Nullable RatesDoc rates(JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      return null;
    }
    object(node);
    BigDecimal input = null;
    BigDecimal output = null;
    BigDecimal cachedInput = null;
    List<CacheWriteDoc> cacheWrites = null;
    BigDecimal reasoning = null;
    boolean hasInput = false;
    boolean hasOutput = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      path.add(field.getKey());
      switch (field.getKey()) {
        case "input":
          input = decimal(value);
          hasInput = true;
          break;
        case "output":
          output = decimal(value);
          hasOutput = true;
          break;
        case "cachedInput":
          cachedInput = decimal(value);
          break;
        case "cacheWrites":
          cacheWrites = cacheWrites(value);
          break;
        case "reasoning":
          reasoning = decimal(value);
          break;
        default:
          unknown = unknown == null ? field.getKey() : unknown;
          break;
      }
      pop();
    }
    required(hasInput, "input");
    required(hasOutput, "output");
    rejectUnknown(unknown, RatesDoc.class);
    return new RatesDoc(input, output, cachedInput, cacheWrites, reasoning);
  }

  private LongContextDoc longContext(JsonNode node) throws JsonMappingException {
    object(node);
    Long aboveInputTokens = null;
    Long fromInputTokens = null;
    LongContextRule appliesTo = null;
    BigDecimal input = null;
    BigDecimal output = null;
    BigDecimal cachedInput = null;
    List<CacheWriteDoc> cacheWrites = null;
    BigDecimal reasoning = null;
    boolean hasAppliesTo = false;
    boolean hasInput = false;
    boolean hasOutput = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      path.add(field.getKey());
      switch (field.getKey()) {
        case "aboveInputTokens":
          aboveInputTokens = longValue(value);
          break;
        case "fromInputTokens":
          fromInputTokens = longValue(value);
          break;
        case "appliesTo":
          appliesTo = rule(value);
          hasAppliesTo = true;
          break;
        case "input":
          input = decimal(value);
          hasInput = true;
          break;
        case "output":
          output = decimal(value);
          hasOutput = true;
          break;
        case "cachedInput":
          cachedInput = decimal(value);
          break;
        case "cacheWrites":
          cacheWrites = cacheWrites(value);
          break;
        case "reasoning":
          reasoning = decimal(value);
          break;
        default:
          unknown = unknown == null ? field.getKey() : unknown;
          break;
      }
      pop();
    }
    required(hasAppliesTo, "appliesTo");
    required(hasInput, "input");
    required(hasOutput, "output");
    rejectUnknown(unknown, LongContextDoc.class);
    return new LongContextDoc(aboveInputTokens, fromInputTokens, appliesTo, input, output,
        cachedInput, cacheWrites, reasoning);
  }

  private @Nullable ConflictDoc conflict(JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      return null;
    }
    object(node);
    String field = null;
    String detail = null;
    List<String> sources = null;
    String chosen = null;
    boolean hasDetail = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode value = entry.getValue();
      path.add(entry.getKey());
      switch (entry.getKey()) {
        case "field":
          field = text(value);
          break;
        case "detail":
          detail = text(value);
          hasDetail = true;
          break;
        case "sources":
          sources = texts(value);
          break;
        case "chosen":
          chosen = text(value);
          break;
        default:
          unknown = unknown == null ? entry.getKey() : unknown;
          break;
      }
      pop();
    }
    required(hasDetail, "detail");
    rejectUnknown(unknown, ConflictDoc.class);
    return new ConflictDoc(field, detail, sources, chosen);
  }

  private @Nullable GapDoc gap(JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      return null;
    }
    object(node);
    String model = null;
    String what = null;
    String reason = null;
    boolean hasModel = false;
    boolean hasWhat = false;
    boolean hasReason = false;
    @Nullable String unknown = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      path.add(field.getKey());
      switch (field.getKey()) {
        case "model":
          model = text(value);
          hasModel = true;
          break;
        case "what":
          what = text(value);
          hasWhat = true;
          break;
        case "reason":
          reason = text(value);
          hasReason = true;
          break;
        default:
          unknown = unknown == null ? field.getKey() : unknown;
          break;
      }
      pop();
    }
    required(hasModel, "model");
    required(hasWhat, "what");
    required(hasReason, "reason");
    rejectUnknown(unknown, GapDoc.class);
    return new GapDoc(model, what, reason);
  }

  //-----------------------------------------------------------------------
  // The lists are read by one method each, without lambdas: linking a lambda costs a class of
  // its own when the catalogs load in a fresh JVM. ArrayList, unlike List.of, holds the nulls
  // that the checks after reading report.

  private @Nullable JsonNode array(JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      throw fail("Field must be a JSON array: " + show(node));
    }
    return node;
  }

  /** The kinds of array element the documents hold; a switch, not lambdas, on the start-up path. */
  private enum Element { TEXT, MODEL, CARD, CACHE_WRITE, CONFLICT, GAP }

  private @Nullable List<String> texts(JsonNode node) throws JsonMappingException {
    return list(node, Element.TEXT);
  }

  private @Nullable List<ModelDoc> models(JsonNode node) throws JsonMappingException {
    return list(node, Element.MODEL);
  }

  private @Nullable List<CardDoc> cards(JsonNode node) throws JsonMappingException {
    return list(node, Element.CARD);
  }

  private @Nullable List<CacheWriteDoc> cacheWrites(JsonNode node) throws JsonMappingException {
    return list(node, Element.CACHE_WRITE);
  }

  private @Nullable List<ConflictDoc> conflicts(JsonNode node) throws JsonMappingException {
    return list(node, Element.CONFLICT);
  }

  private @Nullable List<GapDoc> gaps(JsonNode node) throws JsonMappingException {
    return list(node, Element.GAP);
  }

  /** Reads an array of one kind of element, each at its index on the path. */
  @SuppressWarnings("unchecked")
  private <T> @Nullable List<T> list(JsonNode node, Element kind) throws JsonMappingException {
    JsonNode array = array(node);
    if (array == null) {
      return null;
    }
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      path.add(i);
      out.add((T) element(kind, array.get(i)));
      pop();
    }
    return out;
  }

  private Object element(Element kind, JsonNode node) throws JsonMappingException {
    switch (kind) {
      case TEXT:
        return text(node);
      case MODEL:
        return model(node);
      case CARD:
        return card(node);
      case CACHE_WRITE:
        return cacheWrite(node);
      case CONFLICT:
        return conflict(node);
      default:
        return gap(node);
    }
  }

  private @Nullable Map<String, RatesDoc> serviceTiers(JsonNode node)
      throws JsonMappingException {
    if (node.isNull()) {
      return null;
    }
    object(node);
    Map<String, RatesDoc> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      path.add(field.getKey());
      out.put(field.getKey(), rates(field.getValue()));
      pop();
    }
    return out;
  }

  private void object(JsonNode node) throws JsonMappingException {
    if (!node.isObject()) {
      throw fail(path.isEmpty() ? "Price catalog must be a JSON object: " + show(node)
          : "Field must be a JSON object: " + show(node));
    }
  }

  private @Nullable String text(JsonNode node) throws JsonMappingException {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNull()) {
      return null;
    }
    if (node.isValueNode()) {
      // as Jackson does, a number or a boolean is read as its text
      return node.asText();
    }
    throw wrongToken("java.lang.String", node);
  }

  private @Nullable BigDecimal decimal(JsonNode node) throws JsonMappingException {
    String type = "java.math.BigDecimal";
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      String text = trimmed(node, type);
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw fail("Cannot deserialize value of type `" + type + "` from String \"" + text
            + "\": not a valid representation");
      }
    }
    throw wrongToken(type, node);
  }

  private @Nullable Long longValue(JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      return null;
    }
    return whole(node, "java.lang.Long", "long", Long.MIN_VALUE, Long.MAX_VALUE);
  }

  private int intValue(JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      throw fail("Field must not be null");
    }
    return (int) whole(node, "int", "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * Reads a whole number in [min, max] from a number or a text, failing in Jackson's words for
   * the type: a fraction, an out-of-range value, a malformed text or another token.
   */
  private long whole(JsonNode node, String type, String primitive, long min, long max)
      throws JsonMappingException {
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
        throw fail("Numeric value (" + node.asText() + ") out of range of " + primitive + " ("
            + min + " - " + max + ")");
      }
      return node.longValue();
    }
    if (node.isNumber()) {
      throw fail("Cannot coerce Floating-point value (" + node.asText() + ") to `" + type + "`"
          + COERCION_HINT);
    }
    if (node.isTextual()) {
      String text = trimmed(node, type);
      try {
        long value = Long.parseLong(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below, as the out-of-range text is
      }
      throw fail("Cannot deserialize value of type `" + type + "` from String \"" + text
          + "\": not a valid `" + type + "` value");
    }
    throw wrongToken(type, node);
  }

  private @Nullable Boolean bool(JsonNode node) throws JsonMappingException {
    String type = "java.lang.Boolean";
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber()) {
      // as Jackson does, a whole number is true unless it is zero
      return node.bigIntegerValue().signum() != 0;
    }
    if (node.isTextual()) {
      String text = trimmed(node, type);
      if ("true".equals(text) || "True".equals(text) || "TRUE".equals(text)) {
        return Boolean.TRUE;
      }
      if ("false".equals(text) || "False".equals(text) || "FALSE".equals(text)) {
        return Boolean.FALSE;
      }
      throw fail("Cannot deserialize value of type `" + type + "` from String \"" + text
          + "\": only \"true\" or \"false\" recognized");
    }
    throw wrongToken(type, node);
  }

  private @Nullable LocalDate date(JsonNode node) throws JsonMappingException {
    String type = "java.time.LocalDate";
    if (node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw fail("Date must be ISO text such as \"2025-01-01\": " + show(node));
    }
    String text = node.textValue().trim();
    if (text.isEmpty()) {
      throw fail("Cannot coerce empty String (\"\") to `" + type + "`" + COERCION_HINT);
    }
    try {
      if (text.length() > 10 && text.charAt(10) == 'T') {
        return text.endsWith("Z")
            ? LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC).toLocalDate()
            : LocalDateTime.parse(text).toLocalDate();
      }
      return IsoDates.parse(text);
    } catch (DateTimeException e) {
      throw fail("Cannot deserialize value of type `" + type + "` from String \"" + text
          + "\": Failed to deserialize " + type + ": (" + e.getClass().getName() + ") "
          + e.getMessage());
    }
  }

  private @Nullable Duration duration(JsonNode node) throws JsonMappingException {
    String type = "java.time.Duration";
    if (node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong()) {
        throw fail("Numeric value (" + node.asText() + ") out of range of long ("
            + Long.MIN_VALUE + " - " + Long.MAX_VALUE + ")");
      }
      return Duration.ofSeconds(node.longValue());
    }
    if (node.isNumber()) {
      // a number of seconds, as Jackson reads it
      BigDecimal seconds = node.decimalValue();
      BigInteger whole = seconds.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
      long nanos = seconds.subtract(new BigDecimal(whole)).movePointRight(9).longValue();
      try {
        return Duration.ofSeconds(whole.longValueExact(), nanos);
      } catch (ArithmeticException e) {
        throw fail("Numeric value (" + node.asText() + ") out of range of a duration");
      }
    }
    if (node.isTextual()) {
      String text = node.textValue().trim();
      if (text.isEmpty()) {
        throw fail("Cannot coerce empty String (\"\") to `" + type + "`" + COERCION_HINT);
      }
      try {
        return parseDuration(text);
      } catch (DateTimeException e) {
        throw fail("Cannot deserialize value of type `" + type + "` from String \"" + text
            + "\": Failed to deserialize " + type + ": (" + e.getClass().getName() + ") "
            + e.getMessage());
      }
    }
    if (node.isArray()) {
      throw wrongToken(type, node);
    }
    throw fail("Unexpected token (" + token(node) + "), expected one of [VALUE_STRING, "
        + "VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT] for " + type + " value");
  }

  private @Nullable LongContextRule rule(JsonNode node) throws JsonMappingException {
    String type = LongContextRule.class.getName();
    if (node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw wrongToken(type, node);
    }
    String text = node.textValue().trim();
    if (text.isEmpty()) {
      throw fail("Cannot coerce empty String (\"\") to `" + type + "`" + COERCION_HINT);
    }
    for (LongContextRule rule : LongContextRule.values()) {
      if (rule.name().equals(text)) {
        return rule;
      }
    }
    throw fail("Cannot deserialize value of type `" + type + "` from String \"" + text
        + "\": not one of the values accepted for Enum class: "
        + Arrays.toString(LongContextRule.values()));
  }

  /**
   * Parses an ISO duration as {@link Duration#parse} does; the common forms {@code PT5M},
   * {@code PT1H} and {@code PT30S} are read without the regular expression that the first
   * {@code Duration.parse} compiles.
   */
  private static Duration parseDuration(String text) {
    int last = text.length() - 1;
    if (last >= 3 && last <= 12 && text.startsWith("PT")) {
      long amount = 0;
      for (int i = 2; i < last; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return Duration.parse(text);
        }
        amount = amount * 10 + (c - '0');
      }
      switch (text.charAt(last)) {
        case 'H':
          return Duration.ofHours(amount);
        case 'M':
          return Duration.ofMinutes(amount);
        case 'S':
          return Duration.ofSeconds(amount);
        default:
          break;
      }
    }
    return Duration.parse(text);
  }

  /** Returns the trimmed text of a text node, failing when it is empty or blank. */
  private String trimmed(JsonNode node, String type) throws JsonMappingException {
    String text = node.textValue();
    if (text.isEmpty()) {
      throw fail("Cannot coerce empty String (\"\") to `" + type + "`" + COERCION_HINT);
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      throw fail("Cannot coerce blank String (all whitespace) to `" + type + "`"
          + COERCION_HINT);
    }
    return trimmed;
  }

  //-----------------------------------------------------------------------
  private void pop() {
    path.remove(path.size() - 1);
  }

  private void required(boolean present, String field) throws JsonMappingException {
    if (!present) {
      path.add(field);
      throw fail("Missing required field '" + field + "'");
    }
  }

  /** Fails on the first unknown field of an object, as Jackson does after the other checks. */
  private void rejectUnknown(@Nullable String field, Class<? extends Record> type)
      throws JsonMappingException {
    if (field == null) {
      return;
    }
    path.add(field);
    List<String> known = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      known.add(component.getName());
    }
    known.sort(null);
    throw fail("Unknown field '" + field + "' (known: " + String.join(", ", known) + ")");
  }

  private JsonMappingException wrongToken(String type, JsonNode node) {
    return fail("Cannot deserialize value of type `" + type + "` from " + kind(node)
        + " value (token `JsonToken." + token(node) + "`)");
  }

  private static String kind(JsonNode node) {
    if (node.isArray()) {
      return "Array";
    }
    if (node.isObject()) {
      return "Object";
    }
    if (node.isBoolean()) {
      return "Boolean";
    }
    if (node.isIntegralNumber()) {
      return "Integer";
    }
    return node.isNumber() ? "Floating-point" : "String";
  }

  private static String token(JsonNode node) {
    if (node.isArray()) {
      return "START_ARRAY";
    }
    if (node.isObject()) {
      return "START_OBJECT";
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "VALUE_TRUE" : "VALUE_FALSE";
    }
    if (node.isIntegralNumber()) {
      return "VALUE_NUMBER_INT";
    }
    return node.isNumber() ? "VALUE_NUMBER_FLOAT" : "VALUE_STRING";
  }

  private static String show(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** An error at the current path, naming the provider and model as the tree gives them. */
  private JsonMappingException fail(String message) {
    String at = SharedJson.path(path);
    String model = null;
    if (path.size() >= 2 && "models".equals(path.get(0)) && path.get(1) instanceof Integer) {
      model = textOrNull(tree.path("models").path((Integer) path.get(1)).path("id"));
    }
    return CatalogReader.invalid(name, at,
        textOrNull(tree.at("/provider/id")), model, message, null);
  }

  private static @Nullable String textOrNull(JsonNode node) {
    return node.isTextual() ? node.textValue() : null;
  }
}
