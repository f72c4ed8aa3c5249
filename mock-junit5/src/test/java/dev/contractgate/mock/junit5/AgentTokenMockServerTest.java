package dev.contractgate.mock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A consumer's test class with the mock server: out of process, reset between tests, states on demand. */
@AgentTokenMockServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentTokenMockServerTest {

    private static final String TOKENS = "/organizations/org1/deployments/dep1/agent-tokens";

    private static HttpResponse<String> get(MockServer mock, String token, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void a_provider_state_puts_tokens_in_a_deployment_that_the_api_then_lists(MockServer mock) throws Exception {
        assertThat(mock.givenAgentTokens("org1", "dep1", 3)).hasSize(3);

        HttpResponse<String> page = get(mock, mock.devToken(), TOKENS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"totalCount\":3");
    }

    @Test
    @Order(2)
    void each_test_starts_from_an_empty_store(MockServer mock) throws Exception {
        assertThat(get(mock, mock.devToken(), TOKENS).body()).contains("\"totalCount\":0");
    }

    @Test
    @Order(3)
    void the_dev_tokens_it_names_are_the_ones_the_server_accepts(MockServer mock) throws Exception {
        assertThat(get(mock, mock.restrictedToken(), "/organizations/" + mock.restrictedOrganization()
                + "/deployments/dep1/agent-tokens").statusCode()).isEqualTo(200);
        assertThat(get(mock, mock.restrictedToken(), TOKENS).statusCode()).isEqualTo(403);
        assertThat(get(mock, "no-such-token", TOKENS).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void the_server_runs_in_its_own_process_so_no_spring_reaches_the_tests_class_path() {
        assertThatThrownBy(() -> Class.forName("org.springframework.boot.SpringApplication"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
