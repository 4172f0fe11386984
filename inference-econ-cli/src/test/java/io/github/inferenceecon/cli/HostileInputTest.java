/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One regression test per example of issue 21 ({@link HostileCases}): the exit code it must give
 * (2 for bad input, 3 for output that could not be written, 0 for an input that is right) and a
 * message on one line holding the option or key and the value.
 */
final class HostileInputTest {

  @TempDir
  static Path dir;

  static List<HostileCases.Case> cases() {
    return HostileCases.all(dir);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void issueExample_givesItsExitCodeAndOneLineNamingTheOption(HostileCases.Case c) {
    assumeTrue(c.pendingOn == null, () -> "waits for branch " + c.pendingOn);
    HostileCases.Outcome o = HostileCases.run(c.args, c.failingOutput, 30_000);
    assertThat(o.exitCode).as(c.label + ": " + o.err).isEqualTo(c.exitCode);
    if (c.exitCode != 0) {
      assertOneLineError(o.err);
      assertThat(o.err).as(c.label).contains(c.words);
    }
  }

  /** Standard error holds one line, "error: ...", of a sensible length. */
  static void assertOneLineError(String err) {
    assertThat(err).startsWith("error: ").endsWith(System.lineSeparator());
    String line = err.substring(0, err.length() - System.lineSeparator().length());
    assertThat(line).doesNotContain("\n", "\r").hasSizeLessThan(2_000);
  }
}
