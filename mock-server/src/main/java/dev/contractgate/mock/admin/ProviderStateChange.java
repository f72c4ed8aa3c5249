package dev.contractgate.mock.admin;

import java.util.Map;

/** Pact's state-change request body: {@code {"state": "...", "params": {...}, "action": "setup"|"teardown"}}. */
public record ProviderStateChange(String state, Map<String, Object> params, String action) {
}
