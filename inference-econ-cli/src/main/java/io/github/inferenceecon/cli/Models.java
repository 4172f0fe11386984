/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.architecture.HuggingFaceConfig;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves a {@code --model} argument: a bundled id or alias, or a path to a config.json. */
final class Models {

  private Models() {}

  /**
   * Resolves a model: an existing path is read as a Hugging Face config.json, or a folder
   * holding one ({@link HuggingFaceConfig#read(Path)}); anything else is looked up among the
   * bundled architectures.
   *
   * @param text the argument
   * @return the architecture
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the name is unknown or the config invalid
   */
  static ModelArchitecture resolve(String text) throws IOException {
    Path path = Path.of(text);
    if (Files.exists(path)) {
      return HuggingFaceConfig.read(path);
    }
    return KnownArchitectures.get(text);
  }
}
