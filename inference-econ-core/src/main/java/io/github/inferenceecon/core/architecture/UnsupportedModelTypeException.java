/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import java.util.List;
import java.util.Objects;

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

  /**
   * Creates an exception for an unsupported model type.
   *
   * @param modelType the model type found, not null
   * @param supported the supported model types, not null
   */
  public UnsupportedModelTypeException(String modelType, List<String> supported) {
    super("Unsupported model_type '" + Objects.requireNonNull(modelType, "modelType")
        + "' (supported: " + String.join(", ", supported) + ")");
    this.modelType = modelType;
    this.supported = List.copyOf(supported);
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
