package dev.contractgate.mock.token;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.mock.MockServerApplication;
import dev.contractgate.mock.auth.DevTokens;
import dev.contractgate.mock.support.RestAssuredDefaults;
import dev.contractgate.mock.support.SpecValidation;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mock server started with {@code --max-store-mb 1}: creates of long names over many Deployments
 * fill it, the next create gets 400 with the documented Error body saying the store is full and how
 * to make room, reads, lists and deletes go on, and a delete makes room for a create again.
 */
@SpringBootTest(classes = MockServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mock.quiet=true", "mock.max-store-mb=1", "mock.max-body-bytes=65536"})
class StoreFullTest {

    private static final String ORG = "clmtestorg000000000000001";
    private static final String TOKENS = "/organizations/{org}/deployments/{dep}/agent-tokens";

    static {
        RestAssuredDefaults.apply();
    }

    @LocalServerPort
    int port;

    private RequestSpecification api() {
        return given().baseUri("http://127.0.0.1").port(port).filter(SpecValidation.strict())
                .header("Authorization", "Bearer " + DevTokens.DEV_TOKEN);
    }

    @Test
    void a_full_store_refuses_creates_with_the_error_body_and_keeps_serving_reads_lists_and_deletes() {
        List<String[]> made = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 2_000 && refused == null; i++) {
            String deployment = "clmfulldeployment" + i;
            Response answer = api().contentType(ContentType.JSON).body(Map.of("name", "n".repeat(5_000)))
                    .post(TOKENS, ORG, deployment);
            if (answer.statusCode() == 200) {
                made.add(new String[] {deployment, answer.jsonPath().getString("id")});
            } else {
                refused = answer;
            }
        }
        assertThat(refused).as("the store filled up").isNotNull();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getString("message")).contains("store is full").contains("--max-store-mb");
        assertThat(refused.jsonPath().getInt("statusCode")).isEqualTo(400);
        assertThat(made).hasSizeGreaterThan(10);

        String[] first = made.get(0);
        api().get(TOKENS + "/{id}", ORG, first[0], first[1]).then().statusCode(200);
        api().get(TOKENS, ORG, first[0]).then().statusCode(200);
        api().delete(TOKENS + "/{id}", ORG, first[0], first[1]).then().statusCode(204);
        api().contentType(ContentType.JSON).body(Map.of("name", "n".repeat(5_000))).post(TOKENS, ORG, "clmfullagain")
                .then().statusCode(200);
    }
}
