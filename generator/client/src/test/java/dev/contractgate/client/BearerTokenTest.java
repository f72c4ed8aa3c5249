package dev.contractgate.client;

import dev.contractgate.client.api.AgentTokenApi;
import dev.contractgate.client.model.ApiError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The ApiClient template override: a bearer token set on the client, never printed. */
class BearerTokenTest {

    private static final String TOKEN = "secret-bearer-7f3a9c";

    private volatile int status = 204;
    private final StubServer server = new StubServer(exchange -> StubServer.respond(exchange, status, "application/json",
            status == 204 ? null : new ApiClient().getObjectMapper().writeValueAsString(
                    new ApiError().message("Unauthorized").requestId("r1").statusCode(status))));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sends_the_bearer_token_in_the_authorization_header() throws ApiException {
        api(client().setBearerToken(TOKEN)).deleteAgentToken("o", "d", "t");

        assertThat(server.seen()).singleElement()
                .extracting(StubServer.Seen::authorization).isEqualTo(List.of("Bearer " + TOKEN));
    }

    @Test
    void asks_a_token_supplier_on_every_request() throws ApiException {
        String[] current = {"first"};
        AgentTokenApi api = api(client().setBearerToken(() -> current[0]));

        api.deleteAgentToken("o", "d", "t");
        current[0] = "second";
        api.deleteAgentToken("o", "d", "t");

        assertThat(server.seen()).extracting(StubServer.Seen::authorization)
                .containsExactly(List.of("Bearer first"), List.of("Bearer second"));
    }

    @Test
    void applies_a_token_set_after_the_api_object_was_created() throws ApiException {
        ApiClient client = client();
        AgentTokenApi api = api(client);
        client.setBearerToken(TOKEN);

        api.deleteAgentToken("o", "d", "t");

        assertThat(server.seen()).singleElement()
                .extracting(StubServer.Seen::authorization).isEqualTo(List.of("Bearer " + TOKEN));
    }

    @Test
    void sends_no_authorization_header_without_a_token() throws ApiException {
        api(client()).deleteAgentToken("o", "d", "t");

        assertThat(server.seen()).singleElement().extracting(StubServer.Seen::authorization).isEqualTo(List.of());
    }

    @Test
    void keeps_the_custom_request_interceptor_working_beside_the_token() throws ApiException {
        ApiClient client = client().setBearerToken(TOKEN);
        client.setRequestInterceptor(request -> request.header("X-Extra", "1"));

        api(client).deleteAgentToken("o", "d", "t");

        assertThat(server.seen()).singleElement()
                .extracting(StubServer.Seen::authorization).isEqualTo(List.of("Bearer " + TOKEN));
    }

    @Test
    void never_shows_the_token_in_to_string_or_exception_messages() {
        status = 401;
        ApiClient client = client().setBearerToken(TOKEN);

        ApiException thrown = catchThrowableOfType(ApiException.class, () -> api(client).deleteAgentToken("o", "d", "t"));

        assertThat(thrown).isInstanceOf(ApiException.UnauthorizedException.class);
        assertThat(client.toString()).doesNotContain(TOKEN).contains("bearerToken=set");
        assertThat(thrown.toString()).doesNotContain(TOKEN);
        assertThat(thrown.getMessage()).doesNotContain(TOKEN);
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUri());
        return client;
    }

    private static AgentTokenApi api(ApiClient client) {
        return new AgentTokenApi(client);
    }
}
