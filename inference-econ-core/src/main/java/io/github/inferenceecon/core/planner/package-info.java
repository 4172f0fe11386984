/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Capacity planning in money: for a traffic profile and latency targets, what to run, on what,
 * how many replicas, what it costs per month, and when an API is cheaper.
 *
 * <p>A {@link io.github.inferenceecon.core.planner.PlanRequest} names the models, the traffic,
 * the {@link io.github.inferenceecon.core.workload.ServiceLevelTargets}, the hardware on offer
 * ({@link io.github.inferenceecon.core.planner.HardwareOption}s with hourly prices), the device
 * counts, tensor-parallel degrees and numeric formats to try, and the API price cards to compare
 * ({@link io.github.inferenceecon.core.planner.ApiOption}s). The
 * {@link io.github.inferenceecon.core.planner.Planner} enumerates every
 * {@link io.github.inferenceecon.core.planner.Candidate}, evaluates it with the memory,
 * performance and cost models, and returns a {@link io.github.inferenceecon.core.planner.Plan}:
 * the feasible {@link io.github.inferenceecon.core.planner.Choice}s ranked by monthly cost, the
 * Pareto front of cost against latency, a {@link io.github.inferenceecon.core.planner.Rejection}
 * with its reasons and figures for every candidate that fails, and the cheapest self-hosted
 * choice against the cheapest API with the break-even volume
 * ({@link io.github.inferenceecon.core.planner.SelfHostedVsApi}).
 * {@link io.github.inferenceecon.core.planner.Sensitivity} re-plans over utilisation, cache-hit
 * rate and hardware price.
 *
 * <pre>{@code
 * PlanRequest request = PlanRequest.builder()
 *     .addModels(KnownArchitectures.get("Llama-3.1-8B"), KnownArchitectures.get("Llama-3.1-70B"))
 *     .traffic(TrafficProfile.fixed(20, 1000, 200))
 *     .targets(ServiceLevelTargets.of(Duration.ofSeconds(2), Duration.ofMillis(50), 0.9))
 *     .addHardware(HardwareOption.of("h100-on-demand", h100,
 *         HourlyPrice.perDeviceHour(Money.of("USD", "3.00"))))
 *     .addApis(ApiOption.of(card))
 *     .build();
 * Plan plan = Planner.defaults().plan(request);
 * plan.best();           // the cheapest feasible choice
 * plan.rejections();     // why every other candidate failed, with the figures
 * }</pre>
 *
 * <p>Every figure is deterministic: the same request gives an equal plan, whatever the order of
 * its lists.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.planner;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
