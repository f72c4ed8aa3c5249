package dev.contractgate.mock.startup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.contractgate.mock.MockServerApplication;
import dev.contractgate.mock.support.RestAssuredDefaults;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** With --base-path /v1 the API lives where the spec's server URL says, so a client needs only the host changed. */
class BasePathTest {

    private static final String TOKENS = "/organizations/{o}/deployments/{d}/agent-tokens";
    private static final String ORG = "clmbasepathorg00000000001";
    private static final String DEPLOYMENT = "clmbasepathdeploy00000001";

    private static ConfigurableApplicationContext context;
    private static int port;

    @BeforeAll
    static void startUnderV1() {
        RestAssuredDefaults.apply();
        context = MockServerApplication.start("--port", "0", "--quiet", "--admin", "--base-path", "/v1");
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    private RequestSpecification authorised() {
        return given().baseUri("http://127.0.0.1").port(port).header("Authorization", "Bearer dev-token");
    }

    @Test
    void serves_the_api_below_the_base_path_with_authentication_still_enforced() {
        authorised().contentType("application/json").body("{\"name\": \"under v1\"}")
                .post("/v1" + TOKENS, ORG, DEPLOYMENT).then().statusCode(200).body("name", equalTo("under v1"));
        authorised().get("/v1" + TOKENS, ORG, DEPLOYMENT).then().statusCode(200).body("totalCount", equalTo(1));
        given().baseUri("http://127.0.0.1").port(port).get("/v1" + TOKENS, ORG, DEPLOYMENT).then().statusCode(401);
    }

    @Test
    void restricted_tokens_are_still_limited_to_their_organization_below_the_base_path() {
        given().baseUri("http://127.0.0.1").port(port).header("Authorization", "Bearer dev-token-restricted")
                .get("/v1" + TOKENS, "clmsomeoneelsesorg0000001", DEPLOYMENT).then().statusCode(403);
    }

    @Test
    void health_and_admin_endpoints_move_below_the_base_path_too() {
        given().baseUri("http://127.0.0.1").port(port).get("/v1/_health").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri("http://127.0.0.1").port(port).post("/v1/_admin/reset").then().statusCode(204);
    }

    @Test
    void the_api_is_not_served_at_the_root_any_more() {
        authorised().get(TOKENS, ORG, DEPLOYMENT).then().statusCode(404);
    }

    @Test
    void the_bare_base_path_never_redirects_to_the_host_a_request_names_and_answers_an_error_body() {
        given().baseUri("http://127.0.0.1").port(port).header("Host", "evil.example").redirects().follow(false)
                .get("/v1").then().statusCode(401).header("Location", org.hamcrest.Matchers.nullValue())
                .body("statusCode", equalTo(401));
        authorised().header("Host", "evil.example").redirects().follow(false).get("/v1").then()
                .statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                        .and(org.hamcrest.Matchers.lessThan(500)))
                .header("Location", org.hamcrest.Matchers.nullValue()).body("statusCode", org.hamcrest.Matchers.notNullValue());
    }
}
