package dev.contractgate.mock.startup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.contractgate.mock.MockServerApplication;
import dev.contractgate.mock.support.SpecValidation;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The server as its command line starts it: a second context, with a seed file and a tokens file. */
class StartupTest {

    private static final String ORG = "clmseedorg000000000000001";
    private static final String DEPLOYMENT = "clmseeddeployment00000001";

    @TempDir
    static Path dir;

    private static ConfigurableApplicationContext context;
    private static int port;

    @BeforeAll
    static void startFromTheCommandLine() throws Exception {
        dev.contractgate.mock.support.RestAssuredDefaults.apply();
        Path seed = Files.writeString(dir.resolve("seed.json"), """
                {"tokens": [
                  {"organizationId": "%s", "deploymentId": "%s", "id": "clmseedtoken0000000000001",
                   "name": "seeded", "tokenExpiryPeriodInDays": 7, "createdAt": "2022-11-22T04:37:12Z"},
                  {"organizationId": "%s", "deploymentId": "%s", "name": "seeded-too", "description": "second"}
                ]}""".formatted(ORG, DEPLOYMENT, ORG, DEPLOYMENT));
        Path tokens = Files.writeString(dir.resolve("tokens.json"), """
                {"tokens": [{"token": "ci-secret", "organizations": ["%s"]}]}""".formatted(ORG));
        context = MockServerApplication.start("--port", "0", "--quiet", "--seed", seed.toString(),
                "--tokens", tokens.toString());
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    private RequestSpecification as(String token) {
        return given().baseUri("http://127.0.0.1").port(port).header("Authorization", "Bearer " + token)
                .filter(SpecValidation.responseOnly());
    }

    @Test
    void listens_on_the_port_it_was_given_and_serves_health() {
        assertThat(port).isPositive();
        given().baseUri("http://127.0.0.1").port(port).filter(SpecValidation.outsideApiPaths())
                .get("/_health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void loads_the_seed_file_at_start_with_its_ids_and_times() {
        as("ci-secret").get("/organizations/{o}/deployments/{d}/agent-tokens", ORG, DEPLOYMENT)
                .then().statusCode(200).body("totalCount", equalTo(2))
                .body("tokens[0].id", equalTo("clmseedtoken0000000000001"))
                .body("tokens[0].createdAt", equalTo("2022-11-22T04:37:12Z"))
                .body("tokens[0].endAt", equalTo("2022-11-29T04:37:12Z"))
                .body("tokens[1].description", equalTo("second"));
    }

    @Test
    void accepts_only_the_tokens_of_the_tokens_file_with_their_restrictions() {
        as("dev-token").get("/organizations/{o}/deployments/{d}/agent-tokens", ORG, DEPLOYMENT).then().statusCode(401);
        as("ci-secret").get("/organizations/{o}/deployments/{d}/agent-tokens", "clmotherorg00000000000001", DEPLOYMENT)
                .then().statusCode(403);
    }

    @Test
    void keeps_the_admin_endpoints_off_by_default() {
        given().baseUri("http://127.0.0.1").port(port).filter(SpecValidation.outsideApiPaths())
                .post("/_admin/reset").then().statusCode(404).body("statusCode", equalTo(404));
    }

    @Test
    void refuses_to_start_on_a_bad_seed_file_naming_the_file() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"tokens\": [{\"name\": \"no deployment\"}]}");

        assertThatThrownBy(() -> MockServerApplication.start("--port", "0", "--quiet", "--seed", broken.toString()))
                .isInstanceOf(StartupException.class).hasMessageContaining(broken.toString());
        assertThatThrownBy(() -> MockServerApplication.start("--port", "0", "--quiet", "--seed", dir.resolve("none.json").toString()))
                .isInstanceOf(StartupException.class).hasMessageContaining("none.json");
    }

    @Test
    void refuses_to_start_on_a_bad_tokens_file_naming_the_file() throws Exception {
        Path empty = Files.writeString(dir.resolve("no-tokens.json"), "{\"tokens\": []}");

        assertThatThrownBy(() -> MockServerApplication.start("--port", "0", "--quiet", "--tokens", empty.toString()))
                .isInstanceOf(StartupException.class).hasMessageContaining("no-tokens.json");
    }
}
