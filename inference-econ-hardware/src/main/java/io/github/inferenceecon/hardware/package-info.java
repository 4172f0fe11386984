/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Bundled hardware catalogs: accelerator specifications
 * ({@link io.github.inferenceecon.hardware.AcceleratorCatalog}), cloud rental offers
 * ({@link io.github.inferenceecon.hardware.CloudOfferCatalog}) and energy defaults
 * ({@link io.github.inferenceecon.hardware.EnergyDefaults}), all three in one call from
 * {@link io.github.inferenceecon.hardware.HardwareCatalogs#bundled()}.
 *
 * <h2>Sources, tiers and dates</h2>
 * Every figure carries its {@link io.github.inferenceecon.hardware.Source}: the page it was read
 * from, the date it was read, where the page states one its own date, and its
 * {@link io.github.inferenceecon.core.SourceTier}: {@code PRIMARY} for the vendor's or
 * provider's own page, records or repository, {@code SECONDARY} for a third party, used only
 * where no primary source was found. {@code primaryOnly()} on each catalog keeps the primary
 * figures alone. Where sources disagree, each value is kept as a
 * {@link io.github.inferenceecon.hardware.Conflict} with the reason for the one chosen. A figure
 * no source gives is absent and listed as a {@link io.github.inferenceecon.hardware.Gap}; the
 * API returns an empty {@code Optional} for it and never an estimate.
 * <h2>Bundled coverage (catalog version 2026-12-06)</h2>
 * Accelerators: NVIDIA A10G, L4, L40S, A100 40GB and 80GB (SXM and PCIe), H100 SXM, PCIe and
 * NVL, H200 SXM, GH200, B200, GB200, B300; AMD Instinct MI300X, MI325X, MI355X; Google TPU v5e,
 * v5p, v6e; AWS Trainium2 and Inferentia2; Intel Gaudi 3. Rental offers from nine providers:
 * AWS, Azure, CoreWeave, DigitalOcean, Google Cloud, Lambda, Nebius, RunPod and Together AI
 * (Azure's, Google Cloud's and AWS's on-demand prices from third-party lists, so secondary). No
 * 1- or 3-year committed GPU price is shipped.
 * <h2>User catalogs</h2>
 * The JSON formats are documented by JSON Schemas (draft 2020-12) shipped next to the data in
 * this package: {@code accelerators.schema.json}, {@code cloud-offers.schema.json} and
 * {@code energy.schema.json}, also returned by
 * {@link io.github.inferenceecon.hardware.HardwareCatalogs#jsonSchema(String)}, for editors:
 * the readers enforce every rule of the schemas and of the value types themselves. Files are
 * validated in full before anything is built: a malformed, duplicate or unsourced entry throws
 * {@link io.github.inferenceecon.core.json.InvalidJsonException}, as every JSON the library
 * reads does, naming the file, the JSON path, the value and the rule of every problem, and
 * nothing is half-loaded. When merged over the bundled catalogs, an entry
 * with the id of a bundled entry replaces it entirely and a new id is added
 * ({@link io.github.inferenceecon.hardware.HardwareCatalogs#overBundled()}).
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
