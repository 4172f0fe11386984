/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.UnmappableUsageException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The usage counts of one API response as the provider names them, such as
 * {@code prompt_tokens 1000} and {@code prompt_tokens_details.cached_tokens 400}: the input of a
 * provider's counting convention ({@link ApiResponseFormat#toApiUsage(UsageFields)}), which the
 * raw response bodies and the client adapters fill alike, so that each convention is written
 * once.
 *
 * <p>Each value is a count, a text (such as {@code service_tier}) or an explicit JSON
 * {@code null}; a field never given is missing. Names are the provider's, nested names joined by
 * dots ({@code cache_creation.ephemeral_5m_input_tokens}), and a list of counts by kind, such as
 * Gemini's {@code promptTokensDetails}, by the kind ({@code promptTokensDetails.AUDIO}). Each
 * field carries the name that messages show, such as {@code CompletionUsage.prompt_tokens} or
 * {@code usage.prompt_tokens}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UsageFields {

  private static final Object NULL = new Object();

  /** A field's value (a Long, a String or NULL) and the prefix messages show before it. */
  private static final class Field {
    final Object value;
    final String prefix;

    Field(Object value, String prefix) {
      this.value = value;
      this.prefix = prefix;
    }
  }

  /** The fields by name: the builder's map, which the builder never changes once built. */
  private final Map<String, Field> fields;
  /** The prefix shown before a field that was never given. */
  private final String prefix;
  private final @Nullable Duration unsplitCacheWriteTtl;

  private UsageFields(Builder b) {
    this.fields = b.fields;
    this.prefix = b.initialPrefix;
    this.unsplitCacheWriteTtl = b.unsplitCacheWriteTtl;
  }

  /**
   * Returns a builder whose fields are shown without a prefix in messages.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return builder("");
  }

  /**
   * Returns a builder whose fields are shown after a prefix in messages, such as
   * {@code "usage."}.
   *
   * @param prefix the prefix, possibly empty, not null
   * @return the builder, not null
   * @throws NullPointerException if {@code prefix} is null
   */
  public static Builder builder(String prefix) {
    return new Builder(Objects.requireNonNull(prefix, "prefix"));
  }

  /**
   * Returns the lifetime given to cache writes the usage reports without their split by
   * lifetime.
   *
   * @return the lifetime, or empty when such writes cannot be mapped
   */
  public Optional<Duration> unsplitCacheWriteTtl() {
    return Optional.ofNullable(unsplitCacheWriteTtl);
  }

  //-----------------------------------------------------------------------
  // read by the conventions

  /** Checks if a field is given, as a value or as null. */
  boolean has(String name) {
    return fields.containsKey(name);
  }

  /** The name messages show for a field: its name after the prefix it was given with. */
  String shown(String name) {
    Field f = fields.get(name);
    return (f != null ? f.prefix : prefix) + name;
  }

  private @Nullable Object value(String name) {
    Field f = fields.get(name);
    return f == null ? null : f.value;
  }

  /** Checks if a field holds a count (not null, not a text). */
  boolean hasCount(String name) {
    return value(name) instanceof Long;
  }

  /** A required count, not negative. */
  long count(String name) {
    Object v = value(name);
    if (v == null || v == NULL) {
      throw new UnmappableUsageException(shown(name), "is required", "missing");
    }
    if (!(v instanceof Long)) {
      throw new UnmappableUsageException(shown(name), "must be a count", "'" + v + "'");
    }
    long count = (Long) v;
    if (count < 0) {
      throw new UnmappableUsageException(shown(name), "must not be negative",
          Long.toString(count));
    }
    return count;
  }

  /** A count that may be missing or null, read as zero then. */
  long optionalCount(String name) {
    Object v = value(name);
    return v == null || v == NULL ? 0 : count(name);
  }

  /** A count that is required but may be null, read as zero then. */
  long nullableCount(String name) {
    return value(name) == NULL ? 0 : count(name);
  }

  /** A text, if given and not null. */
  Optional<String> text(String name) {
    Object v = value(name);
    return v instanceof String ? Optional.of((String) v) : Optional.empty();
  }

  /**
   * Builds the fields of one usage.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    // sized for the fields of a large usage (a Responses or Gemini usage has about 15) so that
    // they are not rehashed; each field keeps its prefix, joined to its name only for a message
    private Map<String, Field> fields = new HashMap<>(48);
    /** Whether built fields hold the map: it is copied before it is changed again. */
    private boolean shared;
    private final String initialPrefix;
    private String prefix;
    private @Nullable Duration unsplitCacheWriteTtl;

    private Builder(String prefix) {
      this.prefix = prefix;
      this.initialPrefix = prefix;
    }

    /**
     * Shows the fields given from now on after another prefix, such as
     * {@code "ChatCompletion."} for a field of the response around the usage.
     *
     * @param prefix the prefix, possibly empty, not null
     * @return this builder
     * @throws NullPointerException if {@code prefix} is null
     */
    public Builder prefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Gives a count.
     *
     * @param name the provider's name of the field, not null
     * @param count the count, as reported (checked by the convention)
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder count(String name, long count) {
      return put(name, count);
    }

    /**
     * Gives a text, such as a service tier.
     *
     * @param name the provider's name of the field, not null
     * @param text the text, not null
     * @return this builder
     * @throws NullPointerException if {@code name} or {@code text} is null
     */
    public Builder text(String name, String text) {
      return put(name, Objects.requireNonNull(text, "text"));
    }

    /**
     * Gives a field that the response reports as JSON {@code null}.
     *
     * @param name the provider's name of the field, not null
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder nullValue(String name) {
      return put(name, NULL);
    }

    /**
     * Gives the lifetime of cache writes that the usage reports without their split by
     * lifetime, such as five minutes when the application's cache control sets that.
     *
     * @param ttl the lifetime, positive, not null
     * @return this builder
     * @throws IllegalArgumentException if the lifetime is not positive
     * @throws NullPointerException if {@code ttl} is null
     */
    public Builder unsplitCacheWriteTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl");
      if (ttl.isZero() || ttl.isNegative()) {
        throw new IllegalArgumentException("Cache time-to-live must be positive: " + ttl);
      }
      this.unsplitCacheWriteTtl = ttl;
      return this;
    }

    private Builder put(String name, Object value) {
      give(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Gives a value (null for JSON {@code null}), unless a field of that name was given with
     * the same prefix (a field repeated within one object of a body).
     *
     * @return false if the field was already given with the same prefix
     */
    boolean give(String name, @Nullable Object value) {
      if (shared) {
        fields = new HashMap<>(fields);
        shared = false;
      }
      Field old = fields.put(name, new Field(value == null ? NULL : value, prefix));
      return old == null || !old.prefix.equals(prefix);
    }

    /**
     * Returns the fields.
     *
     * @return the fields, not null
     */
    public UsageFields build() {
      shared = true;
      return new UsageFields(this);
    }
  }
}
