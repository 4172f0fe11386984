/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code inference-econ} command-line tool, built on the library's public API only.
 */
package io.github.inferenceecon.cli;
