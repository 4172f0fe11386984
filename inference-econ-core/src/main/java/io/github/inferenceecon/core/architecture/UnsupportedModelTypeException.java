/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import io.github.inferenceecon.core.InputValues;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a Hugging Face {@code config.json} names a {@code model_type} the importer does not
 * support, such as "Unsupported model_type 'falcon' (supported: llama, mistral, ...)".
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class UnsupportedModelTypeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The model type that is not supported. */
  private final String modelType;
  /** The model types the importer supports. */
  private final List<String> supported;
  /** The file or resource the model type was read from; null when not given. */
  private final @Nullable String source;

  /**
   * Creates an exception for an unsupported model type.
   *
   * @param modelType the model type found, not null
   * @param supported the supported model types, not null
   */
  public UnsupportedModelTypeException(String modelType, List<String> supported) {
    super("Unsupported model_type '" + shown(Objects.requireNonNull(modelType, "modelType"))
        + "' (supported: " + String.join(", ", supported) + ")");
    this.modelType = modelType;
    this.supported = List.copyOf(supported);
    this.source = null;
  }

  /**
   * Creates an exception for an unsupported model type read from a file, such as
   * "Unsupported model_type 'falcon' in 'falcon-7b/config.json' (supported: llama, ...)".
   *
   * @param source the file or resource the type was read from, not null
   * @param modelType the model type found, not null
   * @param supported the supported model types, not null
   */
  public UnsupportedModelTypeException(String source, String modelType, List<String> supported) {
    super("Unsupported model_type '" + shown(Objects.requireNonNull(modelType, "modelType"))
        + "' in '" + shown(Objects.requireNonNull(source, "source")) + "' (supported: "
        + String.join(", ", supported) + ")");
    this.modelType = modelType;
    this.supported = List.copyOf(supported);
    this.source = source;
  }

  private static String shown(String text) {
    return InputValues.shown(text);
  }

  /**
   * Returns the file or resource the model type was read from.
   *
   * @return the source, or empty when not given
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the model type that is not supported.
   *
   * @return the model type, not null
   */
  public String modelType() {
    return modelType;
  }

  /**
   * Returns the model types the importer supports.
   *
   * @return the supported types, not null
   */
  public List<String> supported() {
    return supported;
  }
}
