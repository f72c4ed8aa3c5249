package dev.contractgate.mock.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.mock.support.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The restricted token cannot reach another organization through another spelling of its path:
 * matrix parameters, needless escapes and dot segments are refused before authorisation.
 */
class CanonicalPathTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> get(String rawPath, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath))
                .header("Authorization", "Bearer " + token).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/organizations;x/" + ORG + "/deployments/" + DEPLOYMENT + "/agent-tokens",
            "/organization%73/" + ORG + "/deployments/" + DEPLOYMENT + "/agent-tokens",
            "/organizations/" + ORG + ";v=1/deployments/" + DEPLOYMENT + "/agent-tokens",
            "/organizations/%63lmtestorg000000000000001/deployments/" + DEPLOYMENT + "/agent-tokens",
            "/organizations/x/../" + ORG + "/deployments/" + DEPLOYMENT + "/agent-tokens",
            "//organizations/" + ORG + "/deployments/" + DEPLOYMENT + "/agent-tokens"})
    void the_restricted_token_gets_no_other_organization_through_another_spelling_of_its_path(String path) throws Exception {
        HttpResponse<String> response = get(path, DevTokens.RESTRICTED_TOKEN);

        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).contains("\"statusCode\":400").contains("not canonical");
    }

    @Test
    void a_canonical_path_is_served_and_an_escaped_character_that_needs_escaping_is_kept() throws Exception {
        assertThat(get("/organizations/" + ORG + "/deployments/" + DEPLOYMENT + "/agent-tokens", DevTokens.DEV_TOKEN)
                .statusCode()).isEqualTo(200);
        assertThat(get("/organizations/" + ORG + "/deployments/" + DEPLOYMENT + "/agent-tokens/a%20b", DevTokens.DEV_TOKEN)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void the_restricted_token_still_gets_403_on_another_organization_spelled_canonically() throws Exception {
        assertThat(get("/organizations/" + ORG + "/deployments/" + DEPLOYMENT + "/agent-tokens", DevTokens.RESTRICTED_TOKEN)
                .statusCode()).isEqualTo(403);
    }
}
