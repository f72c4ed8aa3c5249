package dev.contractgate.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.client.api.AgentTokenApi;
import dev.contractgate.client.model.ApiToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client reads what a newer server may send without failing: an enum value it does not
 * know becomes the enum's documented unknown value, a property it does not know is ignored.
 */
class TolerantReaderTest {

    private static final String NEWER_SERVERS_TOKEN = """
            {"id":"t1","name":"worker","description":"","kind":"EPHEMERAL","scope":"DEPLOYMENT",
             "shortToken":"aat_1","createdAt":"2026-01-02T03:04:05Z","updatedAt":"2026-01-02T03:04:05Z",
             "startAt":"2026-01-02T03:04:05Z","rotationPolicy":{"days":30},"roles":[]}
            """;

    private final StubServer server = new StubServer(exchange ->
            StubServer.respond(exchange, 200, "application/json", NEWER_SERVERS_TOKEN));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_token_with_an_unknown_kind_and_an_unknown_property_is_read_and_its_kind_is_the_unknown_value() throws ApiException {
        ApiClient client = new ApiClient().setBearerToken("dev-token");
        client.updateBaseUri(server.baseUri());

        ApiToken token = new AgentTokenApi(client).getAgentToken("o", "d", "t1");

        assertThat(token.getKind()).isEqualTo(ApiToken.KindEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(token.getName()).isEqualTo("worker");
        assertThat(token.getScope()).isEqualTo(ApiToken.ScopeEnum.DEPLOYMENT);
    }
}
