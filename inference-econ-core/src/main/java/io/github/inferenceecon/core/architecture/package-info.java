/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Model architectures: the shape of a transformer as its memory, speed and cost depend on it
 * ({@link io.github.inferenceecon.core.architecture.ModelArchitecture}), with grouped-query and
 * latent attention, sliding-window layers and mixtures of experts; derived parameter counts
 * ({@link io.github.inferenceecon.core.architecture.ParameterCount}); import from a Hugging Face
 * {@code config.json} ({@link io.github.inferenceecon.core.architecture.HuggingFaceConfig}); and
 * the well-known architectures bundled with the library, each citing its config source
 * ({@link io.github.inferenceecon.core.architecture.KnownArchitectures}).
 *
 * <pre>{@code
 * ModelArchitecture llama = KnownArchitectures.get("llama-3.1-70b");
 * llama.totalParameters();     // 70553706496
 * llama.attentionKind();       // GQA
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.architecture;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
