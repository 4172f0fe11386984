/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_11_27;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CatalogInfoTest {

  private static final CatalogInfo MINE_1 =
      CatalogInfo.of("mine.json", "1", DATE_2026_11_27, List.of("note"));

  @Test
  void of_keepsParts() {
    assertThat(MINE_1.origin()).isEqualTo("mine.json");
    assertThat(MINE_1.version()).isEqualTo("1");
    assertThat(MINE_1.publishedOn()).isEqualTo(DATE_2026_11_27);
    assertThat(MINE_1.notes()).containsExactly("note");
  }

  @Test
  void of_blankOrigin_throws() {
    assertThatThrownBy(() -> CatalogInfo.of(" ", "1", DATE_2026_11_27, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Catalog origin must not be blank: ' '");
  }

  @Test
  void of_blankVersion_throws() {
    assertThatThrownBy(() -> CatalogInfo.of("mine.json", "", DATE_2026_11_27, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Catalog version must not be blank: ''");
  }

  @Test
  void of_null_throws() {
    assertThatThrownBy(() -> CatalogInfo.of(null, "1", DATE_2026_11_27, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("origin");
    assertThatThrownBy(() -> CatalogInfo.of("o", null, DATE_2026_11_27, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("version");
    assertThatThrownBy(() -> CatalogInfo.of("o", "1", null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("publishedOn");
    assertThatThrownBy(() -> CatalogInfo.of("o", "1", DATE_2026_11_27, null))
        .isInstanceOf(NullPointerException.class).hasMessage("notes");
  }

  @Test
  void equals_sameParts_equalAndSameHash() {
    CatalogInfo same = CatalogInfo.of("mine.json", "1", DATE_2026_11_27, List.of("note"));

    assertThat(same).isEqualTo(MINE_1).hasSameHashCodeAs(MINE_1);
    assertThat(CatalogInfo.of("mine.json", "2", DATE_2026_11_27, List.of("note")))
        .isNotEqualTo(MINE_1);
    assertThat(MINE_1).isNotEqualTo(null).isNotEqualTo("mine.json");
  }

  @Test
  void fields_areFinal() {
    for (Field f : CatalogInfo.class.getDeclaredFields()) {
      assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue();
    }
  }

  @Test
  void toString_isOriginVersionAndDate() {
    assertThat(MINE_1).hasToString("mine.json 1 (published 2026-11-27)");
  }
}
