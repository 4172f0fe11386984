/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parameter count as its publisher states it, such as '671B total, 37B activated (DeepSeek-V3
 * README)', recorded beside the count derived from the architecture.
 *
 * <p>Published counts are often rounded ("70B") and publishers differ in what they count (with
 * or without embeddings, with or without multi-token-prediction modules); {@link #note()} says
 * which. They are kept for comparison and are never used in place of the derived count.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublishedParameters.class)
@JsonDeserialize(as = ImmutablePublishedParameters.class)
public abstract class PublishedParameters {

  PublishedParameters() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedParameters}; {@code total} and {@code source} are required. */
  public static final class Builder extends ImmutablePublishedParameters.Builder {
    Builder() {}
  }

  /**
   * Returns the published total parameter count.
   *
   * @return the count, positive
   */
  public abstract long total();

  /**
   * Returns the published active (per-token) parameter count of a mixture-of-experts model.
   *
   * @return the count, or empty when none is published
   */
  public abstract Optional<Long> active();

  /**
   * Returns where the count is published, a URL or a citation.
   *
   * @return the source, not blank, not null
   */
  public abstract String source();

  /**
   * Checks if the count is only a nominal size from the model's name or card ("70B"), not a
   * stated count; false by default.
   *
   * @return true if nominal
   */
  @Value.Default
  public boolean isNominal() {
    return false;
  }

  /**
   * Returns what the count includes or how it is rounded, as the publisher says.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  protected final void check() {
    Checks.positive(total(), "Published total parameters");
    // a plain test rather than ifPresent: a lambda costs a class of its own at start-up
    if (active().isPresent()) {
      Checks.positive(active().get(), "Published active parameters");
    }
    if (source().isBlank()) {
      throw new IllegalArgumentException("Published parameters source must not be blank: ''");
    }
  }
}
