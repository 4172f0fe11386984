/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tool's output, byte for byte: a fixed list of commands (every command, each as a table,
 * with {@code --json} and with {@code --csv}, the README's main job and examples, and bad
 * input) is run in-process and
 * its exit code, standard output and standard error are compared with
 * {@code src/test/resources/golden/<case>.txt}.
 *
 * <p>A change of output that is meant (a new key, a new catalog figure, a reworded message) is
 * made by regenerating the files and committing them with the change, so that the diff shows in
 * review:
 *
 * <pre>{@code
 * ./mvnw -B -pl inference-econ-cli -am test -Dtest=GoldenOutputTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false -Dgolden.update=true
 * }</pre>
 *
 * <p>With {@code -Dgolden.update=true} every file is rewritten from the current code, files no
 * case names any more are deleted, and the test passes. Without it, any differing byte fails.
 * The runs are pinned to {@link Locale#ROOT} and UTC, and no command depends on today's date
 * (API prices default to the latest card, not today's).
 */
final class GoldenOutputTest {

  /** The system property that rewrites the golden files instead of checking them. */
  static final String UPDATE_PROPERTY = "golden.update";

  private static final String README_COMPARE_API_1 = "groq:llama-3.3-70b-versatile";
  private static final String README_COMPARE_API_2 =
      "deepinfra:meta-llama/Llama-3.3-70B-Instruct-Turbo";

  /** Every case: a file name (without {@code .txt}) and the arguments. */
  private static final List<Case> CASES = List.of(
      // The README's main job.
      table("readme-compare", "compare", "--model", "llama-3.3-70b", "--gpu", "h100",
          "--gpus", "8", "--offer", "digitalocean-gpu-h100x8-on-demand",
          "--api", README_COMPARE_API_1, "--api", README_COMPARE_API_2,
          "--input", "1000", "--output", "300", "--requests-per-second", "5"),
      // memory
      table("readme-memory", "memory", "--model", "llama-3.1-70b", "--gpu", "h100",
          "--context", "8192", "--batch", "32"),
      table("memory-llama70b-no-gpu", "memory", "--model", "llama-3.1-70b"),
      table("memory-llama70b-1xh100-does-not-fit", "memory", "--model", "llama-3.1-70b",
          "--gpu", "h100", "--gpus", "1"),
      table("memory-gpt-oss-120b-mxfp4-experts", "memory", "--model", "gpt-oss-120b",
          "--gpu", "h100", "--expert-weights", "MXFP4"),
      table("memory-deepseek-v3-fp8-pp2", "memory", "--model", "deepseek-v3", "--gpu", "h200",
          "--gpus", "16", "--pp", "2", "--weights", "FP8"),
      // defaults as the checkpoints ship: gpt-oss MXFP4 experts, DeepSeek-R1 FP8 block-scaled
      table("memory-gpt-oss-120b-h100-checkpoint", "memory", "--model", "gpt-oss-120b", "--gpu",
          "h100"),
      table("memory-deepseek-r1-checkpoint", "memory", "--model", "deepseek-r1"),
      // perf
      table("readme-perf", "perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--input",
          "1000", "--output", "200"),
      table("perf-llama8b-concurrency-1", "perf", "--model", "llama-3.1-8b", "--gpu", "h100",
          "--input", "1000", "--output", "200", "--concurrency", "1"),
      // compute in the weights' format where the device has a peak for it, else the nearest
      // wider: NVFP4 in FP4 on a B200, in FP8 on an H100
      table("perf-llama70b-b200-nvfp4", "perf", "--model", "llama-3.1-70b", "--gpu", "b200",
          "--weights", "nvfp4", "--input", "1000", "--output", "200"),
      table("perf-llama70b-h100-nvfp4", "perf", "--model", "llama-3.1-70b", "--gpu", "h100",
          "--weights", "nvfp4", "--input", "1000", "--output", "200"),
      table("perf-llama70b-static-batch-8-tp4", "perf", "--model", "llama-3.1-70b", "--gpu",
          "h100", "--gpus", "4", "--input", "2000", "--output", "500", "--batch", "8"),
      table("perf-mixtral-fp8-mi300x", "perf", "--model", "mixtral-8x7b", "--gpu", "mi300x",
          "--weights", "FP8", "--input", "500", "--output", "500"),
      // cost
      table("readme-cost", "cost", "--model", "llama-3.1-8b", "--gpu", "h100",
          "--price-per-device-hour", "3.00", "--input", "1000", "--output", "200"),
      table("cost-offer-energy-emissions", "cost", "--model", "llama-3.1-8b", "--gpu", "h100",
          "--offer", "digitalocean-gpu-h100x8-on-demand", "--input", "1000", "--output", "200",
          "--utilization", "0.6", "--electricity-price", "0.12", "--carbon-intensity", "400"),
      // api-cost
      table("readme-api-cost", "api-cost", "--provider", "anthropic", "--model",
          "claude-sonnet-4-20250514", "--input", "10000", "--cached-input", "8000", "--output",
          "1000"),
      table("api-cost-openai-gpt-4o-at-2024-09-01", "api-cost", "--provider", "openai",
          "--model", "gpt-4o", "--input", "1000", "--output", "1000", "--at",
          "2024-09-01T00:00:00Z"),
      table("api-cost-cache-write-1h-reasoning", "api-cost", "--provider", "anthropic",
          "--model", "claude-sonnet-4", "--input", "10000", "--cache-write", "5000",
          "--cache-ttl", "1h", "--output", "2000", "--reasoning", "500"),
      table("api-cost-batch", "api-cost", "--provider", "openai", "--model", "gpt-4o",
          "--input", "100000", "--output", "20000", "--batch-api"),
      // compare
      table("compare-price-per-device-hour-utilization", "compare", "--model", "llama-3.1-8b",
          "--gpu", "h100", "--price-per-device-hour", "2.50", "--utilization", "0.5", "--api",
          README_COMPARE_API_1, "--input", "1000", "--output", "300"),
      // plan
      table("readme-plan", "plan", "--model", "llama-3.1-70b", "--requests-per-second", "5",
          "--input", "1000", "--output", "300", "--ttft", "2s", "--tpot", "100ms"),
      table("plan-two-models-fp8-api", "plan", "--model", "llama-3.1-8b", "--model",
          "llama-3.1-70b", "--weights", "BF16,FP8", "--gpus", "1,2,4", "--requests-per-second",
          "20", "--input", "2000", "--output", "200", "--ttft", "1s", "--tpot", "50ms", "--api",
          README_COMPARE_API_1, "--cache-hit-rate", "0.5", "--length-sigma", "0.5", "--top", "5"),
      table("plan-unreachable-tpot", "plan", "--model", "llama-3.1-70b", "--requests-per-second",
          "5", "--input", "1000", "--output", "300", "--tpot", "0.1ms"),
      // catalog
      table("readme-catalog-accelerators-h100", "catalog", "accelerators", "--filter", "h100"),
      table("catalog-accelerators", "catalog", "accelerators"),
      table("catalog-clouds", "catalog", "clouds"),
      // the primary figures in full (the genai-prices layer alone would pin 1.4 MB of output;
      // the anthropic listing below shows both layers, and catalog diff what they disagree on)
      table("catalog-prices-primary", "catalog", "prices", "--primary-only"),
      table("catalog-models", "catalog", "models"),
      table("catalog-prices-anthropic", "catalog", "prices", "--filter", "anthropic"),
      table("catalog-diff-anthropic", "catalog", "diff", "--filter", "claude", "--at",
          "2026-12-01"),
      table("api-cost-gemini-flash-lite-at-2025-11-15", "api-cost", "--provider", "google",
          "--model", "gemini-2.0-flash-lite", "--input", "1000000", "--output", "1000000",
          "--at", "2025-11-15"),
      // whatif: each optimisation, with and without a price
      table("whatif-quantisation-llama8b-fp8-at-8", "whatif", "quantisation", "--model",
          "llama-3.1-8b", "--gpu", "h100", "--input", "1000", "--output", "200", "--concurrency",
          "8", "--to-weights", "FP8", "--to-kv-cache", "FP8", "--price-per-device-hour", "3"),
      table("whatif-speculative-decoding-k4-a08-at-1", "whatif", "speculative-decoding",
          "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "1000", "--output", "200",
          "--concurrency", "1", "--draft-tokens", "4", "--acceptance", "0.8", "--draft-cost",
          "0.05", "--offer", "digitalocean-gpu-h100x8-on-demand"),
      table("whatif-prompt-caching-80-percent", "whatif", "prompt-caching", "--model",
          "llama-3.1-8b", "--gpu", "h100", "--input", "1000", "--output", "200", "--concurrency",
          "8", "--cached-fraction", "0.8", "--price-per-device-hour", "3"),
      table("whatif-batching-32", "whatif", "batching", "--model", "llama-3.1-8b", "--gpu",
          "h100", "--input", "1000", "--output", "200", "--batch", "32"),
      table("whatif-sparse-attention-100k", "whatif", "sparse-attention", "--model",
          "llama-3.1-8b", "--gpu", "h100", "--input", "100000", "--output", "200",
          "--concurrency", "2", "--skip", "0.8", "--dense-tokens", "4096"),
      table("whatif-distillation-70b-to-8b", "whatif", "distillation", "--model",
          "llama-3.1-70b", "--gpu", "h100", "--gpus", "4", "--input", "1000", "--output", "200",
          "--concurrency", "8", "--student", "llama-3.1-8b", "--price-per-device-hour", "3"),
      // economics: the article's figures
      table("economics-unit-1-35-per-dollar", "economics", "unit", "--revenue", "1", "--cost",
          "1.35", "--utilization", "0.6"),
      table("economics-request-groq-on-8xh100", "economics", "request", "--model",
          "llama-3.3-70b", "--gpu", "h100", "--gpus", "8", "--offer",
          "digitalocean-gpu-h100x8-on-demand", "--api", README_COMPARE_API_1, "--input", "1000",
          "--output", "300"),
      table("economics-request-sonnet-4-cached", "economics", "request", "--model",
          "llama-3.1-70b", "--gpu", "h100", "--price-per-device-hour", "3", "--api",
          "anthropic:claude-sonnet-4-20250514", "--input", "10000", "--cached-input", "8000",
          "--output", "1000"),
      table("economics-projection-reasoning", "economics", "projection", "--price-per-million",
          "10", "--queries", "1000000", "--tokens-per-query", "1000", "--price-fall", "10",
          "--query-growth", "3", "--tokens-per-query-growth", "3", "--years", "3"),
      // --csv on every tabular command
      csv("readme-memory", "memory", "--model", "llama-3.1-70b", "--gpu", "h100",
          "--context", "8192", "--batch", "32"),
      csv("readme-perf", "perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--input",
          "1000", "--output", "200"),
      csv("readme-cost", "cost", "--model", "llama-3.1-8b", "--gpu", "h100",
          "--price-per-device-hour", "3.00", "--input", "1000", "--output", "200"),
      csv("readme-api-cost", "api-cost", "--provider", "anthropic", "--model",
          "claude-sonnet-4-20250514", "--input", "10000", "--cached-input", "8000", "--output",
          "1000"),
      csv("readme-compare", "compare", "--model", "llama-3.3-70b", "--gpu", "h100",
          "--gpus", "8", "--offer", "digitalocean-gpu-h100x8-on-demand",
          "--api", README_COMPARE_API_1, "--api", README_COMPARE_API_2,
          "--input", "1000", "--output", "300", "--requests-per-second", "5"),
      csv("plan-unreachable-tpot", "plan", "--model", "llama-3.1-70b", "--requests-per-second",
          "5", "--input", "1000", "--output", "300", "--tpot", "0.1ms"),
      csv("readme-plan", "plan", "--model", "llama-3.1-70b", "--requests-per-second", "5",
          "--input", "1000", "--output", "300", "--ttft", "2s", "--tpot", "100ms"),
      csv("readme-catalog-accelerators-h100", "catalog", "accelerators", "--filter", "h100"),
      csv("catalog-clouds", "catalog", "clouds"),
      csv("catalog-models", "catalog", "models"),
      csv("catalog-prices-anthropic", "catalog", "prices", "--filter", "anthropic"),
      csv("whatif-quantisation-llama8b-fp8-at-8", "whatif", "quantisation", "--model",
          "llama-3.1-8b", "--gpu", "h100", "--input", "1000", "--output", "200", "--concurrency",
          "8", "--to-weights", "FP8", "--to-kv-cache", "FP8", "--price-per-device-hour", "3"),
      csv("economics-unit-1-35-per-dollar", "economics", "unit", "--revenue", "1", "--cost",
          "1.35", "--utilization", "0.6"),
      csv("economics-projection-reasoning", "economics", "projection", "--price-per-million",
          "10", "--queries", "1000000", "--tokens-per-query", "1000", "--price-fall", "10",
          "--query-growth", "3", "--tokens-per-query-growth", "3", "--years", "3"),
      // help and version (no --json)
      plain("help", "--help"),
      plain("help-whatif", "whatif", "--help"),
      plain("help-whatif-quantisation", "whatif", "quantisation", "--help"),
      plain("help-economics", "economics", "--help"),
      plain("help-compare", "compare", "--help"),
      // every other command's help, so that the options shared between commands keep their
      // names, help texts and defaults
      plain("help-memory", "memory", "--help"),
      plain("help-perf", "perf", "--help"),
      plain("help-cost", "cost", "--help"),
      plain("help-api-cost", "api-cost", "--help"),
      plain("help-plan", "plan", "--help"),
      plain("help-report", "report", "--help"),
      plain("help-catalog", "catalog", "--help"),
      plain("help-economics-unit", "economics", "unit", "--help"),
      plain("help-economics-request", "economics", "request", "--help"),
      plain("help-economics-projection", "economics", "projection", "--help"),
      plain("help-whatif-speculative-decoding", "whatif", "speculative-decoding", "--help"),
      plain("help-whatif-prompt-caching", "whatif", "prompt-caching", "--help"),
      plain("help-whatif-batching", "whatif", "batching", "--help"),
      plain("help-whatif-sparse-attention", "whatif", "sparse-attention", "--help"),
      plain("help-whatif-distillation", "whatif", "distillation", "--help"),
      plain("version", "--version"),
      // bad input: exit code 2, one line on standard error
      plain("error-unknown-model", "memory", "--model", "llama-3.1-7b"),
      plain("error-unknown-accelerator", "memory", "--model", "llama-3.1-8b", "--gpu", "h900"),
      plain("error-no-such-config-file", "memory", "--model", "/nonexistent/config.json"),
      plain("error-context-beyond-window", "perf", "--model", "llama-3.1-8b", "--gpu", "h100",
          "--input", "1000000", "--output", "200"),
      plain("error-missing-input", "perf", "--model", "llama-3.1-8b", "--gpu", "h100"),
      plain("error-negative-input", "perf", "--model", "llama-3.1-8b", "--gpu", "h100",
          "--input", "-1", "--output", "10"),
      // the H100 NVL's bandwidth is in a secondary source only
      plain("error-missing-memory-bandwidth", "perf", "--model", "llama-3.1-8b", "--gpu",
          "h100-nvl", "--input", "10", "--output", "10", "--primary-only"),
      plain("error-missing-dense-peak-and-link", "perf", "--model", "llama-3.1-8b", "--gpu",
          "a10g", "--gpus", "2", "--input", "10", "--output", "10"),
      plain("error-missing-link-direction", "perf", "--model", "llama-3.1-8b", "--gpu",
          "b300", "--gpus", "8", "--input", "10", "--output", "10", "--primary-only"),
      plain("error-unknown-api-model", "api-cost", "--provider", "anthropic", "--model",
          "claude-sonet-4", "--input", "1", "--output", "1"),
      plain("error-cached-input-above-input", "api-cost", "--provider", "anthropic", "--model",
          "claude-sonnet-4", "--input", "10", "--cached-input", "20", "--output", "1"),
      plain("error-api-without-model", "compare", "--model", "llama-3.1-8b", "--gpu", "h100",
          "--price-per-device-hour", "3", "--api", "groq", "--input", "10", "--output", "10"),
      plain("error-bad-duration", "plan", "--model", "llama-3.1-8b", "--requests-per-second",
          "5", "--input", "1000", "--output", "300", "--ttft", "soon"),
      plain("error-unknown-catalog", "catalog", "gpus"),
      plain("error-json-and-csv", "memory", "--model", "llama-3.1-8b", "--json", "--csv"))
      .stream()
      .flatMap(List::stream)
      .collect(Collectors.toUnmodifiableList());

  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");

  private static Locale savedLocale;
  private static TimeZone savedZone;

  @BeforeAll
  static void pinLocaleAndZone() {
    savedLocale = Locale.getDefault();
    savedZone = TimeZone.getDefault();
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
  }

  @AfterAll
  static void restoreLocaleAndZone() {
    Locale.setDefault(savedLocale);
    TimeZone.setDefault(savedZone);
  }

  private static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  //-----------------------------------------------------------------------
  @TestFactory
  Stream<DynamicTest> output_isByteIdenticalToTheGoldenFile() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name, () -> {
      String actual = c.run();
      Path file = c.file();
      if (updating()) {
        Files.createDirectories(GOLDEN);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file of '%s' (regenerate with -D%s=true)", c.name,
          UPDATE_PROPERTY).exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(expected, actual, () -> "Output of '" + c.commandLine() + "' differs from "
          + file + " (if meant, regenerate with -D" + UPDATE_PROPERTY + "=true)");
    }));
  }

  @Test
  void cases_coverEveryCommandAsTableAndJson() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(25);
    for (String command : List.of("memory", "perf", "cost", "api-cost", "compare", "plan",
        "catalog", "whatif", "economics")) {
      assertThat(CASES).as(command).anyMatch(c -> c.args.get(0).equals(command)
          && !c.args.contains("--json") && !c.args.contains("--csv")
          && !c.args.contains("--help"));
      assertThat(CASES).as(command + " --json").anyMatch(c -> c.args.get(0).equals(command)
          && c.args.contains("--json"));
      assertThat(CASES).as(command + " --csv").anyMatch(c -> c.args.get(0).equals(command)
          && c.args.contains("--csv"));
    }
    for (String change : List.of("quantisation", "speculative-decoding", "prompt-caching",
        "batching", "sparse-attention", "distillation")) {
      assertThat(CASES).as("whatif " + change).anyMatch(c -> c.args.get(0).equals("whatif")
          && c.args.get(1).equals(change) && c.args.contains("--json"));
    }
    for (String kind : List.of("unit", "request", "projection")) {
      assertThat(CASES).as("economics " + kind).anyMatch(c -> c.args.get(0).equals("economics")
          && c.args.get(1).equals(kind) && c.args.contains("--json"));
    }
    for (String kind : List.of("accelerators", "clouds", "prices", "models")) {
      // every kind in full; prices as the primary figures (the secondary layer adds 1.4 MB)
      List<String> full = kind.equals("prices")
          ? List.of("catalog", kind, "--primary-only", "--json")
          : List.of("catalog", kind, "--json");
      assertThat(CASES).as(kind).anyMatch(c -> c.args.equals(full));
    }
    assertThat(CASES.stream().map(c -> c.name).distinct()).hasSize(CASES.size());
  }

  @Test
  void goldenDirectory_holdsOnlyFilesOfCases() throws IOException {
    Set<String> expected = CASES.stream().map(c -> c.name + ".txt")
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> present = new TreeSet<>();
    if (Files.isDirectory(GOLDEN)) {
      try (Stream<Path> files = Files.list(GOLDEN)) {
        files.forEach(p -> present.add(p.getFileName().toString()));
      }
    }
    Set<String> orphans = new TreeSet<>(present);
    orphans.removeAll(expected);
    if (updating()) {
      for (String orphan : orphans) {
        Files.delete(GOLDEN.resolve(orphan));
      }
      return;
    }
    assertThat(orphans).as("golden files no case names (delete them, or regenerate with -D%s"
        + "=true)", UPDATE_PROPERTY).isEmpty();
  }

  //-----------------------------------------------------------------------
  /** A case as a table and again with {@code --json}. */
  private static List<Case> table(String name, String... args) {
    List<String> json = new ArrayList<>(List.of(args));
    json.add("--json");
    return List.of(new Case(name, List.of(args)), new Case(name + ".json", json));
  }

  /** A case with {@code --csv}, in the file {@code <name>.csv.txt}. */
  private static List<Case> csv(String name, String... args) {
    List<String> csv = new ArrayList<>(List.of(args));
    csv.add("--csv");
    return List.of(new Case(name + ".csv", csv));
  }

  /** A case with no JSON form (help, version, bad input). */
  private static List<Case> plain(String name, String... args) {
    return List.of(new Case(name, List.of(args)));
  }

  /** One command line and the file that holds its expected output. */
  private static final class Case {
    final String name;
    final List<String> args;

    Case(String name, List<String> args) {
      this.name = name;
      this.args = args;
    }

    Path file() {
      return GOLDEN.resolve(name + ".txt");
    }

    String commandLine() {
      return "inference-econ " + args.stream().map(Case::quoted).collect(Collectors.joining(" "));
    }

    /** The run as the golden file holds it: command line, exit code, output, error. */
    String run() {
      CliRun run = CliRun.of(args.toArray(new String[0]));
      return "$ " + commandLine() + "\n"
          + "exit code: " + run.exitCode + "\n"
          + "--- standard output\n" + unixLines(run.out)
          + "--- standard error\n" + unixLines(run.err);
    }

    private static String quoted(String arg) {
      return arg.matches("[A-Za-z0-9_.:/=,-]+") ? arg : "'" + arg + "'";
    }

    /** The files hold {@code \n} line ends whatever the platform's separator. */
    private static String unixLines(String text) {
      String separator = System.lineSeparator();
      return separator.equals("\n") ? text : text.replace(separator, "\n");
    }
  }
}
