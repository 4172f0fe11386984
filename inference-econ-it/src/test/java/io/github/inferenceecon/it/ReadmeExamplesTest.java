/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of the READMEs are the text of source files that the build compiles (and
 * runs): every {@code ```java} block of the root README and of each module's README follows a
 * line {@code <!-- example: PATH -->}, naming a Java file from the repository root, and equals
 * that file without its licence header and package line; or {@code <!-- example: PATH#NAME -->},
 * and equals the lines between {@code // tag::NAME[]} and {@code // end::NAME[]} in it,
 * unindented. A README example therefore cannot rot: changing the API breaks its compilation, and
 * changing the file without the README (or the other way round) fails this test.
 */
final class ReadmeExamplesTest {

  private static final Path ROOT =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
  private static final Pattern MARKER =
      Pattern.compile("<!-- example: ([^#\\s]+)(?:#([\\w-]+))? -->");
  /** The source folders the build compiles: main and test sources, and the applications it runs. */
  private static final Pattern COMPILED = Pattern.compile(
      "inference-econ-[a-z0-9]+/src/(main|test)/java/.+\\.java"
          + "|inference-econ-it/src/it/[a-z-]+/src/main/java/.+\\.java");

  /** A Java block of a README: where it is, the file it claims to be, and its text. */
  private static final class Block {
    final String where;
    final String file;
    final String tag;
    final String text;

    Block(String where, String file, String tag, String text) {
      this.where = where;
      this.file = file;
      this.tag = tag;
      this.text = text;
    }
  }

  private static List<Path> readmes() throws IOException {
    List<Path> readmes = new ArrayList<>();
    readmes.add(ROOT.resolve("README.md"));
    try (Stream<Path> modules = Files.list(ROOT)) {
      modules.map(m -> m.resolve("README.md")).filter(Files::isRegularFile).sorted()
          .forEach(readmes::add);
    }
    return readmes;
  }

  private static List<Block> blocks(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    String previous = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.equals("```java")) {
        String where = ROOT.relativize(readme) + ":" + (i + 1);
        Matcher marker = MARKER.matcher(previous);
        assertThat(marker.matches()).as(where + ": a Java block follows <!-- example: PATH -->,"
            + " not '" + previous + "'").isTrue();
        int end = i + 1;
        while (!lines.get(end).equals("```")) {
          end++;
        }
        blocks.add(new Block(where, marker.group(1), marker.group(2),
            String.join("\n", lines.subList(i + 1, end))));
        i = end;
      }
      if (!line.isBlank()) {
        previous = line;
      }
    }
    return blocks;
  }

  /** The file without its licence header, package line and the blank lines after them. */
  static String example(List<String> lines) {
    int start = 0;
    if (lines.get(0).startsWith("/*")) {
      while (!lines.get(start).endsWith("*/")) {
        start++;
      }
      start++;
    }
    while (start < lines.size()
        && (lines.get(start).isBlank() || lines.get(start).startsWith("package "))) {
      start++;
    }
    return String.join("\n", lines.subList(start, lines.size())).stripTrailing();
  }

  /** The lines between {@code // tag::NAME[]} and {@code // end::NAME[]}, unindented. */
  static String region(List<String> lines, String tag, String file) {
    List<String> trimmed = lines.stream().map(String::strip).collect(Collectors.toList());
    int start = trimmed.indexOf("// tag::" + tag + "[]");
    int end = trimmed.indexOf("// end::" + tag + "[]");
    assertThat(start).as(file + " has // tag::" + tag + "[]").isNotNegative();
    assertThat(end).as(file + " has // end::" + tag + "[] after its tag").isGreaterThan(start);
    List<String> region = lines.subList(start + 1, end);
    int indent = region.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n")).stripTrailing();
  }

  @Test
  void everyJavaBlock_isTheTextOfACompiledSourceFile() throws IOException {
    int checked = 0;
    for (Path readme : readmes()) {
      for (Block block : blocks(readme)) {
        assertThat(block.file).as(block.where + ": the example is a source file the build "
            + "compiles").matches(COMPILED);
        Path file = ROOT.resolve(block.file);
        assertThat(file).as(block.where).isRegularFile();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String expected = block.tag == null ? example(lines) : region(lines, block.tag, block.file);
        assertThat(block.text).as(block.where + " is " + block.file
            + (block.tag == null ? "" : "#" + block.tag)).isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).as("examples checked").isGreaterThanOrEqualTo(8);
  }

  @Test
  void rootReadme_showsTheQuickStartWithItsModuleDeclaration() throws IOException {
    List<String> files = blocks(ROOT.resolve("README.md")).stream().map(b -> b.file)
        .collect(Collectors.toList());

    assertThat(files).startsWith(
        "inference-econ-it/src/it/modular-app/src/main/java/module-info.java",
        "inference-econ-it/src/it/modular-app/src/main/java/com/example/app/QuickStart.java");
  }

  @Test
  void example_dropsTheHeaderAndPackage() {
    assertThat(example(List.of("/*", " * Licence", " */", "package a.b;", "", "import c.D;", "",
        "final class E {}", ""))).isEqualTo("import c.D;\n\nfinal class E {}");
    assertThat(example(List.of("module m {", "}"))).isEqualTo("module m {\n}");
  }

  @Test
  void region_isTheTaggedLinesUnindented() {
    assertThat(region(List.of("class A {", "  void f() {", "    // tag::f[]", "    int a = 1;",
        "", "      a++;", "    // end::f[]", "  }", "}"), "f", "A.java"))
        .isEqualTo("int a = 1;\n\n  a++;");
  }
}
