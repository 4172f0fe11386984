/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** Checks that a value's instance fields are final (ThreeTen's {@code test_immutable}). */
final class Immutability {

  private Immutability() {}

  /**
   * Asserts that every instance field of the value's class and its superclasses, except the
   * transient initialisation shims Immutables generates, is final.
   */
  static void assertFieldsFinal(Object value) {
    for (Class<?> c = value.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (!f.isSynthetic() && !Modifier.isStatic(m) && !Modifier.isTransient(m)) {
          assertThat(Modifier.isFinal(m)).as(c.getSimpleName() + "." + f.getName()).isTrue();
        }
      }
    }
  }
}
