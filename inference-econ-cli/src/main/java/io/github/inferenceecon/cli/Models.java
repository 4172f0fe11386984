/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.InputValues;
import io.github.inferenceecon.core.architecture.HuggingFaceConfig;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Resolves a {@code --model} argument: a bundled id or alias, or a path to a config.json. */
final class Models {

  private Models() {}

  /**
   * Resolves a model: an existing path is read as a Hugging Face config.json, or a folder
   * holding one ({@link HuggingFaceConfig#read(Path)}); anything else is looked up among the
   * bundled architectures, and a name written as a path ({@code /x/config.json}, {@code ./x})
   * that names no file is reported as such, not as an unknown model.
   *
   * @param text the argument
   * @return the architecture
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file does not exist, the name is unknown or the
   *     config invalid
   */
  static ModelArchitecture resolve(String text) throws IOException {
    Path path = pathOf(text);
    if (path != null && Files.exists(path)) {
      return read(path);
    }
    Optional<ModelArchitecture> known = KnownArchitectures.find(text);
    if (known.isPresent()) {
      return known.get();
    }
    if (looksLikeAPath(text)) {
      throw new IllegalArgumentException("No such file: '" + InputValues.shown(text)
          + "' (--model takes a bundled model id, a config.json or the folder holding one)");
    }
    return KnownArchitectures.get(text);
  }

  private static ModelArchitecture read(Path path) throws IOException {
    try {
      return HuggingFaceConfig.read(path);
    } catch (IOException e) {
      throw new IOException("Cannot read '" + path + "' (" + e.getClass().getSimpleName()
          + ")", e);
    }
  }

  private static @Nullable Path pathOf(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Whether the argument is written as a file path rather than a model name. */
  private static boolean looksLikeAPath(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || text.startsWith("/") || text.startsWith(".")
        || text.startsWith("~") || text.contains("\\")
        || text.indexOf('/') != text.lastIndexOf('/');
  }
}
