/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.deployment;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.inferenceecon.core.accelerator.AcceleratorGenerators;
import io.github.inferenceecon.core.architecture.ArchitectureGenerators;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.format.FormatGenerators;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the {@code deployment} package (test scope). */
public final class DeploymentGenerators {

  private DeploymentGenerators() {}

  /**
   * Returns the tensor-parallel degrees a model allows: divisors of its attention heads that
   * divide its KV heads or are a multiple of them.
   *
   * @param model the model, not null
   * @return the degrees, ascending, never empty (1 always qualifies)
   */
  public static List<Integer> validTensorParallel(ModelArchitecture model) {
    return IntStream.rangeClosed(1, model.attentionHeads())
        .filter(tp -> model.attentionHeads() % tp == 0)
        .filter(tp -> model.kvHeads() % tp == 0 || tp % model.kvHeads() == 0)
        .boxed().collect(Collectors.toList());
  }

  /**
   * Returns valid deployments: a generated model, a generated accelerator, a valid
   * tensor-parallel degree, 1 to all layers (at most 64) of pipeline stages, 1 to 16 replicas
   * and a generated precision.
   *
   * @return the generator, not null
   */
  public static Gen<Deployment> deployments() {
    Gen<Integer> any = integers().between(0, Integer.MAX_VALUE - 1);
    Gen<Integer> replicas = integers().between(1, 16);
    return rnd -> {
      ModelArchitecture model = ArchitectureGenerators.architectures().generate(rnd);
      List<Integer> tps = validTensorParallel(model);
      return Deployment.builder()
          .model(model)
          .accelerator(AcceleratorGenerators.specs().generate(rnd))
          .tensorParallel(Generate.pick(tps).generate(rnd))
          .pipelineParallel(1 + any.generate(rnd) % Math.min(64, model.layers()))
          .replicas(replicas.generate(rnd))
          .precision(FormatGenerators.precisions().generate(rnd))
          .build();
    };
  }
}
