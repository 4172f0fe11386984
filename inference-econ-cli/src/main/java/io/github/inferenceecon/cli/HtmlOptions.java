/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --html FILE} switch of the commands that draw charts; the {@code report} command
 * collects their sections into one page instead.
 */
final class HtmlOptions {

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write a self-contained HTML page (inline SVG charts, the numbers in "
          + "tables, each figure's source, date and tier; nothing fetched) to FILE.")
  @Nullable Path file;

  /** Where the {@code report} command collects sections; null when a command runs alone. */
  @Nullable List<HtmlPage.Section> collector;

  /** A command that draws charts. */
  interface Drawing {
    /** Its {@code --html} switch. */
    HtmlOptions html();
  }

  /** Whether the command should build its sections at all. */
  boolean isWanted() {
    return file != null || collector != null;
  }

  /** Writes the sections to the file as one page, or hands them to the report command. */
  void emit(String title, List<HtmlPage.Section> sections) throws IOException {
    if (collector != null) {
      collector.addAll(sections);
    } else if (file != null) {
      new HtmlPage(title).addAll(sections).write(file);
    }
  }
}
