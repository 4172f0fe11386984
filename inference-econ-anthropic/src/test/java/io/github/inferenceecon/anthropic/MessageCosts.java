/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.anthropic;

import com.anthropic.models.messages.Message;
import io.github.inferenceecon.anthropic.AnthropicUsages;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.pricing.PriceCatalog;

final class MessageCosts {

  static ApiCost costOf(Message message) {
    return PriceCatalog.bundled().cost("anthropic", message.model().asString(),
        AnthropicUsages.defaults().toApiUsage(message));
  }
}
