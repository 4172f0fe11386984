/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class InferenceEconJsonTest {

  private static final ObjectMapper MAPPER = InferenceEconJson.newMapper();
  private static final Money USD_0_0234 = Money.of("USD", "0.0234");

  /** A bean with one field in a view and one outside any view. */
  static final class Viewed {
    /** The view. */
    interface Public {}

    @JsonView(Public.class)
    public final String shown = "shown";
    public final String hidden = "hidden";
  }

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_isFinalWithOnlyAPrivateConstructor() {
    assertThat(Modifier.isFinal(InferenceEconJson.class.getModifiers())).isTrue();
    Constructor<?>[] constructors = InferenceEconJson.class.getDeclaredConstructors();
    assertThat(constructors).hasSize(1);
    assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
  }

  //--- newMapper() ------------------------------------------------------------------------------

  @Test
  void newMapper_eachCall_isNewInstance() {
    assertThat(InferenceEconJson.newMapper()).isNotSameAs(InferenceEconJson.newMapper());
  }

  @Test
  void newMapper_reconfiguringOne_leavesOthersAlone() {
    ObjectMapper lenient = InferenceEconJson.newMapper();
    lenient.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(InferenceEconJson.newMapper()
        .isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
  }

  @Test
  void newMapper_features_asDocumented() {
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)).isTrue();
    assertThat(MAPPER.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)).isTrue();
    assertThat(MAPPER.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION))
        .isTrue();
    assertThat(MAPPER.getFactory().isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION))
        .isTrue();
    assertThat(MAPPER.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
    assertThat(MAPPER.isEnabled(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)).isFalse();
    assertThat(MAPPER.isEnabled(MapperFeature.DEFAULT_VIEW_INCLUSION)).isFalse();
  }

  @Test
  void newMapper_moneyExample_isExactText() {
    assertThat(writeJson(USD_0_0234)).isEqualTo("{\"amount\":\"0.0234\",\"currency\":\"USD\"}");
  }

  @Test
  void newMapper_unknownProperty_throws() {
    assertThatThrownBy(() ->
        MAPPER.readValue("{\"amount\":\"1\",\"currency\":\"USD\",\"rate\":1}", Money.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("Unrecognized field \"rate\"");
  }

  @Test
  void newMapper_trailingTokens_throw() {
    assertThatThrownBy(() -> MAPPER.readValue("1500 1", TokenCount.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Trailing token");
  }

  @Test
  void newMapper_duplicateKey_throws() {
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"amount\":\"1\",\"amount\":\"2\",\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("Duplicate field 'amount'");
  }

  @Test
  void newMapper_nullForPrimitive_throws() {
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"amount\":\"0.15\",\"currency\":\"USD\",\"perTokens\":null}", TokenPrice.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void newMapper_floats_areBigDecimals() throws Exception {
    Object value = MAPPER.readValue("0.10", Object.class);
    assertThat(value).isEqualTo(new BigDecimal("0.10"));
    JsonNode node = MAPPER.readTree("{\"price\":0.1}");
    assertThat(node.get("price").isBigDecimal()).isTrue();
  }

  @Test
  void newMapper_duration_isIsoText() throws Exception {
    assertThat(writeJson(Duration.ofMillis(1500))).isEqualTo("\"PT1.5S\"");
    assertThat(MAPPER.readValue("\"PT0.00479403S\"", Duration.class))
        .isEqualTo(Duration.ofNanos(4_794_030));
  }

  @Test
  void newMapper_datesAndInstants_areIsoText() {
    assertThat(writeJson(LocalDate.of(2026, 1, 31))).isEqualTo("\"2026-01-31\"");
    assertThat(writeJson(Instant.EPOCH)).isEqualTo("\"1970-01-01T00:00:00Z\"");
  }

  @Test
  void newMapper_optional_isValueOrNull() throws Exception {
    assertThat(writeJson(Optional.of(TokenCount.of(5)))).isEqualTo("5");
    assertThat(writeJson(Optional.empty())).isEqualTo("null");
    Optional<TokenCount> read = MAPPER.readValue("1500",
        new TypeReference<Optional<TokenCount>>() {});
    assertThat(read).contains(TokenCount.of(1500));
  }

  @Test
  void newMapper_views_excludeUnmarkedProperties() throws Exception {
    assertThat(MAPPER.writerWithView(Viewed.Public.class).writeValueAsString(new Viewed()))
        .isEqualTo("{\"shown\":\"shown\"}");
  }

  @Test
  void newMapper_defaultTyping_isOff() throws Exception {
    // with default typing a class name in an array would select the class; here it is data
    assertThat(MAPPER.getSerializationConfig().getDefaultTyper(MAPPER.constructType(Object.class)))
        .isNull();
    Object read = MAPPER.readValue("[\"java.util.HashMap\",{}]", Object.class);
    assertThat(read).isInstanceOf(List.class);
  }

  private static String writeJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
