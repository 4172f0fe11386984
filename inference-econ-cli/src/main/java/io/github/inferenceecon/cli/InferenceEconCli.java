/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.hardware.MissingFigureException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code inference-econ} command-line tool: the main entry point.
 *
 * <p>Exit codes: 0 on success; 2 on bad input, with a one-line message on standard error naming
 * the problem (an unknown model or accelerator suggests the nearest names); 1 on an internal
 * error.
 */
@Command(name = "inference-econ",
    mixinStandardHelpOptions = true,
    versionProvider = InferenceEconCli.VersionProvider.class,
    description = "The economics of running large language models: memory, speed and cost, "
        + "self-hosted or through an API.",
    subcommands = {
        MemoryCommand.class,
        PerfCommand.class,
        CostCommand.class,
        ApiCostCommand.class,
        CompareCommand.class,
        WhatIfCommand.class,
        EconomicsCommand.class,
        PlanCommand.class,
        ReportCommand.class,
        CatalogCommand.class,
        CommandLine.HelpCommand.class})
public final class InferenceEconCli implements Runnable {

  /** Exit code for bad input. */
  static final int BAD_INPUT = 2;
  /** Exit code for an internal error. */
  static final int INTERNAL_ERROR = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out,
        StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err,
        StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the tool in-process.
   *
   * @param args the command-line arguments
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new InferenceEconCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, arguments) -> {
      err.println("error: " + ex.getMessage());
      err.flush();
      return BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof IllegalArgumentException || ex instanceof IOException
          || ex instanceof UncheckedIOException || ex instanceof ArithmeticException
          || ex instanceof MissingFigureException) {
        err.println("error: " + oneLine(ex.getMessage()));
        err.flush();
        return BAD_INPUT;
      }
      err.println("internal error: " + ex);
      err.flush();
      return INTERNAL_ERROR;
    });
    return cl.execute(args);
  }

  private static String oneLine(String message) {
    return message == null ? "(no message)" : message.replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The tool's version, from the jar manifest. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = InferenceEconCli.class.getPackage().getImplementationVersion();
      return new String[] {"inference-econ " + (version == null ? "(development)" : version)};
    }
  }
}
