package dev.contractgate.contracttests.consumer;

import au.com.dius.pact.consumer.MockServer;
import dev.contractgate.client.ApiClient;
import dev.contractgate.client.api.AgentTokenApi;

/**
 * The generated client, aimed at Pact's mock server. Its base URL is the mock server's URL
 * alone: pacts record paths relative to the spec's server URL ({@code /organizations/...},
 * without {@code /v1}), the way a provider's base URL is configured when it is verified.
 */
final class Clients {

    private Clients() {
    }

    /** A client that sends {@code Authorization: Bearer <token>}. */
    static AgentTokenApi withToken(MockServer mockServer, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(mockServer.getUrl());
        client.setBearerToken(token);
        return new AgentTokenApi(client);
    }
}
