/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

final class ContextWindowExceededExceptionTest {

  private static final TokenCount TOKENS_1_000_200 = TokenCount.of(1_000_200);
  private static final TokenCount TOKENS_131_072 = TokenCount.of(131_072);

  //-----------------------------------------------------------------------
  // self-hosted
  @Test
  void selfHosted_namesBothNumbersAndTheModel() {
    ContextWindowExceededException e = new ContextWindowExceededException("Llama-3.1-8B",
        TOKENS_1_000_200, TOKENS_131_072);

    assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage("Context of 1000200 "
        + "tokens exceeds the 131072-token context window of model 'Llama-3.1-8B'");
    assertThat(e.provider()).isEmpty();
    assertThat(e.model()).isEqualTo("Llama-3.1-8B");
    assertThat(e.kind()).isEqualTo(ContextWindowExceededException.Kind.CONTEXT_WINDOW);
    assertThat(e.requested()).isEqualTo(TOKENS_1_000_200);
    assertThat(e.limit()).isEqualTo(TOKENS_131_072);
  }

  @Test
  void selfHosted_null_throwsNullPointer() {
    assertThatThrownBy(() -> new ContextWindowExceededException(null, TOKENS_1_000_200,
        TOKENS_131_072)).isInstanceOf(NullPointerException.class).hasMessage("model");
    assertThatThrownBy(() -> new ContextWindowExceededException("m", null, TOKENS_131_072))
        .isInstanceOf(NullPointerException.class).hasMessage("requested");
    assertThatThrownBy(() -> new ContextWindowExceededException("m", TOKENS_1_000_200, null))
        .isInstanceOf(NullPointerException.class).hasMessage("window");
  }

  //-----------------------------------------------------------------------
  // API
  @Test
  void api_contextWindow_namesTheInputProviderAndModel() {
    ContextWindowExceededException e = new ContextWindowExceededException("anthropic",
        "claude-sonnet-4-5", ContextWindowExceededException.Kind.CONTEXT_WINDOW,
        TokenCount.of(300_000), TokenCount.of(200_000));

    assertThat(e).hasMessage("Request input of 300000 tokens exceeds the context window of "
        + "anthropic model 'claude-sonnet-4-5': 200000 tokens");
    assertThat(e.provider()).contains("anthropic");
    assertThat(e.model()).isEqualTo("claude-sonnet-4-5");
  }

  @Test
  void api_maximumOutput_namesTheOutput() {
    ContextWindowExceededException e = new ContextWindowExceededException("openai",
        "gpt-4o-mini", ContextWindowExceededException.Kind.MAXIMUM_OUTPUT,
        TokenCount.of(20_000), TokenCount.of(16_384));

    assertThat(e).hasMessage("Request output of 20000 tokens exceeds the maximum output of "
        + "openai model 'gpt-4o-mini': 16384 tokens");
    assertThat(e.kind()).isEqualTo(ContextWindowExceededException.Kind.MAXIMUM_OUTPUT);
    assertThat(e.requested()).isEqualTo(TokenCount.of(20_000));
    assertThat(e.limit()).isEqualTo(TokenCount.of(16_384));
  }

  @Test
  void api_null_throwsNullPointer() {
    TokenCount t = TokenCount.of(1);
    assertThatThrownBy(() -> new ContextWindowExceededException("p", "m", null, t, t))
        .isInstanceOf(NullPointerException.class).hasMessage("kind");
    assertThatThrownBy(() -> new ContextWindowExceededException(null, "m",
        ContextWindowExceededException.Kind.CONTEXT_WINDOW, t, t))
        .isInstanceOf(NullPointerException.class).hasMessage("provider");
  }
}
