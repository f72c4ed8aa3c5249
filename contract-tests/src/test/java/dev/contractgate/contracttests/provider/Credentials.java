package dev.contractgate.contracttests.provider;

import dev.contractgate.contracttests.Pacts;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Swaps the pact's example bearer tokens (the mock server's documented {@code dev-token} and
 * {@code dev-token-restricted}) for the provider's own, given as
 * {@code -Dcontract.provider.token} and {@code -Dcontract.provider.restricted-token}. Values
 * are never logged.
 */
final class Credentials {

    static final String TOKEN_PROPERTY = "contract.provider.token";
    static final String RESTRICTED_TOKEN_PROPERTY = "contract.provider.restricted-token";

    private Credentials() {
    }

    static void apply(HttpRequest request) {
        Header header = request.getFirstHeader("Authorization");
        if (header == null) {
            return;
        }
        String replacement = switch (header.getValue()) {
            case "Bearer " + Pacts.DEV_TOKEN -> System.getProperty(TOKEN_PROPERTY, "");
            case "Bearer " + Pacts.RESTRICTED_TOKEN -> System.getProperty(RESTRICTED_TOKEN_PROPERTY, "");
            default -> "";
        };
        if (!replacement.isBlank()) {
            request.setHeader("Authorization", "Bearer " + replacement.trim());
        }
    }
}
