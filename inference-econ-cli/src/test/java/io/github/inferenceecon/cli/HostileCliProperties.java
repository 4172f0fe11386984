/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Fuzzes the command line: valid commands with one to three options given hostile values
 * ({@link HostileGenerators#optionValues()}), and the examples of issue 21
 * ({@link HostileCases}) as a corpus. Every run must exit 0 or 2 (never 1, an internal error),
 * put a bad input on one line of standard error, and answer within
 * {@value #CASE_TIMEOUT_MILLIS} ms (no hang). Runs for {@code -Dhostile.fuzz.seconds} seconds
 * (default 5), bounded in CI.
 */
final class HostileCliProperties {

  /** The longest a case may run before it counts as a hang. */
  static final long CASE_TIMEOUT_MILLIS = 10_000;
  /** How long the fuzzer runs. */
  static final long SECONDS = Long.getLong("hostile.fuzz.seconds", 5);

  @TempDir
  static Path dir;

  private static final AtomicInteger RUNS = new AtomicInteger();

  /**
   * Options whose value names a file the command writes: fuzzed like any other, but always
   * inside {@link #dir}, so that no test writes into the working directory.
   */
  static final Set<String> OUTPUT_FILES = Set.of("--html");
  /** Options whose value names a file the command only reads. */
  static final Set<String> INPUT_FILES = Set.of("--prices", "--litellm", "--genai-prices",
      "--response");

  /** The working directory's entries before the fuzzer ran. */
  private static Set<String> workingDirectory;

  /** Loads the bundled catalogs before the fuzzer's clock starts. */
  @BeforeAll
  static void warmUp() throws IOException {
    workingDirectory = entries(Path.of(""));
    for (String[] base : BASES) {
      HostileCases.run(base, false, 120_000);
    }
  }

  @AfterAll
  static void report() throws IOException {
    System.out.println("HostileCliProperties: " + RUNS.get() + " command lines in " + SECONDS
        + " s");
    assertThat(entries(Path.of(""))).as("files the fuzzer left in the working directory")
        .isEqualTo(workingDirectory);
  }

  private static Set<String> entries(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  /** Valid command lines, each the base a case mutates. */
  private static final List<String[]> BASES = List.of(
      new String[] {"memory", "--model", "llama-3.1-8b", "--gpu", "h100"},
      new String[] {"perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "1000",
          "--output", "100"},
      new String[] {"cost", "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "1000",
          "--output", "100", "--price-per-device-hour", "3"},
      new String[] {"compare", "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "1000",
          "--output", "100", "--price-per-device-hour", "3", "--api", "openai:gpt-4o-mini"},
      new String[] {"api-cost", "--provider", "openai", "--model", "gpt-4o-mini", "--input",
          "1000", "--output", "100"},
      new String[] {"plan", "--model", "llama-3.1-8b", "--offer", HostileCases.MI300X_OFFER,
          "--requests-per-second", "1", "--input", "1000", "--output", "100"},
      new String[] {"catalog", "prices", "--filter", "gpt-4o"},
      new String[] {"catalog", "accelerators"},
      new String[] {"catalog", "clouds"});

  @Test
  void anyCommandLine_exitsZeroOrTwo_withOneLineAndNoHang() {
    List<String[]> corpus = new ArrayList<>();
    HostileCases.all(dir).stream().filter(c -> c.pendingOn == null)
        .forEach(c -> corpus.add(c.args));
    Gen<String[]> lines = Boolean.parseBoolean(System.getProperty("hostile.fuzz.corpus",
        "true")) ? Generate.frequency(List.of(
            org.quicktheories.api.Pair.of(1, Generate.pick(corpus)),
            org.quicktheories.api.Pair.of(6, mutatedCommandLines())))
        : mutatedCommandLines();
    qt().withUnlimitedExamples()
        .withTestingTime(SECONDS, TimeUnit.SECONDS)
        .withShrinkCycles(20)
        .forAll(lines.describedAs(HostileCases::describe))
        .checkAssert(HostileCliProperties::runsCleanly);
  }

  /** Exit 0 or 2, one line on standard error for 2, no internal error, no hang. */
  static void runsCleanly(String[] args) {
    RUNS.incrementAndGet();
    HostileCases.Outcome o = HostileCases.run(args, false, CASE_TIMEOUT_MILLIS);
    assertThat(o.exitCode).as(HostileCases.describe(args) + " -> " + o.err).isIn(0, 2);
    if (o.exitCode == 2) {
      HostileInputTest.assertOneLineError(o.err);
    } else {
      assertThat(o.err).as(HostileCases.describe(args)).doesNotContain("internal error");
    }
  }

  /** A base command with one to three of its options set to hostile values. */
  static Gen<String[]> mutatedCommandLines() {
    Map<String, List<OptionSpec>> options = optionsByCommand();
    Gen<Object[]> change = integers().between(0, 1_000).zip(HostileGenerators.optionValues(),
        (i, v) -> new Object[] {i, v});
    return integers().between(0, BASES.size() - 1).zip(lists().of(change).ofSizeBetween(1, 3),
        (b, changes) -> {
          String[] base = BASES.get(b);
          List<OptionSpec> specs = options.get(base[0]);
          List<String> args = new ArrayList<>(Arrays.asList(base));
          for (Object[] c : changes) {
            OptionSpec o = specs.get((Integer) c[0] % specs.size());
            set(args, o, (String) c[1]);
          }
          return args.toArray(String[]::new);
        });
  }

  /**
   * Gives an option a value: replaces the value it has, or adds it. A file to write is named
   * inside the temporary directory: the hostile value is kept as the name (with {@code ..} made
   * harmless, so it cannot climb out), so empty names, directories, missing parents, control
   * characters and long names are still tried.
   */
  private static void set(List<String> args, OptionSpec o, String hostile) {
    String name = o.longestName();
    String value = OUTPUT_FILES.contains(name)
        ? dir.toAbsolutePath() + "/" + hostile.replace("..", "__") : hostile;
    boolean flag = o.arity().max() == 0;
    int at = args.indexOf(name);
    if (at >= 0 && !flag && at + 1 < args.size()) {
      args.set(at + 1, value);
    } else if (at < 0) {
      args.add(name);
      if (!flag) {
        args.add(value);
      }
    }
  }

  /** Every command's options but help and version, read from the tool's own model. */
  private static Map<String, List<OptionSpec>> optionsByCommand() {
    Map<String, List<OptionSpec>> byCommand = new TreeMap<>();
    CommandLine root = new CommandLine(new InferenceEconCli());
    root.getSubcommands().forEach((name, sub) -> byCommand.put(name, options(sub)));
    return byCommand;
  }

  private static List<OptionSpec> options(CommandLine c) {
    List<OptionSpec> list = new ArrayList<>();
    for (OptionSpec o : c.getCommandSpec().options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        // a new file option must say whether the command writes it (see OUTPUT_FILES)
        assertThat(!o.paramLabel().contains("FILE") || OUTPUT_FILES.contains(o.longestName())
            || INPUT_FILES.contains(o.longestName()))
            .as("file option " + o.longestName() + " is neither in OUTPUT_FILES nor "
                + "INPUT_FILES").isTrue();
        list.add(o);
      }
    }
    return list;
  }
}
