/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The shipped JSON Schemas, read by a JSON Schema validator (test scope only). */
final class Schemas {

  static final Schema ACCELERATORS = of("accelerators.schema.json");

  private Schemas() {}

  static Schema of(String name) {
    try (InputStream in = CatalogReader.open(name)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
