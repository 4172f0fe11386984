/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's "done when": every example gives its exit code with one line naming the option or
 * key, within a second, with the heap capped at 1 GiB. The cases run in one child JVM started
 * with {@code -Xmx1g} ({@link HostileCases#main}), after a warm-up run that loads the bundled
 * catalogs, so that the second measures the case and not the JVM's start.
 */
final class HostileInputDoneWhenTest {

  /** The time each case may take in a warm JVM. */
  private static final long LIMIT_MILLIS = 1_000;

  @TempDir
  Path dir;

  @Test
  void everyIssueExample_inAChildJvmWith1GibHeap_answersWithinASecond()
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        HostileCases.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();

    Map<String, String[]> byLabel = new HashMap<>();
    for (String line : out.split("\n")) {
      String[] f = line.split("\t", 5);
      byLabel.put(f[0], f);
    }
    List<HostileCases.Case> cases = HostileCases.all(dir).stream()
        .filter(c -> c.pendingOn == null).collect(Collectors.toList());
    assertThat(byLabel).as(out).hasSameSizeAs(cases);
    for (HostileCases.Case c : cases) {
      String[] f = byLabel.get(c.label);
      assertThat(f).as(c.label + " in " + out).isNotNull();
      int code = Integer.parseInt(f[1]);
      long millis = Long.parseLong(f[2]);
      assertThat(code).as(c.label + ": " + f[4]).isEqualTo(c.exitCode);
      assertThat(millis).as(c.label + " took " + millis + " ms").isBetween(0L, LIMIT_MILLIS);
      if (c.exitCode != 0) {
        assertThat(f[3]).as(c.label + ": lines of standard error").isEqualTo("1");
        assertThat(f[4]).as(c.label).startsWith("error: ").contains(c.words);
      }
    }
  }
}
