/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.NameMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A provider of model APIs as a catalog describes it, such as 'amazon-bedrock (Amazon Bedrock),
 * also called bedrock; model ids may carry the prefixes us., eu., apac., jp., au. or global.'.
 *
 * <p>The model: the id, a display name, other names, the pricing page, the model-id prefixes
 * that are stripped when a model id is matched (Bedrock's geographic and global
 * inference-profile prefixes, so that {@code us.anthropic.claude-sonnet-4-20250514-v1:0} matches
 * {@code anthropic.claude-sonnet-4-20250514-v1:0}), and a note.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogProvider.class)
@JsonDeserialize(as = ImmutableCatalogProvider.class)
public abstract class CatalogProvider {

  CatalogProvider() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableCatalogProvider.builder();
  }

  /**
   * Builds a {@link CatalogProvider}; the id is required.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(CatalogProvider instance);

    /**
     * Sets the provider's id, such as {@code anthropic}. Required (see
     * {@link CatalogProvider#id() id}).
     *
     * @param id the id, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code id} is null
     */
    public abstract Builder id(String id);

    /**
     * Sets the display name, such as 'Amazon Bedrock'. Optional: if not set,
     * {@link CatalogProvider#name() name} is empty.
     *
     * @param name the name, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(String name);

    /**
     * Sets {@link CatalogProvider#name() name} to the value of an {@code Optional}, or to empty
     * when it is empty.
     *
     * @param name the name, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(Optional<String> name);

    /**
     * Adds an element to {@link CatalogProvider#aliases() aliases}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addAliases(String element);

    /**
     * Adds elements to {@link CatalogProvider#aliases() aliases}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAliases(String... elements);

    /**
     * Sets the other names the provider answers to, such as {@code bedrock}. Replaces any elements
     * added before. Optional: if not set, {@link CatalogProvider#aliases() aliases} is empty.
     *
     * @param elements the aliases, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder aliases(Iterable<String> elements);

    /**
     * Adds elements to {@link CatalogProvider#aliases() aliases}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllAliases(Iterable<String> elements);

    /**
     * Sets the URL of the provider's pricing page. Optional: if not set,
     * {@link CatalogProvider#pricingUrl() pricingUrl} is empty.
     *
     * @param pricingUrl the URL, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code pricingUrl} is null
     */
    public abstract Builder pricingUrl(String pricingUrl);

    /**
     * Sets {@link CatalogProvider#pricingUrl() pricingUrl} to the value of an {@code Optional}, or
     * to empty when it is empty.
     *
     * @param pricingUrl the URL, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code pricingUrl} is null
     */
    public abstract Builder pricingUrl(Optional<String> pricingUrl);

    /**
     * Adds an element to {@link CatalogProvider#modelIdPrefixes() modelIdPrefixes}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addModelIdPrefixes(String element);

    /**
     * Adds elements to {@link CatalogProvider#modelIdPrefixes() modelIdPrefixes}, in order, after
     * those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addModelIdPrefixes(String... elements);

    /**
     * Sets the prefixes stripped from a model id before it is matched, such as {@code us.};
     * compared without regard to case. Replaces any elements added before. Optional: if not set,
     * {@link CatalogProvider#modelIdPrefixes() modelIdPrefixes} is empty.
     *
     * @param elements the prefixes, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder modelIdPrefixes(Iterable<String> elements);

    /**
     * Adds elements to {@link CatalogProvider#modelIdPrefixes() modelIdPrefixes}, after those
     * already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllModelIdPrefixes(Iterable<String> elements);

    /**
     * Sets the note recorded with the provider. Optional: if not set,
     * {@link CatalogProvider#note() note} is empty.
     *
     * @param note the note, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(String note);

    /**
     * Sets {@link CatalogProvider#note() note} to the value of an {@code Optional}, or to empty
     * when it is empty.
     *
     * @param note the note, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(Optional<String> note);

    /**
     * Builds the {@link CatalogProvider}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link CatalogProvider} (the
     *     message names the field, the value and the rule)
     */
    public abstract CatalogProvider build();
  }

  /**
   * Obtains a provider with only an id.
   *
   * @param id the provider id, containing a letter or digit, not null
   * @return the provider, not null
   * @throws IllegalArgumentException if the id has no letter or digit
   */
  public static CatalogProvider of(String id) {
    return builder().id(id).build();
  }

  /**
   * Returns the provider's id, such as {@code anthropic}.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Returns the display name, such as 'Amazon Bedrock'.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns the other names the provider answers to, such as {@code bedrock}.
   *
   * @return the aliases, not null
   */
  public abstract List<String> aliases();

  /**
   * Returns the URL of the provider's pricing page.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> pricingUrl();

  /**
   * Returns the prefixes stripped from a model id before it is matched, such as {@code us.};
   * compared without regard to case.
   *
   * @return the prefixes, not null
   */
  public abstract List<String> modelIdPrefixes();

  /**
   * Returns the note recorded with the provider.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns every name the provider answers to: its id, then its aliases.
   *
   * @return the names, not null
   */
  @JsonIgnore
  public final List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(id());
    names.addAll(aliases());
    return List.copyOf(names);
  }

  /**
   * Returns a model id without the first of {@link #modelIdPrefixes()} it starts with.
   *
   * @param modelId the model id, not null
   * @return the id without the prefix, or empty when it starts with none
   */
  final Optional<String> withoutPrefix(String modelId) {
    Objects.requireNonNull(modelId, "modelId");
    for (String prefix : modelIdPrefixes()) {
      if (modelId.length() > prefix.length()
          && modelId.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return Optional.of(modelId.substring(prefix.length()));
      }
    }
    return Optional.empty();
  }

  @Value.Check
  protected final void check() {
    if (NameMatcher.normalise(id()).isEmpty()) {
      throw new IllegalArgumentException("Provider id must contain a letter or digit: '" + id()
          + "'");
    }
    for (String prefix : modelIdPrefixes()) {
      if (prefix.isBlank()) {
        throw new IllegalArgumentException("Model-id prefix must not be blank: '" + prefix
            + "'");
      }
    }
  }
}
