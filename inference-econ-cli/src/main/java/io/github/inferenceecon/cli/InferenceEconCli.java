/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.InputValues;
import io.github.inferenceecon.hardware.MissingFigureException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
 * the option or JSON key (with its file), the rule and the value as typed (an unknown model or
 * accelerator suggests the nearest names); 3 when the output could not be written (a full disk,
 * a closed standard output or pipe); 1 on an internal error, a defect of inference-econ.
 */
@Command(name = "inference-econ",
    mixinStandardHelpOptions = true,
    versionProvider = InferenceEconCli.VersionProvider.class,
    description = "The economics of running large language models: memory, speed and cost, "
        + "self-hosted or through an API.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:internal error (a defect: please report it)",
        "2:bad input: one line on standard error names the option or key, the rule and the value",
        "3:the output could not be written (disk full, standard output closed)"},
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
  /** Exit code for output that could not be written. */
  static final int OUTPUT_ERROR = 3;
  /**
   * The longest argument read, 128 KiB, the most Linux passes to a program in one argument;
   * checked before parsing, whose work grows faster than the length.
   */
  static final int MAX_ARGUMENT_LENGTH = 131_072;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code.
   *
   * <p>Standard output is written to its file descriptor directly, not through
   * {@link System#out}, which would hide a failed write.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
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
    if (System.getProperty("picocli.trace") == null) {
      // picocli's warnings (such as unbalanced quotes in a split value) would add lines to
      // standard error beside the one-line error; -Dpicocli.trace turns them back on
      CommandLine.tracer().setLevel(CommandLine.TraceLevel.OFF);
    }
    CommandLine cl = new CommandLine(new InferenceEconCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, arguments) -> error(err, ex.getMessage(), args));
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (isBadInput(ex)) {
        return error(err, ex.getMessage(), args);
      }
      err.println("internal error: " + oneLine(String.valueOf(ex), args));
      err.flush();
      return INTERNAL_ERROR;
    });
    for (int i = 0; i < args.length; i++) {
      if (args[i].length() > MAX_ARGUMENT_LENGTH) {
        String what = i > 0 && args[i - 1].startsWith("-") ? args[i - 1] + " value"
            : "Argument " + (i + 1);
        return error(err, InputValues.rejected(what, args[i], "must be at most "
            + MAX_ARGUMENT_LENGTH + " characters long"), args);
      }
    }
    int code;
    try {
      code = cl.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      err.println("internal error: " + oneLine(String.valueOf(e), args));
      err.flush();
      return INTERNAL_ERROR;
    }
    if (out.checkError()) {
      err.println("error: the output could not be written (disk full, or standard output "
          + "closed)");
      err.flush();
      return code == 0 ? OUTPUT_ERROR : code;
    }
    return code;
  }

  /** Whether an exception reports bad input (exit 2) rather than a defect (exit 1). */
  static boolean isBadInput(Throwable ex) {
    return ex instanceof IllegalArgumentException || ex instanceof IOException
        || ex instanceof UncheckedIOException || ex instanceof ArithmeticException
        || ex instanceof MissingFigureException;
  }

  private static int error(PrintWriter err, String message, String[] args) {
    err.println("error: " + oneLine(message, args));
    err.flush();
    return BAD_INPUT;
  }

  /**
   * A message on one line with every long argument it quotes shown cut
   * ({@link InputValues#shown}) and control characters escaped ({@link InputValues#oneLine}).
   */
  static String oneLine(String message, String[] args) {
    if (message == null) {
      return "(no message)";
    }
    String m = message;
    for (String arg : args) {
      if (arg.length() > InputValues.MAX_SHOWN_LENGTH && m.contains(arg)) {
        m = m.replace(arg, InputValues.shown(arg));
      }
    }
    return InputValues.oneLine(m);
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
