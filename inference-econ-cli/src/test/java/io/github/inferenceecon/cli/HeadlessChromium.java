/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real headless Chromium driven over the DevTools protocol, on one WebSocket from
 * {@code java.net.http}: a page target attached in flat mode, every protocol event kept so that a
 * test can look for console errors and network requests.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 60;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private final String session;

  /** The Chromium binary: $CHROMIUM, or chromium or chromium-browser on the PATH. */
  static Optional<Path> binary() {
    List<String> candidates = new ArrayList<>();
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(env);
    }
    String path = System.getenv("PATH");
    for (String dir : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) {
        candidates.add(dir + "/chromium");
        candidates.add(dir + "/chromium-browser");
      }
    }
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  HeadlessChromium(Path binary) throws Exception {
    profile = Files.createTempDirectory("inference-econ-chromium");
    process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--no-first-run",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true).start();
    String url = devToolsUrl();
    socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(url), new Listener()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    ObjectNode target = MAPPER.createObjectNode().put("url", "about:blank");
    String targetId = call(null, "Target.createTarget", target).get("targetId").asText();
    session = call(null, "Target.attachToTarget", MAPPER.createObjectNode()
        .put("targetId", targetId).put("flatten", true)).get("sessionId").asText();
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      send(domain + ".enable");
    }
  }

  /** Reads the browser's output until it says where DevTools listens. */
  private String devToolsUrl() throws Exception {
    AtomicReference<String> url = new AtomicReference<>();
    CountDownLatch found = new CountDownLatch(1);
    StringBuilder output = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          synchronized (output) {
            output.append(line).append('\n');
          }
          int at = line.indexOf("ws://");
          if (line.contains("DevTools listening on") && at >= 0) {
            url.set(line.substring(at).trim());
            found.countDown();
          }
        }
      } catch (IOException e) {
        // the browser closed its output: it has stopped
      }
    }, "chromium-output");
    reader.setDaemon(true);
    reader.start();
    if (!found.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      synchronized (output) {
        throw new IllegalStateException("Chromium did not open DevTools:\n" + output);
      }
    }
    return url.get();
  }

  /** Sends a command to the page and waits for its result. */
  JsonNode send(String method) throws Exception {
    return call(session, method, MAPPER.createObjectNode());
  }

  JsonNode send(String method, ObjectNode params) throws Exception {
    return call(session, method, params);
  }

  private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = MAPPER.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(MAPPER.writeValueAsString(message), true).get(TIMEOUT_SECONDS,
        TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** Forgets the events seen so far. */
  void clearEvents() {
    synchronized (events) {
      events.clear();
    }
  }

  /** The events of a method seen since the last {@link #clearEvents()}. */
  List<JsonNode> events(String method) {
    List<JsonNode> found = new ArrayList<>();
    synchronized (events) {
      for (JsonNode e : events) {
        if (method.equals(e.path("method").asText())) {
          found.add(e.get("params"));
        }
      }
    }
    return found;
  }

  /** Waits until an event of a method has been seen. */
  void await(String method) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (events(method).isEmpty()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("No " + method + " within " + TIMEOUT_SECONDS + " s");
      }
      Thread.sleep(20);
    }
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode r = send("Runtime.evaluate", MAPPER.createObjectNode().put("expression", expression)
        .put("returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("Script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    // Chromium's helper processes (renderer, GPU, crashpad) may still write in the profile
    // after the browser process has gone: stop them all before the profile is deleted
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      for (ProcessHandle helper : helpers) {
        helper.destroy();
        try {
          helper.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          helper.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteProfile();
  }

  /** Deletes the temporary profile; a file that is already gone is no failure. */
  private void deleteProfile() throws IOException {
    Files.walkFileTree(profile, new SimpleFileVisitor<Path>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null && !(e instanceof NoSuchFileException)) {
          throw e;
        }
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Collects text frames into messages: replies complete their command, the rest are events. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        try {
          JsonNode node = MAPPER.readTree(message);
          if (node.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(node.get("id").asInt());
            if (reply != null) {
              reply.complete(node);
            }
          } else {
            synchronized (events) {
              events.add(node);
            }
          }
        } catch (IOException e) {
          throw new IllegalStateException("DevTools sent no JSON: " + message, e);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
