/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.openai;

import com.openai.models.chat.completions.ChatCompletion;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.openai.OpenAiUsages;
import io.github.inferenceecon.pricing.PriceCatalog;

final class ChatCompletionCosts {

  static ApiCost costOf(ChatCompletion completion) {
    return PriceCatalog.bundled().cost("openai", completion.model(),
        OpenAiUsages.toApiUsage(completion));
  }
}
