/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * inference-econ core: the value types and calculators for the economics of running large
 * language models.
 *
 * <p>Quantities ({@code units}), exact money and prices ({@code money}) and the JSON wiring
 * ({@code json}); model architectures, accelerators, workloads and deployments; memory and
 * performance estimates and the planner; and cost, as the article on inference economics
 * divides it: API bills ({@code billing}), self-hosted cost ({@code selfhosted}), energy
 * ({@code energy}) and the business decisions built on them ({@code economics}). A default
 * instance is always {@code X.defaults()}.
 *
 * <pre>{@code
 * TokenPrice input = TokenPrice.perMillion("USD", "3.00");
 * Money cost = input.costOf(TokenCount.of(10_000));   // USD 0.03
 * SelfHostedEstimate selfHosted = SelfHostedEstimate.of(deployment, Request.of(1000, 300),
 *     HourlyPrice.perDeviceHour(Money.of("USD", "3.00")));
 * selfHosted.memory().fits();                     // one whole request fits
 * selfHosted.cost().costPerMillionOutput();       // money per million output tokens
 * selfHosted.assumptions();                       // the defaults it applied
 * }</pre>
 */
module io.github.inferenceecon.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.inferenceecon.core;
  exports io.github.inferenceecon.core.units;
  exports io.github.inferenceecon.core.money;
  exports io.github.inferenceecon.core.format;
  exports io.github.inferenceecon.core.architecture;
  exports io.github.inferenceecon.core.accelerator;
  exports io.github.inferenceecon.core.workload;
  exports io.github.inferenceecon.core.billing;
  exports io.github.inferenceecon.core.selfhosted;
  exports io.github.inferenceecon.core.energy;
  exports io.github.inferenceecon.core.economics;
  exports io.github.inferenceecon.core.deployment;
  exports io.github.inferenceecon.core.memory;
  exports io.github.inferenceecon.core.performance;
  exports io.github.inferenceecon.core.planner;
  exports io.github.inferenceecon.core.chart;
  exports io.github.inferenceecon.core.json;
  exports io.github.inferenceecon.core.internal to
      io.github.inferenceecon.pricing,
      io.github.inferenceecon.hardware;

  opens io.github.inferenceecon.core.units to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.money to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.format to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.architecture to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.accelerator to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.workload to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.billing to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.selfhosted to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.energy to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.economics to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.deployment to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.memory to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.performance to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.planner to com.fasterxml.jackson.databind;
  opens io.github.inferenceecon.core.chart to com.fasterxml.jackson.databind;
}
