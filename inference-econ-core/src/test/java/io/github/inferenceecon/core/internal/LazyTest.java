/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class LazyTest {

  @Test
  void of_isTheValueGiven() {
    Object value = new Object();
    assertThat(Lazy.of(value).get()).isSameAs(value);
  }

  @Test
  void from_loadsOnFirstUseOnly_once_evenWhenManyThreadsAskAtOnce() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    Lazy<Object> lazy = Lazy.from(() -> {
      loads.incrementAndGet();
      return new Object();
    });
    assertThat(loads).hasValue(0);

    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Object>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      tasks.add(() -> {
        start.await();
        return lazy.get();
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Object>> results = new ArrayList<>();
      for (Callable<Object> task : tasks) {
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Object> f : results) {
        assertThat(f.get()).isSameAs(lazy.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loads).hasValue(1);
  }

  @Test
  void from_failure_isNotRemembered_eachUseLoadsAgainUntilItSucceeds() {
    AtomicInteger loads = new AtomicInteger();
    Lazy<String> lazy = Lazy.from(() -> {
      if (loads.incrementAndGet() < 3) {
        throw new IllegalStateException("broken, load " + loads.get());
      }
      return "read";
    });

    assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class)
        .hasMessage("broken, load 1");
    assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class)
        .hasMessage("broken, load 2");
    assertThat(lazy.get()).isEqualTo("read");
    assertThat(lazy.get()).isEqualTo("read");
    assertThat(loads).hasValue(3);
  }

  @Test
  void nulls_areRejected() {
    assertThatThrownBy(() -> Lazy.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> Lazy.from(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("loader");
    assertThatThrownBy(() -> Lazy.from(() -> null).get())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("inference-econ bug: a lazy value loaded null");
  }
}
