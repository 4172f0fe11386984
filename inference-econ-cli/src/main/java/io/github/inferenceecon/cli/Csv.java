/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: records end with CRLF, and a field that holds
 * a comma, a double quote, a CR or an LF (or starts or ends with a space, which some readers
 * trim) is enclosed in double quotes, a double quote inside doubled. Every record has the
 * header's number of fields.
 */
final class Csv {

  /** The record separator RFC 4180 prescribes. */
  static final String CRLF = "\r\n";

  private Csv() {}

  /**
   * Writes a header and records.
   *
   * @param header the field names
   * @param records the records, each as long as the header
   * @return the text, each record ending in CRLF
   * @throws IllegalStateException if a record's length differs from the header's (a bug)
   */
  static String write(List<String> header, List<List<String>> records) {
    StringBuilder b = new StringBuilder();
    record(b, header);
    for (List<String> r : records) {
      if (r.size() != header.size()) {
        throw new IllegalStateException("inference-econ bug: CSV record of " + r.size()
            + " fields under a header of " + header.size());
      }
      record(b, r);
    }
    return b.toString();
  }

  private static void record(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    b.append(CRLF);
  }

  /**
   * Quotes one field where RFC 4180 requires it.
   *
   * @param value the field's text
   * @return the field as written
   */
  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
        || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0
        || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
