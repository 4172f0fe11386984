/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.deployment;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.deployment.DeploymentGenerators.deployments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.inferenceecon.core.accelerator.AcceleratorGenerators;
import io.github.inferenceecon.core.architecture.ArchitectureGenerators;
import org.junit.jupiter.api.Test;

final class DeploymentProperties {

  @Test
  void devices_isTpTimesPpTimesReplicas() {
    qt().forAll(deployments()).checkAssert(d -> {
      assertThat(d.devicesPerReplica()).isEqualTo(d.tensorParallel() * d.pipelineParallel());
      assertThat(d.devices()).isEqualTo(d.devicesPerReplica() * d.replicas());
    });
  }

  @Test
  void kvHeadsPerDevice_coverEveryKvHead() {
    qt().forAll(deployments()).checkAssert(d -> {
      int kv = d.model().kvHeads();
      int tp = d.tensorParallel();

      assertThat(d.kvHeadsPerDevice()).isPositive();
      assertThat((long) d.kvHeadsPerDevice() * tp).isGreaterThanOrEqualTo(kv);
      if (tp <= kv) {
        assertThat(d.kvHeadsPerDevice() * tp).isEqualTo(kv);
      }
    });
  }

  @Test
  void tensorParallel_acceptedExactlyWhenItFitsTheHeads() {
    qt().forAll(ArchitectureGenerators.architectures(), integers().between(1, 256),
        AcceleratorGenerators.specs())
        .checkAssert((model, tp, accelerator) -> {
          boolean valid = DeploymentGenerators.validTensorParallel(model).contains(tp);
          Deployment.Builder b = Deployment.builder().model(model).accelerator(accelerator)
              .tensorParallel(tp);
          if (valid) {
            assertThat(b.build().tensorParallel()).isEqualTo(tp);
          } else {
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Tensor-parallel degree must divide the ");
          }
        });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(deployments()).checkAssert(d ->
        assertThat(jsonRoundTrip(d, Deployment.class)).isEqualTo(d));
  }
}
