/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report}: one HTML page from a JSON request file listing the sections, each a command
 * that draws charts with its options.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"One self-contained HTML page from a JSON request file: each section is a "
        + "compare, plan, perf, memory or api-cost command with its options, drawn as with "
        + "that command's --html.",
        "",
        "The request: {\"title\": \"...\", \"sections\": [{\"command\": \"compare\", "
            + "\"options\": {\"model\": \"llama-3.3-70b\", \"gpu\": \"h100\", \"gpus\": 8, "
            + "\"api\": [\"groq:llama-3.3-70b-versatile\"], ...}}, ...]}. Each option is named "
            + "without its dashes; a string or number is its value, a list repeats the option, "
            + "true gives a switch and false leaves it out."})
final class ReportCommand implements Callable<Integer> {

  /** The commands a section may be. */
  static final Set<String> COMMANDS = Set.of("compare", "plan", "perf", "memory", "api-cost");

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "REQUEST", description = "The JSON request file.")
  Path request;

  @Option(names = "--html", required = true, paramLabel = "FILE",
      description = "The HTML page to write.")
  Path html;

  @Override
  public Integer call() throws Exception {
    JsonNode root = read(request);
    String title = root.path("title").isTextual() ? root.get("title").asText()
        : "inference-econ report";
    JsonNode sections = root.get("sections");
    if (sections == null || !sections.isArray() || sections.isEmpty()) {
      throw new IllegalArgumentException("Report request '" + request + "': 'sections' must be "
          + "a non-empty list");
    }
    HtmlPage page = new HtmlPage(title);
    int n = 0;
    for (JsonNode section : sections) {
      n++;
      page.addAll(run(n, section));
    }
    page.write(html);
    spec.commandLine().getOut().println("Wrote " + html + ": " + n
        + (n == 1 ? " section" : " sections"));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static JsonNode read(Path file) throws IOException {
    try {
      return new ObjectMapper().readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException("Report request '" + file + "' is not valid JSON"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
          + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Runs one section's command with its options and collects its page sections. */
  private static List<HtmlPage.Section> run(int n, JsonNode section) throws Exception {
    String command = section.path("command").asText("");
    if (!COMMANDS.contains(command)) {
      throw new IllegalArgumentException("Report section " + n + ": 'command' must be one of "
          + new java.util.TreeSet<>(COMMANDS) + ": '" + command + "'");
    }
    List<String> args = new ArrayList<>();
    args.add(command);
    args.addAll(arguments(n, section.path("options")));
    CommandLine top = new CommandLine(new InferenceEconCli());
    top.setOut(new PrintWriter(Writer.nullWriter()));
    top.getSubcommands().get(command).setOut(new PrintWriter(Writer.nullWriter()));
    Object userObject;
    try {
      userObject = top.parseArgs(args.toArray(new String[0])).subcommand().commandSpec()
          .userObject();
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(where(n, command) + e.getMessage(), e);
    }
    List<HtmlPage.Section> collected = new ArrayList<>();
    ((HtmlOptions.Drawing) userObject).html().collector = collected;
    try {
      ((Callable<?>) userObject).call();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where(n, command) + e.getMessage(), e);
    } catch (IOException e) {
      throw new IOException(where(n, command) + e.getMessage(), e);
    }
    return collected;
  }

  private static String where(int n, String command) {
    return "Report section " + n + " (" + command + "): ";
  }

  /** The options object as arguments: {"gpus": 8} is --gpus 8; a list repeats the option. */
  static List<String> arguments(int n, JsonNode options) {
    List<String> args = new ArrayList<>();
    if (options.isMissingNode()) {
      return args;
    }
    if (!options.isObject()) {
      throw new IllegalArgumentException("Report section " + n + ": 'options' must be an "
          + "object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = "--" + e.getKey();
      if (name.equals("--html")) {
        throw new IllegalArgumentException("Report section " + n + ": option 'html' is the "
            + "report's own");
      }
      JsonNode value = e.getValue();
      if (value.isBoolean()) {
        if (value.asBoolean()) {
          args.add(name);
        }
      } else if (value.isArray()) {
        for (JsonNode item : value) {
          args.add(name);
          args.add(scalar(n, e.getKey(), item));
        }
      } else {
        args.add(name);
        args.add(scalar(n, e.getKey(), value));
      }
    }
    return args;
  }

  private static String scalar(int n, String option, JsonNode value) {
    if (!value.isTextual() && !value.isNumber()) {
      throw new IllegalArgumentException("Report section " + n + ": option '" + option
          + "' must be a string, a number, a list of them or a boolean: " + value);
    }
    return value.asText();
  }
}
