/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One configuration the planner evaluates: a model self-hosted on a hardware option with a
 * parallel layout and numeric formats, such as 'Llama-3.1-70B on 4 x h100 (tp=4, pp=1; BF16)',
 * or an API, such as 'API sonnet (anthropic claude-sonnet-4)'.
 *
 * <p>The model: the {@link Kind}; the model's name (an architecture's name, or the card's
 * provider and model); the option (a {@link HardwareOption#id()} or an {@link ApiOption#label()});
 * and, for self-hosting only, the tensor- and pipeline-parallel degrees and the
 * {@link Precision}. A candidate names what it is; the objects themselves are in the
 * {@link Choice} that evaluates it.
 *
 * <p>Candidates are ordered by kind (self-hosted first), model, option, devices per replica,
 * tensor-parallel degree, pipeline-parallel degree and the precision's text. Within one plan
 * request no two candidates are equal, so this order breaks every tie in a {@link Plan}'s
 * ranking. The order is consistent with {@code equals}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCandidate.class)
@JsonDeserialize(as = ImmutableCandidate.class)
public abstract class Candidate implements Comparable<Candidate> {

  /** How a candidate is bought. */
  public enum Kind {
    /** A model served on rented (or owned) accelerators. */
    SELF_HOSTED,
    /** A model bought per token from an API. */
    API
  }

  Candidate() {}

  /**
   * Obtains a self-hosted candidate.
   *
   * @param model the model's name, not blank, not null
   * @param option the hardware option's id, not blank, not null
   * @param tensorParallel the tensor-parallel degree, positive
   * @param pipelineParallel the pipeline-parallel degree, positive
   * @param precision the numeric formats, not null
   * @return the candidate, not null
   * @throws IllegalArgumentException if a name is blank or a degree is not positive
   */
  public static Candidate selfHosted(String model, String option, int tensorParallel,
      int pipelineParallel, Precision precision) {
    return ImmutableCandidate.builder().kind(Kind.SELF_HOSTED).model(model).option(option)
        .tensorParallel(tensorParallel).pipelineParallel(pipelineParallel).precision(precision)
        .build();
  }

  /**
   * Obtains an API candidate.
   *
   * @param label the API option's label, not blank, not null
   * @param model the card's provider and model, such as {@code anthropic claude-sonnet-4}, not
   *     blank, not null
   * @return the candidate, not null
   * @throws IllegalArgumentException if a name is blank
   */
  public static Candidate api(String label, String model) {
    return ImmutableCandidate.builder().kind(Kind.API).model(model).option(label).build();
  }

  /**
   * Returns how the candidate is bought.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Returns the model's name: the architecture's name when self-hosted, the card's provider and
   * model for an API.
   *
   * @return the name, not blank, not null
   */
  public abstract String model();

  /**
   * Returns the option: the hardware option's id when self-hosted, the API option's label for an
   * API.
   *
   * @return the option, not blank, not null
   */
  public abstract String option();

  /**
   * Returns the tensor-parallel degree of a self-hosted candidate.
   *
   * @return the degree, positive, or empty for an API
   */
  public abstract OptionalInt tensorParallel();

  /**
   * Returns the pipeline-parallel degree of a self-hosted candidate.
   *
   * @return the degree, positive, or empty for an API
   */
  public abstract OptionalInt pipelineParallel();

  /**
   * Returns the numeric formats of a self-hosted candidate.
   *
   * @return the precision, or empty for an API
   */
  public abstract Optional<Precision> precision();

  /**
   * Returns the devices one replica of a self-hosted candidate spans: tensor-parallel x
   * pipeline-parallel.
   *
   * @return the devices, positive, or empty for an API
   */
  @JsonIgnore
  public OptionalInt devicesPerReplica() {
    return kind() == Kind.API ? OptionalInt.empty()
        : OptionalInt.of(tensorParallel().getAsInt() * pipelineParallel().getAsInt());
  }

  /**
   * Compares this candidate with another in the order described in the class documentation.
   *
   * @param other the other candidate, not null
   * @return negative, zero or positive as this candidate comes before, with or after the other
   */
  @Override
  public int compareTo(Candidate other) {
    Objects.requireNonNull(other, "other");
    int c = kind().compareTo(other.kind());
    if (c == 0) {
      c = model().compareTo(other.model());
    }
    if (c == 0) {
      c = option().compareTo(other.option());
    }
    if (c != 0 || kind() == Kind.API) {
      return c;
    }
    c = Integer.compare(devicesPerReplica().getAsInt(), other.devicesPerReplica().getAsInt());
    if (c == 0) {
      c = Integer.compare(tensorParallel().getAsInt(), other.tensorParallel().getAsInt());
    }
    if (c == 0) {
      c = Integer.compare(pipelineParallel().getAsInt(), other.pipelineParallel().getAsInt());
    }
    if (c == 0 && !precision().get().equals(other.precision().get())) {
      c = precision().get().toString().compareTo(other.precision().get().toString());
    }
    return c;
  }

  /**
   * Returns the text form, such as
   * {@code Llama-3.1-70B on 4 x h100 (tp=4, pp=1; weights=BF16, kvCache=BF16, activations=BF16)}
   * or {@code API sonnet (anthropic claude-sonnet-4)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (kind() == Kind.API) {
      return "API " + option() + " (" + model() + ")";
    }
    return model() + " on " + devicesPerReplica().getAsInt() + " x " + option() + " (tp="
        + tensorParallel().getAsInt() + ", pp=" + pipelineParallel().getAsInt() + "; "
        + precision().get() + ")";
  }

  @Value.Check
  protected final void check() {
    Checks.notBlank(model(), "Candidate model");
    Checks.notBlank(option(), "Candidate option");
    boolean selfHosted = kind() == Kind.SELF_HOSTED;
    if (selfHosted != tensorParallel().isPresent() || selfHosted != pipelineParallel().isPresent()
        || selfHosted != precision().isPresent()) {
      throw new IllegalArgumentException("Candidate must have a layout and precision exactly "
          + "when self-hosted: " + kind());
    }
    tensorParallel().ifPresent(tp -> Checks.positive(tp, "Tensor-parallel degree"));
    pipelineParallel().ifPresent(pp -> Checks.positive(pp, "Pipeline-parallel degree"));
  }
}
