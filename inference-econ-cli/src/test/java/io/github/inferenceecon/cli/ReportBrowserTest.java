/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opens each kind of HTML report in a real headless Chromium (Debian's {@code chromium}): the
 * page loads with no console error and no request beyond its own file, every chart has a
 * non-empty drawing (on screen, on a phone's width and in print), and a screenshot of each is
 * kept under {@code target/screenshots/}.
 *
 * <p>Skipped when no Chromium is installed, unless {@code INFERENCE_ECON_REQUIRE_CHROMIUM=true}
 * (set by {@code .ci/run} once it has installed Chromium), when a missing browser fails.
 */
final class ReportBrowserTest {

  private static final Path OUT = Path.of("target", "browser-test");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Counts every chart's drawing: each SVG's marks and the size of each series. */
  private static final String CHARTS = String.join("\n",
      "JSON.stringify(Array.from(document.querySelectorAll('svg.chart')).map(svg => {",
      "  const box = svg.getBoundingClientRect();",
      "  const marks = svg.querySelectorAll('g.series path, g.series circle, rect.part');",
      "  const series = Array.from(svg.querySelectorAll('g.series, rect.part')).map(g => {",
      "    const b = g.getBBox(); return b.width + b.height; });",
      "  return {title: svg.getAttribute('aria-label'), width: box.width, height: box.height,",
      "    marks: marks.length, emptySeries: series.filter(s => !(s > 0)).length,",
      "    series: series.length};",
      "}))");

  private static HeadlessChromium browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    Optional<Path> binary = HeadlessChromium.binary();
    if (binary.isEmpty()) {
      if ("true".equals(System.getenv("INFERENCE_ECON_REQUIRE_CHROMIUM"))) {
        throw new IllegalStateException("INFERENCE_ECON_REQUIRE_CHROMIUM is true but no chromium "
            + "is on the PATH (or in $CHROMIUM)");
      }
      Assumptions.abort("Chromium is not installed (no chromium or chromium-browser on the PATH "
          + "and no $CHROMIUM): the HTML reports are not checked in a browser. Install Debian's "
          + "'chromium' package to run this test.");
    }
    Files.createDirectories(OUT);
    Files.createDirectories(SCREENSHOTS);
    browser = new HeadlessChromium(binary.get());
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "compare|2|compare --model llama-3.3-70b --gpu h100 --gpus 8 "
          + "--offer digitalocean-gpu-h100x8-on-demand --api groq:llama-3.3-70b-versatile "
          + "--api deepinfra:meta-llama/Llama-3.3-70B-Instruct-Turbo --input 1000 --output 300 "
          + "--requests-per-second 5",
      "plan|1|plan --model llama-3.1-70b --model llama-3.1-8b --requests-per-second 5 --input 1000 "
          + "--output 300 --ttft 2s --tpot 100ms --api groq:llama-3.3-70b-versatile",
      "perf|3|perf --model llama-3.1-8b --gpu h100 --input 1000 --output 200",
      "memory|1|memory --model llama-3.1-70b --gpu h100 --context 8192 --batch 32",
      "api-cost|1|api-cost --provider openai --model gpt-4o --input 10000 --output 1000 "
          + "--at 2025-06-01",
      "report|7|report REQUEST"})
  void report_opensInChromiumWithDrawnChartsAndNoRequest(String name, int charts, String command)
      throws Exception {
    Path page = OUT.resolve(name + ".html").toAbsolutePath();
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    if (name.equals("report")) {
      Path request = OUT.resolve("request.json");
      Files.writeString(request, REQUEST);
      args.set(args.indexOf("REQUEST"), request.toString());
    }
    args.add("--html");
    args.add(page.toString());
    CliRun run = CliRun.of(args.toArray(new String[0]));
    assertThat(run.exitCode).as(run.err).isZero();

    String url = page.toUri().toString();
    assertThat(open(url)).isEmpty();
    assertDrawn(charts, "screen");
    screenshot(name, true);
    if (name.equals("compare")) {
      // the top of the page, as the README shows it (docs/compare-report.png)
      metrics(1000, 1500, false);
      screenshot(name + "-top", false);
    }

    // a phone: the charts shrink with the page, which never scrolls sideways
    metrics(390, 800, true);
    assertDrawn(charts, "phone");
    assertThat(browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        .asBoolean()).as("no sideways scrolling at 390 px").isTrue();
    if (name.equals("compare")) {
      screenshot(name + "-phone", true);
    }

    // print
    browser.send("Emulation.setEmulatedMedia", MAPPER.createObjectNode().put("media", "print"));
    metrics(1000, 800, false);
    assertDrawn(charts, "print");
    browser.send("Emulation.setEmulatedMedia", MAPPER.createObjectNode().put("media", ""));
    assertThat(browser.events("Network.requestWillBeSent")).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void open_pageWithAnErrorAndARequest_isCaught() throws Exception {
    // the checks themselves: a page that logs an error, throws and fetches is caught
    Path page = OUT.resolve("hostile.html").toAbsolutePath();
    Files.writeString(page, "<!DOCTYPE html><html><body><script>console.error('boom');"
        + "</script><img src=\"http://127.0.0.1:9/x.png\"><script>null.x</script></body></html>");
    assertThat(open(page.toUri().toString())).anyMatch(p -> p.startsWith("console error: boom"))
        .anyMatch(p -> p.startsWith("exception:"))
        .anyMatch(p -> p.equals("request: http://127.0.0.1:9/x.png"));
  }

  /** Loads a page and returns what went wrong: errors, exceptions and other requests. */
  private static List<String> open(String url) throws Exception {
    browser.clearEvents();
    metrics(1000, 800, false);
    browser.send("Page.navigate", MAPPER.createObjectNode().put("url", url));
    browser.await("Page.loadEventFired");
    List<String> problems = new ArrayList<>();
    browser.events("Runtime.exceptionThrown").forEach(e -> problems.add("exception: "
        + e.path("exceptionDetails").path("exception").path("description").asText()));
    browser.events("Runtime.consoleAPICalled").stream()
        .filter(e -> List.of("error", "assert", "warning").contains(e.path("type").asText()))
        .forEach(e -> problems.add("console " + e.path("type").asText() + ": "
            + e.path("args").path(0).path("value").asText()));
    browser.events("Log.entryAdded").stream()
        .filter(e -> e.path("entry").path("level").asText().equals("error"))
        .forEach(e -> problems.add("log error: " + e.path("entry").path("text").asText()));
    browser.events("Network.requestWillBeSent").stream()
        .map(e -> e.path("request").path("url").asText()).filter(u -> !u.equals(url))
        .forEach(u -> problems.add("request: " + u));
    return problems;
  }

  private static void assertDrawn(int charts, String where) throws Exception {
    JsonNode drawn = MAPPER.readTree(browser.evaluate(CHARTS).asText());
    assertThat(drawn).as("charts on %s", where).hasSize(charts);
    for (JsonNode chart : drawn) {
      String title = chart.path("title").asText();
      assertThat(chart.path("width").asDouble()).as("%s width on %s", title, where).isPositive();
      assertThat(chart.path("height").asDouble()).as("%s height on %s", title, where).isPositive();
      assertThat(chart.path("marks").asInt()).as("%s marks on %s", title, where).isPositive();
      assertThat(chart.path("series").asInt()).as("%s series on %s", title, where).isPositive();
      assertThat(chart.path("emptySeries").asInt()).as("%s empty series on %s", title, where)
          .isZero();
    }
  }

  private static void metrics(int width, int height, boolean mobile) throws Exception {
    browser.send("Emulation.setDeviceMetricsOverride", MAPPER.createObjectNode()
        .put("width", width).put("height", height).put("deviceScaleFactor", 1)
        .put("mobile", mobile));
  }

  /** The whole page, or what the window shows, as a PNG under target/screenshots. */
  private static void screenshot(String name, boolean wholePage) throws Exception {
    JsonNode shot = browser.send("Page.captureScreenshot", MAPPER.createObjectNode()
        .put("format", "png").put("captureBeyondViewport", wholePage));
    byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
    assertThat(png.length).isGreaterThan(10_000);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  /** A report request with a section of every kind but plan: seven charts. */
  private static final String REQUEST = String.join("\n",
      "{\"title\": \"Llama <3.3> 70B & friends: self-host or API?\",",
      " \"sections\": [",
      "  {\"command\": \"compare\", \"options\": {\"model\": \"llama-3.3-70b\", \"gpu\": \"h100\",",
      "    \"gpus\": 8, \"offer\": \"digitalocean-gpu-h100x8-on-demand\",",
      "    \"api\": [\"groq:llama-3.3-70b-versatile\"], \"input\": 1000, \"output\": 300,",
      "    \"requests-per-second\": 5}},",
      "  {\"command\": \"memory\", \"options\": {\"model\": \"llama-3.1-70b\", \"gpu\": \"h100\",",
      "    \"context\": 8192, \"batch\": 32}},",
      "  {\"command\": \"perf\", \"options\": {\"model\": \"llama-3.1-8b\", \"gpu\": \"h100\",",
      "    \"input\": 1000, \"output\": 200}},",
      "  {\"command\": \"api-cost\", \"options\": {\"provider\": \"openai\", \"model\": \"gpt-4o\",",
      "    \"input\": 10000, \"output\": 1000, \"batch-api\": false}}",
      " ]}");
}
