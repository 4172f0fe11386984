/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages --html and report write, read as text (the browser test opens them). */
final class HtmlReportTest {

  @TempDir
  Path dir;

  @Test
  void compare_readmeJob_writesBreakEvenAndCostPerTokenChartsAndTables() throws Exception {
    Path page = dir.resolve("report.html");
    CliRun run = CliRun.of("compare", "--model", "llama-3.3-70b", "--gpu", "h100", "--gpus", "8",
        "--offer", "digitalocean-gpu-h100x8-on-demand", "--api", "groq:llama-3.3-70b-versatile",
        "--api", "deepinfra:meta-llama/Llama-3.3-70B-Instruct-Turbo", "--input", "1000",
        "--output", "300", "--requests-per-second", "5", "--html", page.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    // the text output is the same as without --html
    assertThat(run.out).isEqualTo(CliRun.of("compare", "--model", "llama-3.3-70b", "--gpu",
        "h100", "--gpus", "8", "--offer", "digitalocean-gpu-h100x8-on-demand", "--api",
        "groq:llama-3.3-70b-versatile", "--api",
        "deepinfra:meta-llama/Llama-3.3-70B-Instruct-Turbo", "--input", "1000", "--output", "300",
        "--requests-per-second", "5").out);
    String html = Files.readString(page);
    assertThat(html).contains("<figcaption>Figure 1. Monthly cost against volume</figcaption>",
        "<figcaption>Figure 2. Cost per million output tokens against throughput</figcaption>",
        "break-even with groq llama-3.3-70b-versatile: ",
        "<h3>Results</h3>", "<h3>Sources</h3>",
        "<a href=\"https://docs.digitalocean.com/products/droplets/details/pricing/\">",
        "meta name=\"viewport\"", "@media print",
        "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    // self-contained: nothing to fetch, no script
    assertThat(html).doesNotContain("<script", "<link", "src=\"http", "@import", "url(");
    assertThat(html.split("<svg class=\"chart\"", -1)).hasSize(3);
  }

  @Test
  void report_escapesTextFromTheRequestFile() throws Exception {
    Path request = dir.resolve("request.json");
    Files.writeString(request, "{\"title\": \"<script>alert('x')</script> & co\", \"sections\": "
        + "[{\"command\": \"memory\", \"options\": {\"model\": \"llama-3.1-8b\", \"gpu\": \"h100\"}}]}");
    Path page = dir.resolve("page.html");
    CliRun run = CliRun.of("report", request.toString(), "--html", page.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).isEqualTo("Wrote " + page + ": 1 section\n");
    String html = Files.readString(page);
    assertThat(html).contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</h1>")
        .doesNotContain("<script");
    assertThat(html).contains("Memory per device: Llama-3.1-8B on 1 x NVIDIA H100 SXM");
  }

  @Test
  void report_badRequests_areBadInputNamingWhere() throws Exception {
    Path page = dir.resolve("page.html");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"sections\": [\n");
    CliRun run = CliRun.of("report", broken.toString(), "--html", page.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: Report request '" + broken + "' is not valid JSON at "
        + "line 2, column 1");

    Path unknown = dir.resolve("unknown.json");
    Files.writeString(unknown, "{\"sections\": [{\"command\": \"catalog\"}]}");
    run = CliRun.of("report", unknown.toString(), "--html", page.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Report section 1: 'command' must be one of "
        + "[api-cost, compare, memory, perf, plan]: 'catalog'\n");

    Path missing = dir.resolve("missing.json");
    Files.writeString(missing, "{\"sections\": [{\"command\": \"perf\", \"options\": "
        + "{\"model\": \"llama-3.1-8b\", \"gpu\": \"h100\", \"input\": 1000}}]}");
    run = CliRun.of("report", missing.toString(), "--html", page.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Report section 1 (perf): Missing required option: "
        + "'--output=O'\n");

    Path unpriced = dir.resolve("unpriced.json");
    Files.writeString(unpriced, "{\"sections\": [{\"command\": \"memory\", \"options\": "
        + "{\"model\": \"llama-3.1-8b\"}}, {\"command\": \"api-cost\", \"options\": "
        + "{\"provider\": \"openai\", \"model\": \"gpt-4o\", \"input\": 10, \"output\": 1, "
        + "\"batch-api\": true}}]}");
    run = CliRun.of("report", unpriced.toString(), "--html", page.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: Report section 2 (api-cost): No price for the input "
        + "of openai model 'gpt-4o'");

    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "{\"sections\": []}");
    run = CliRun.of("report", empty.toString(), "--html", page.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("'sections' must be a non-empty list");
    assertThat(page).doesNotExist();
  }

  @Test
  void html_unwritableFile_isBadInput() {
    Path page = dir.resolve("no-such-folder").resolve("page.html");
    CliRun run = CliRun.of("memory", "--model", "llama-3.1-8b", "--html", page.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Cannot write the HTML page '" + page
        + "': NoSuchFileException " + page + "\n");
  }
}
