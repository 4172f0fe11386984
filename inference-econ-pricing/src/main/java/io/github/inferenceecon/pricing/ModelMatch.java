/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.internal.JsonCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A genai-prices match clause: which model ids a catalog model answers to, as a tree of
 * {@code equals}, {@code starts_with}, {@code ends_with}, {@code contains}, {@code regex},
 * {@code or} and {@code and}. Ids are compared without regard to case.
 *
 * <p>Not part of the public API. Instances are immutable and thread-safe.
 */
final class ModelMatch {

  private enum Kind { EQUALS, STARTS_WITH, ENDS_WITH, CONTAINS, REGEX, OR, AND }

  private static final int MAX_DEPTH = 16;

  private final Kind kind;
  private final String text;
  private final @Nullable Pattern pattern;
  private final List<ModelMatch> clauses;

  private ModelMatch(Kind kind, String text, @Nullable Pattern pattern, List<ModelMatch> clauses) {
    this.kind = kind;
    this.text = text;
    this.pattern = pattern;
    this.clauses = clauses;
  }

  /**
   * Reads a clause: an object with exactly one of the clause fields.
   *
   * @param at the clause, not null
   * @return the clause, not null
   * @throws io.github.inferenceecon.core.json.InvalidJsonException if the clause is malformed
   */
  static ModelMatch read(JsonCursor at) {
    return read(at, 0);
  }

  private static ModelMatch read(JsonCursor at, int depth) {
    at.object("equals", "starts_with", "ends_with", "contains", "regex", "or", "and");
    List<JsonCursor> fields = at.fields();
    if (fields.size() != 1 || depth > MAX_DEPTH) {
      throw at.fail("Match clause must have exactly one field, nested at most " + MAX_DEPTH
          + " deep");
    }
    JsonCursor f = fields.get(0);
    switch (f.name()) {
      case "or":
      case "and":
        List<ModelMatch> clauses = new ArrayList<>();
        for (JsonCursor c : f.elements()) {
          clauses.add(read(c, depth + 1));
        }
        return new ModelMatch(f.name().equals("or") ? Kind.OR : Kind.AND, "", null,
            List.copyOf(clauses));
      case "regex":
        try {
          return new ModelMatch(Kind.REGEX, f.text(), Pattern.compile(f.text(),
              Pattern.CASE_INSENSITIVE), List.of());
        } catch (PatternSyntaxException e) {
          throw f.fail("Value must be a regular expression");
        }
      default:
        Kind kind = Kind.valueOf(f.name().toUpperCase(Locale.ROOT));
        return new ModelMatch(kind, f.text().toLowerCase(Locale.ROOT), null, List.of());
    }
  }

  /**
   * Checks if a model id, in lower case, matches.
   *
   * @param id the id in lower case, not null
   * @return true if it matches
   */
  boolean matches(String id) {
    switch (kind) {
      case EQUALS:
        return id.equals(text);
      case STARTS_WITH:
        return id.startsWith(text);
      case ENDS_WITH:
        return id.endsWith(text);
      case CONTAINS:
        return id.contains(text);
      case REGEX:
        return pattern != null && pattern.matcher(id).find();
      case OR:
        for (ModelMatch c : clauses) {
          if (c.matches(id)) {
            return true;
          }
        }
        return false;
      default:
        for (ModelMatch c : clauses) {
          if (!c.matches(id)) {
            return false;
          }
        }
        return true;
    }
  }

  /**
   * Returns the exact ids this clause names through {@code equals} and {@code or} alone: names
   * the model surely answers to, usable as aliases.
   *
   * @return the ids, not null
   */
  List<String> exactIds() {
    List<String> out = new ArrayList<>();
    if (kind == Kind.EQUALS) {
      out.add(text);
    } else if (kind == Kind.OR) {
      for (ModelMatch c : clauses) {
        out.addAll(c.exactIds());
      }
    }
    return out;
  }
}
