/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class NameMatcherProperties {

  /** The rule as first written: lower-case each char, keep letters and digits. */
  private static String reference(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Names as users type them: ids, punctuation, upper case, non-ASCII letters, NUL. */
  private static Gen<String> names() {
    Gen<Character> chars = arbitrary().pick('a', 'z', 'A', 'Z', '0', '9', '-', '.', ':', '/',
        '@', '_', ' ', '\u0000', '\u00c9', '\u00e9', '\u0130', '\u03a3', '\u2160', '\u00b2',
        '\ud83d', '\ude00', '\u212a');
    return lists().of(chars).ofSizeBetween(0, 24)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  @Test
  void normalise_anyName_sameAsLowerCasingAndKeepingLettersAndDigits() {
    qt().forAll(names()).checkAssert(name ->
        assertThat(NameMatcher.normalise(name)).isEqualTo(reference(name)));
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(name ->
        assertThat(NameMatcher.normalise(name)).isEqualTo(reference(name)));
  }

  @Test
  void normalise_isIdempotent() {
    qt().forAll(names()).checkAssert(name -> {
      String key = NameMatcher.normalise(name);
      assertThat(NameMatcher.normalise(key)).isEqualTo(key);
    });
  }
}
