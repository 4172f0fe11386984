/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hand-written form checks accept exactly the languages of the regular expressions. */
final class FiguresProperties {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern REGION = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** Short texts over an alphabet that hits every branch of the expressions. */
  private static Gen<String> texts(String alphabet) {
    Gen<Character> chars = integers().between(0, alphabet.length() - 1).map(alphabet::charAt);
    return lists().of(chars).ofSizeBetween(0, 12)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** URL-like texts: a prefix that is often a scheme, then a tail with some whitespace. */
  private static Gen<String> urls() {
    Gen<String> prefixes = Generate.pick(List.of("http://", "https://", "https:/", "htps://",
        "HTTP://", "", "http://x", "ftp://"));
    return prefixes.zip(texts("ab/.: \t\u000B\u00a0\u2003\ne"), (p, t) -> p + t);
  }

  /**
   * Texts built from a valid form (an id, a region, a partial date) with a few characters
   * replaced, inserted or dropped, so that both valid and nearly valid texts are common.
   */
  private static Gen<String> nearly(String[] forms, String noise) {
    return longs().all().map(seed -> {
      Random random = new Random(seed);
      StringBuilder b = new StringBuilder(forms[random.nextInt(forms.length)]);
      for (int i = 0; i < b.length(); i++) {
        if (b.charAt(i) == 'd') {
          b.setCharAt(i, (char) ('0' + random.nextInt(10)));
        }
      }
      int edits = random.nextInt(3);
      for (int e = 0; e < edits && b.length() > 0; e++) {
        int at = random.nextInt(b.length());
        char c = noise.charAt(random.nextInt(noise.length()));
        switch (random.nextInt(3)) {
          case 0:
            b.setCharAt(at, c);
            break;
          case 1:
            b.insert(at, c);
            break;
          default:
            b.deleteCharAt(at);
            break;
        }
      }
      return b.toString();
    });
  }

  @Test
  void isId_nearlyValid_isTheExpression() {
    qt().forAll(nearly(new String[] {"nvidia-h100-sxm", "aws-p5.48xlarge", "a", "x1.y-z"},
        "a9.-A_ ")).checkAssert(text ->
            assertThat(Figures.isId(text)).as(text).isEqualTo(ID.matcher(text).matches()));
  }

  @Test
  void isRegion_nearlyValid_isTheExpression() {
    qt().forAll(nearly(new String[] {"US-VA", "EU-27", "DE", "us-east-1"}, "aZ9-._ "))
        .checkAssert(text -> assertThat(Figures.isRegion(text)).as(text)
            .isEqualTo(REGION.matcher(text).matches()));
  }

  @Test
  void isPartialDateForm_nearlyValid_isTheExpression() {
    qt().forAll(nearly(new String[] {"dddd", "dddd-dd", "dddd-dd-dd"}, "7-x\u0663 "))
        .checkAssert(text -> assertThat(Figures.isPartialDateForm(text)).as(text)
            .isEqualTo(PARTIAL_DATE.matcher(text).matches()));
  }

  @Test
  void isId_isTheExpression() {
    qt().forAll(texts("az09.-A_")).checkAssert(text ->
        assertThat(Figures.isId(text)).as(text).isEqualTo(ID.matcher(text).matches()));
  }

  @Test
  void isRegion_isTheExpression() {
    qt().forAll(texts("aZ09-._")).checkAssert(text ->
        assertThat(Figures.isRegion(text)).as(text).isEqualTo(REGION.matcher(text).matches()));
  }

  @Test
  void isUrl_isTheExpression() {
    qt().forAll(urls()).checkAssert(text ->
        assertThat(Figures.isUrl(text)).as(text).isEqualTo(URL.matcher(text).matches()));
  }

  @Test
  void isPartialDateForm_isTheExpression() {
    qt().forAll(texts("0129-x\u0663")).checkAssert(text ->
        assertThat(Figures.isPartialDateForm(text)).as(text)
            .isEqualTo(PARTIAL_DATE.matcher(text).matches()));
  }
}
