package dev.contractgate.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.contractgate.client.model.ApiError;
import dev.contractgate.client.model.ApiToken;
import dev.contractgate.client.model.ApiTokensPaginated;
import dev.contractgate.client.model.CreateAgentTokenRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the README example against a tiny in-memory agent-token server. */
class ReadmeExampleTest {

    private static final ObjectMapper JSON = new ApiClient().getObjectMapper();
    private static final String BASE = "/organizations/org1/deployments/dep1/agent-tokens";

    private final Map<String, ApiToken> store = new ConcurrentHashMap<>();

    @Test
    void creates_lists_reads_and_deletes_a_token_then_sees_not_found() throws Exception {
        try (StubServer server = new StubServer(this::handle)) {
            ReadmeExample.run(server.baseUri(), "example-token", "org1", "dep1");

            assertThat(server.seen()).extracting(s -> s.method() + " " + s.path()).containsExactly(
                    "POST " + BASE,
                    "GET " + BASE,
                    "GET " + BASE + "/tok1",
                    "DELETE " + BASE + "/tok1",
                    "GET " + BASE + "/tok1");
            assertThat(server.seen()).allSatisfy(s -> assertThat(s.authorization()).containsExactly("Bearer example-token"));
            assertThat(server.seen().get(1).query()).isEqualTo("offset=0&limit=20&sorts=name:asc");
            assertThat(store).isEmpty();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String id = path.startsWith(BASE + "/") ? path.substring(BASE.length() + 1) : null;
        switch (exchange.getRequestMethod() + (id == null ? " collection" : " item")) {
            case "POST collection" -> {
                CreateAgentTokenRequest request = JSON.readValue(exchange.getRequestBody(), CreateAgentTokenRequest.class);
                OffsetDateTime now = OffsetDateTime.of(2022, 11, 22, 4, 37, 12, 0, ZoneOffset.UTC);
                ApiToken token = new ApiToken().id("tok1").name(request.getName()).description("")
                        .kind(ApiToken.KindEnum.STANDARD).scope(ApiToken.ScopeEnum.DEPLOYMENT).shortToken("aat_1")
                        .createdAt(now).updatedAt(now).startAt(now);
                store.put(token.getId(), token);
                json(exchange, 200, token.token("aat_1.secret"));
            }
            case "GET collection" -> json(exchange, 200, new ApiTokensPaginated().offset(0).limit(20)
                    .totalCount(store.size()).tokens(new ArrayList<>(store.values())));
            case "GET item" -> {
                ApiToken token = store.get(id);
                if (token == null) {
                    json(exchange, 404, new ApiError().message("Agent token " + id + " not found").requestId("r404").statusCode(404));
                } else {
                    json(exchange, 200, token);
                }
            }
            case "DELETE item" -> {
                store.remove(id);
                StubServer.respond(exchange, 204, null, null);
            }
            default -> json(exchange, 405, new ApiError().message("no").requestId("r405").statusCode(405));
        }
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        StubServer.respond(exchange, status, "application/json", JSON.writeValueAsString(body));
    }
}
