/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of inference-econ, applied to a package through its
 * {@code package-info.java}.
 *
 * <p>Generated {@code ImmutableX} classes are package-private and never appear in a public
 * signature: every value type is a public abstract class whose factories ({@code of},
 * {@code builder}) return the abstract type. Generated code uses JDK collections only
 * ({@code List.copyOf} and friends, which reject null elements) and carries no {@code javax.*}
 * annotations. Boolean accessors are named {@code isX()} and their attribute (builder method and
 * JSON property) is {@code x}.
 *
 * <p>This annotation has class retention; it is read at compile time by the annotation
 * processor and is not needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
