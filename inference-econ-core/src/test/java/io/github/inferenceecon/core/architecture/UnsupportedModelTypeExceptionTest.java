/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class UnsupportedModelTypeExceptionTest {

  @Test
  void constructor_buildsMessageAndKeepsValues() {
    UnsupportedModelTypeException e =
        new UnsupportedModelTypeException("falcon", List.of("llama", "mistral"));

    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unsupported model_type 'falcon' (supported: llama, mistral)");
    assertThat(e.modelType()).isEqualTo("falcon");
    assertThat(e.supported()).containsExactly("llama", "mistral");
  }

  @Test
  void supported_isACopy() {
    List<String> types = new ArrayList<>(List.of("llama"));
    UnsupportedModelTypeException e = new UnsupportedModelTypeException("falcon", types);

    types.add("mistral");

    assertThat(e.supported()).containsExactly("llama");
  }

  @Test
  void constructor_nulls_throwNullPointer() {
    assertThatThrownBy(() -> new UnsupportedModelTypeException(null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("modelType");
    assertThatThrownBy(() -> new UnsupportedModelTypeException("falcon", null))
        .isInstanceOf(NullPointerException.class);
  }
}
