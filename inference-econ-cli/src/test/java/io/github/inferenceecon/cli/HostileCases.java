/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The examples of issue 21 ("hostile input") as command lines, with the exit code and the words
 * their one-line message must hold; shared by {@link HostileInputTest} (one regression test per
 * case, in-process), {@link HostileInputDoneWhenTest} (all of them in a child JVM with a 1 GiB
 * heap, each within a second) and the fuzz corpus of {@link HostileCliProperties}.
 *
 * <p>{@link #main(String[])} is the child JVM's entry point: it runs every case and prints one
 * tab-separated line per case (label, exit code, milliseconds, first line of standard error).
 */
final class HostileCases {

  /** The branch that bounds config.json (issue 21), not yet on main. */
  static final String DEFAULTS = "defaults";
  /** The branch that checks an offer against its accelerator (issue 21), not yet on main. */
  static final String READERS = "readers";

  /** The branches above that have not landed on main yet. */
  static final java.util.Set<String> PENDING = java.util.Set.of(READERS);

  /** An MI300X offer of the bundled cloud catalog. */
  static final String MI300X_OFFER = "digitalocean-gpu-mi300x-x1-on-demand";
  /** Words every message of a rejected option or key holds, besides its name. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One example: what to run, the exit code wanted and the words its message must hold. */
  static final class Case {
    final String label;
    final String[] args;
    final int exitCode;
    final List<String> words;
    /** Whether standard output fails when written to (a full disk or a closed stream). */
    final boolean failingOutput;
    /**
     * The branch whose fix this case waits for, or null: set only while that branch has not
     * landed on main, so that the case is skipped (and reported as skipped) until it does.
     */
    final @Nullable String pendingOn;

    Case(String label, int exitCode, boolean failingOutput, List<String> words, String... args) {
      this(label, exitCode, failingOutput, words, (String) null, args);
    }

    private Case(String label, int exitCode, boolean failingOutput, List<String> words,
        @Nullable String pendingOn, String[] args) {
      this.label = label;
      this.args = args;
      this.exitCode = exitCode;
      this.words = words;
      this.failingOutput = failingOutput;
      this.pendingOn = pendingOn;
    }

    /** This case, waiting for a branch's fix. */
    Case pendingOn(String branch) {
      return !PENDING.contains(branch) ? this
          : new Case(label, exitCode, failingOutput, words, branch, args);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The result of one case run in-process with a time limit. */
  static final class Outcome {
    final int exitCode;
    final String out;
    final String err;
    final long millis;

    Outcome(int exitCode, String out, String err, long millis) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
      this.millis = millis;
    }
  }

  private HostileCases() {}

  /**
   * Returns every case, writing the files they read (hostile config.json files and price
   * catalogs) into a folder.
   *
   * @param dir the folder for the fixture files
   */
  static List<Case> all(Path dir) {
    try {
      return build(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Case> build(Path dir) throws IOException {
    List<Case> cases = new ArrayList<>();
    // Crashes and hangs: a config.json of 2^31 - 1 (or 10^8) layers, with sliding windows
    Path mistral = config(dir, "mistral-nemo", "mistral-2e31.json", c -> {
      c.put("num_hidden_layers", Integer.MAX_VALUE);
      c.put("sliding_window", 4096);
    });
    Path mistral1e8 = config(dir, "mistral-nemo", "mistral-1e8.json", c -> {
      c.put("num_hidden_layers", 100_000_000);
      c.put("sliding_window", 4096);
    });
    Path qwen = config(dir, "qwen3-8b", "qwen-2e31.json", c -> {
      c.put("num_hidden_layers", Integer.MAX_VALUE);
      c.put("use_sliding_window", true);
      c.put("sliding_window", 4096);
      c.put("max_window_layers", 28);
    });
    Path gemma = config(dir, "gemma-2-9b", "gemma2-2e31.json",
        c -> c.put("num_hidden_layers", Integer.MAX_VALUE));
    Path kvHeads = config(dir, "llama-3.1-8b", "kv-heads.json",
        c -> c.put("num_key_value_heads", 7));
    for (Path p : List.of(mistral, mistral1e8, qwen, gemma)) {
      cases.add(bad("config " + p.getFileName(), List.of("num_hidden_layers"),
          "memory", "--model", p.toString(), "--gpu", "h100").pendingOn(DEFAULTS));
    }
    cases.add(bad("config num_key_value_heads 7", List.of("num_key_value_heads"),
        "memory", "--model", kvHeads.toString()).pendingOn(DEFAULTS));
    String[] cost = {"cost", "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "1000",
        "--output", "100"};
    for (String v : List.of("1e-999999999", "1e999999999")) {
      cases.add(bad("--price-per-device-hour " + v, List.of("--price-per-device-hour", v),
          concat(cost, "--price-per-device-hour", v)));
      cases.add(bad("--electricity-price " + v, List.of("--electricity-price", v),
          concat(cost, "--price-per-device-hour", "3", "--electricity-price", v)));
      Path catalog = priceCatalog(dir, "huge-" + v + ".json",
          "{\"effectiveFrom\": \"2025-01-01\", \"source\": {\"url\": \"https://acme.example/a\"},"
              + " \"input\": " + v + ", \"output\": 15}");
      cases.add(bad("user catalog input " + v, List.of(catalog.getFileName().toString(),
          "models[0].cards[0].input"), "api-cost", "--prices", catalog.toString(),
          "--provider", "acme", "--model", "acme-large", "--input", "1", "--output", "1"));
    }
    // Internal errors for bad input
    String[] plan = {"plan", "--model", "llama-3.1-8b", "--offer", MI300X_OFFER};
    cases.add(bad("plan --requests-per-second 1e12", List.of("--requests-per-second", "1e12"),
        concat(plan, "--requests-per-second", "1e12", "--input", "1000", "--output", "100")));
    cases.add(bad("plan --utilization 1e-10", List.of("--utilization", "1e-10"),
        concat(plan, "--requests-per-second", "1", "--input", "1000", "--output", "100",
            "--utilization", "1e-10")));
    cases.add(bad("api-cost --at year 10^9", List.of("--at", "+1000000000-06-01T00:00:00Z"),
        "api-cost", "--provider", "openai", "--model", "gpt-4o-mini", "--input", "1000",
        "--output", "100", "--at", "+1000000000-06-01T00:00:00Z"));
    // Silent answers
    cases.add(bad("cost --gpu h100 --offer MI300X", List.of("--offer", MI300X_OFFER),
        "cost", "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "1000", "--output",
        "100", "--offer", MI300X_OFFER).pendingOn(READERS));
    cases.add(bad("plan --input NaN", List.of("--input", "NaN"),
        concat(plan, "--requests-per-second", "1", "--input", "NaN", "--output", "100")));
    Path future = priceCatalog(dir, "dated-2099.json",
        "{\"effectiveFrom\": \"2099-01-01\", \"source\": {\"url\": \"https://acme.example/a\"},"
            + " \"input\": 3, \"output\": 15}");
    cases.add(bad("user card dated 2099 charged today", List.of("acme-large", "2099-01-01"),
        "api-cost", "--prices", future.toString(), "--provider", "acme", "--model",
        "acme-large", "--input", "1000", "--output", "100"));
    cases.add(bad("ended card gpt-3.5-turbo", List.of("gpt-3.5-turbo", "ended"),
        "api-cost", "--provider", "openai", "--model", "gpt-3.5-turbo", "--input", "1000",
        "--output", "100"));
    cases.add(bad("--batch-api unpriced", List.of("gpt-4o-mini", "batch"),
        "api-cost", "--provider", "openai", "--model", "gpt-4o-mini", "--input", "1000",
        "--output", "100", "--batch-api"));
    // Lost output
    cases.add(new Case("catalog prices --json > /dev/full", InferenceEconCli.OUTPUT_ERROR, true,
        List.of("output could not be written"), "catalog", "prices", "--json"));
    // User catalogs
    Path noSource = priceCatalog(dir, "no-source.json",
        "{\"effectiveFrom\": \"2025-01-01\", \"input\": 3, \"output\": 15}");
    cases.add(bad("user card without source", List.of("no-source.json", "source"),
        "api-cost", "--prices", noSource.toString(), "--provider", "acme", "--model",
        "acme-large", "--input", "1", "--output", "1"));
    String undated = "{\"source\": {\"url\": \"https://acme.example/a\"}, \"listedOn\": "
        + "\"2025-01-01\", \"input\": 3, \"output\": 15}";
    Path twice = priceCatalog(dir, "twice.json", undated + ", " + undated);
    cases.add(bad("two identical user cards", List.of("twice.json", "models[0].cards", "repeat"),
        "api-cost", "--prices", twice.toString(), "--provider", "acme", "--model",
        "acme-large", "--input", "1", "--output", "1"));
    // Messages
    cases.add(new Case("plan --ttft PT2S accepted", 0, false, List.of(),
        concat(plan, "--requests-per-second", "1", "--input", "1000", "--output", "100",
            "--ttft", "PT2S")));
    cases.add(bad("plan --top -1", List.of("--top", "-1"),
        concat(plan, "--requests-per-second", "1", "--input", "1000", "--output", "100",
            "--top", "-1")));
    cases.add(bad("memory --context 2^63-1", List.of("--context"),
        "memory", "--model", "llama-3.1-8b", "--context", "9223372036854775807"));
    cases.add(bad("perf --gpus 2^31-1 --tp 2", List.of("--gpus"),
        "perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--gpus", "2147483647", "--tp",
        "2", "--input", "1000", "--output", "100"));
    cases.add(bad("cost --carbon-intensity 1e308", List.of("--carbon-intensity"),
        concat(cost, "--price-per-device-hour", "3", "--carbon-intensity", "1e308")));
    cases.add(bad("value with a newline", List.of("llama\\nx"),
        "memory", "--model", "llama\nx"));
    String huge = "a".repeat(50 * 1024 * 1024);
    cases.add(bad("50 MB value", List.of("(52428800 characters)"),
        "memory", "--model", huge));
    cases.add(bad("--model /nonexistent/config.json", List.of("/nonexistent/config.json",
        "file"), "memory", "--model", "/nonexistent/config.json").pendingOn(DEFAULTS));
    cases.add(bad("--gpus 1 --pp 2", List.of("--gpus", "--pp"),
        "perf", "--model", "llama-3.1-8b", "--gpu", "h100", "--gpus", "1", "--pp", "2",
        "--input", "1000", "--output", "100"));
    return cases;
  }

  private static Case bad(String label, List<String> words, String... args) {
    return new Case(label, InferenceEconCli.BAD_INPUT, false, words, args);
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /** A bundled config.json with some fields changed, written to a file. */
  private static Path config(Path dir, String model, String file,
      java.util.function.Consumer<ObjectNode> change) throws IOException {
    ObjectNode c = (ObjectNode) MAPPER.readTree(bundledConfig(model));
    change.accept(c);
    Path p = dir.resolve(file);
    Files.write(p, MAPPER.writeValueAsBytes(c));
    return p;
  }

  /** The text of a bundled model's config.json. */
  static String bundledConfig(String model) throws IOException {
    try (InputStream in = HostileCases.class.getResourceAsStream(
        "/io/github/inferenceecon/core/architecture/known/" + model + ".config.json")) {
      if (in == null) {
        throw new IOException("No bundled config for " + model);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A user price catalog of provider acme, model acme-large, with the cards given. */
  static Path priceCatalog(Path dir, String file, String cards) throws IOException {
    Path p = dir.resolve(file);
    Files.writeString(p, priceCatalogText(cards));
    return p;
  }

  /** The text of a user price catalog of provider acme, model acme-large, with the cards given. */
  static String priceCatalogText(String cards) {
    return "{\"schemaVersion\": 2, \"publishedOn\": \"2026-01-20\",\n"
        + " \"provider\": {\"id\": \"acme\", \"name\": \"Acme AI\", "
        + "\"pricingUrl\": \"https://acme.example/pricing\"},\n"
        + " \"currency\": \"USD\",\n"
        + " \"models\": [{\"id\": \"acme-large\", \"cards\": [" + cards + "]}]}\n";
  }

  //-----------------------------------------------------------------------
  /**
   * Runs the tool in-process on a thread of its own, giving up after a time limit.
   *
   * @param args the arguments
   * @param failingOutput whether standard output fails when written to
   * @param timeoutMillis the time limit
   * @return the outcome
   * @throws AssertionError if the run takes longer than the limit (a hang)
   */
  static Outcome run(String[] args, boolean failingOutput, long timeoutMillis) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = failingOutput ? new PrintWriter(new OutputStreamWriter(
        fullDevice(), StandardCharsets.UTF_8), true) : new PrintWriter(out, true);
    ExecutorService single = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "hostile-case");
      t.setDaemon(true);
      return t;
    });
    long start = System.nanoTime();
    try {
      Future<Integer> f = single.submit(() -> InferenceEconCli.run(args, outWriter,
          new PrintWriter(err, true)));
      int code = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
      return new Outcome(code, out.toString(), err.toString(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    } catch (TimeoutException e) {
      throw new AssertionError("No answer within " + timeoutMillis + " ms (a hang): "
          + describe(args));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("Escaped the tool: " + describe(args), e.getCause());
    } finally {
      single.shutdownNow();
    }
  }

  /** Linux's /dev/full, where every write fails with "No space left on device". */
  private static OutputStream fullDevice() {
    try {
      return new FileOutputStream("/dev/full");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The arguments as a message shows them: each cut after 80 characters. */
  static String describe(String[] args) {
    StringBuilder b = new StringBuilder();
    for (String a : args) {
      b.append(b.length() == 0 ? "" : " ").append('\'')
          .append(io.github.inferenceecon.core.InputValues.shown(a)).append('\'');
    }
    return b.toString();
  }

  /**
   * The child JVM's entry point: runs every case twice (after warm-up runs that load the bundled
   * catalogs) and prints, per case, its label, exit code, the milliseconds of the quicker run and
   * standard error's line count and first line, tab-separated.
   *
   * @param args the folder for fixture files, and optionally a regular expression the labels
   *     of the cases to run must match
   */
  public static void main(String[] args) {
    List<Case> cases = all(Path.of(args[0]));
    run(new String[] {"api-cost", "--provider", "openai", "--model", "gpt-4o-mini", "--input",
        "1", "--output", "1"}, false, 60_000);
    run(new String[] {"cost", "--model", "llama-3.1-8b", "--gpu", "h100", "--input", "1",
        "--output", "1", "--price-per-device-hour", "1"}, false, 60_000);
    for (Case c : cases) {
      if (args.length > 1 && !c.label.matches(args[1]) || c.pendingOn != null) {
        continue;
      }
      String line;
      try {
        Outcome o = run(c.args, c.failingOutput, 10_000);
        // the better of two runs: the machine may be busy with other builds
        long millis = Math.min(o.millis, run(c.args, c.failingOutput, 10_000).millis);
        String[] lines = o.err.split("\n", -1);
        int count = o.err.isEmpty() ? 0 : o.err.endsWith("\n") ? lines.length - 1
            : lines.length;
        line = String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%s", c.label, o.exitCode, millis,
            count, lines[0]);
      } catch (AssertionError e) {
        line = c.label + "\t-1\t-1\t0\t" + e.getMessage();
      }
      System.out.println(line.replace('\r', ' '));
    }
    System.out.flush();
  }
}
