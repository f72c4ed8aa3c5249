package dev.contractgate.mock.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.mock.auth.DevTokens;
import dev.contractgate.mock.support.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests are read as the spec writes them, not as leniently as the frameworks would. */
class StrictInputTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String rawPathAndQuery, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPathAndQuery))
                .header("Authorization", "Bearer " + DevTokens.DEV_TOKEN);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String tokens() {
        return "/organizations/" + ORG + "/deployments/" + DEPLOYMENT + "/agent-tokens";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"worker\"", "[{\"name\": \"a\"}]", "{\"name\": \"a\"} trailing", "{\"name\": \"a\"}{\"name\": \"b\"}", "42"})
    void a_body_that_is_not_one_json_object_creates_nothing(String body) throws Exception {
        HttpResponse<String> response = send("POST", tokens(), body);

        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(response.body()).contains("\"statusCode\":400");
        assertThat(send("GET", tokens(), null).body()).contains("\"totalCount\":0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=0x10", "limit=%2310", "limit=%EF%BC%91%EF%BC%90", "limit=5%0A", "offset=+3",
            "sorts=name:asc,createdAt:desc"})
    void a_query_value_the_spec_does_not_write_that_way_is_a_400_naming_the_field(String query) throws Exception {
        HttpResponse<String> response = send("GET", tokens() + "?" + query, null);

        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + query.substring(0, query.indexOf('=')) + "\"");
    }

    @Test
    void exploded_sorts_and_decimal_paging_are_served() throws Exception {
        assertThat(send("GET", tokens() + "?offset=0&limit=10&sorts=name:asc&sorts=createdAt:desc", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_logged_value_cannot_forge_a_log_line() {
        assertThat(ApiErrors.safe("abc\r\nINFO forged")).isEqualTo("abc\\u000d\\u000aINFO forged").doesNotContain("\n");
    }
}
