/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.planner.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * A measured run, not a test: plans once, then times building and writing the HTML report of
 * the plan (results, chart values, page and file), first cold as the tool meets it, then warm.
 *
 * <pre>{@code
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     io.github.inferenceecon.cli.PlanReportTiming /tmp/plan.html plan --model ... 
 * }</pre>
 */
final class PlanReportTiming {

  private PlanReportTiming() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    CommandLine cl = new CommandLine(new InferenceEconCli());
    PlanCommand command = (PlanCommand) cl.parseArgs(Arrays.copyOfRange(args, 1, args.length))
        .subcommand().commandSpec().userObject();
    long start = System.nanoTime();
    Plan plan = command.plan();
    System.out.printf("plan: %d candidates, %d feasible, %d rejected, planned in %.0f ms%n",
        plan.candidateCount(), plan.choices().size(), plan.rejections().size(),
        (System.nanoTime() - start) / 1e6);
    long t = System.nanoTime();
    Report report = command.report(plan);
    long t1 = System.nanoTime();
    HtmlPage.Section section = command.section(plan, report);
    long t2 = System.nanoTime();
    new HtmlPage("Plan").add(section).write(file);
    long t3 = System.nanoTime();
    // the first run in a fresh JVM, as the command-line tool meets it
    System.out.printf("first (cold) run: %.0f ms = results %.0f ms + section (chart values, "
        + "sources) %.0f ms + page written %.0f ms (%d bytes)%n", (t3 - t) / 1e6, (t1 - t) / 1e6,
        (t2 - t1) / 1e6, (t3 - t2) / 1e6, Files.size(file));
    int warmUp = 5;
    int runs = 10;
    double[] millis = new double[runs];
    for (int i = -warmUp; i < runs; i++) {
      long t0 = System.nanoTime();
      new HtmlPage("Plan").add(command.section(plan, command.report(plan))).write(file);
      if (i >= 0) {
        millis[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    Arrays.sort(millis);
    System.out.printf("warm: over %d runs after %d more: min %.0f ms, median %.0f ms, max %.0f "
        + "ms%n", runs, warmUp, millis[0], millis[runs / 2], millis[runs - 1]);
  }
}
