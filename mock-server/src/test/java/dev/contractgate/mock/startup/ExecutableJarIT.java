package dev.contractgate.mock.startup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.contractgate.mock.support.RestAssuredDefaults;
import dev.contractgate.mock.support.SpecValidation;
import dev.contractgate.server.model.CreateAgentTokenRequest;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The executable jar as a user runs it: java -jar target/mock-server.jar --port 0 --admin. */
class ExecutableJarIT {

    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)");
    private static final String TOKENS = "/organizations/clmjarorg0000000000000001/deployments/clmjardeployment000000001/agent-tokens";

    private static Process server;
    private static final List<String> output = new ArrayList<>();
    private static String baseUrl;

    private static Path jar() {
        Path jar = Path.of(System.getProperty("mock.jar", "target/mock-server.jar"));
        assertThat(jar).as("the executable jar (mvn package)").exists();
        return jar;
    }

    @BeforeAll
    static void startTheJar() throws Exception {
        RestAssuredDefaults.apply();
        server = new ProcessBuilder("java", "-jar", jar().toString(), "--port", "0", "--admin")
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (baseUrl == null && System.nanoTime() < deadline && (line = lines.readLine()) != null) {
            output.add(line);
            Matcher url = URL.matcher(line);
            if (line.startsWith("Agent-token mock server at") && url.find()) {
                baseUrl = url.group(1);
            }
        }
        assertThat(baseUrl).as("start-up line in: " + output).isNotNull();
        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "mock-server-output");
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("graceful shutdown on SIGTERM").isTrue();
        }
    }

    @Test
    void prints_the_url_and_the_dev_token_and_starts_the_ahead_of_time_context() {
        String startLine = output.get(output.size() - 1);
        assertThat(startLine).contains(baseUrl).contains("dev-token").contains("admin endpoints on");
        assertThat(output).anyMatch(l -> l.contains("Starting AOT-processed MockServerApplication"));
    }

    @Test
    void serves_the_api_with_validation_and_spec_error_bodies() {
        given().baseUri(baseUrl).filter(SpecValidation.outsideApiPaths()).get("/_health")
                .then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(baseUrl).filter(SpecValidation.strict()).header("Authorization", "Bearer dev-token")
                .contentType(ContentType.JSON).body(new CreateAgentTokenRequest("from-the-jar").tokenExpiryPeriodInDays(1))
                .post(TOKENS).then().statusCode(200).body("name", equalTo("from-the-jar"));
        given().baseUri(baseUrl).filter(SpecValidation.responseOnly()).header("Authorization", "Bearer dev-token")
                .get(TOKENS + "?limit=1001").then().statusCode(400).body("fieldErrors[0].code", equalTo("maximum"));
        given().baseUri(baseUrl).filter(SpecValidation.responseOnly()).header("Authorization", "Bearer dev-token")
                .contentType(ContentType.JSON).body("{}").post(TOKENS)
                .then().statusCode(400).body("fieldErrors[0].code", equalTo("required"));
    }

    @Test
    void applies_provider_states_over_the_admin_endpoint_when_started_with_admin() {
        given().baseUri(baseUrl).filter(SpecValidation.outsideApiPaths()).contentType(ContentType.JSON)
                .body(Map.of("state", "deployment has 50 agent tokens", "params",
                        Map.of("organizationId", "clmjarorg0000000000000001", "deploymentId", "clmjarfull00000000000001")))
                .post("/_admin/provider-states").then().statusCode(200);
        given().baseUri(baseUrl).filter(SpecValidation.strict()).header("Authorization", "Bearer dev-token")
                .get("/organizations/clmjarorg0000000000000001/deployments/clmjarfull00000000000001/agent-tokens")
                .then().statusCode(200).body("totalCount", equalTo(50));
    }

    @Test
    void exits_with_2_and_one_line_on_an_unknown_option() throws IOException, InterruptedException {
        Process bad = new ProcessBuilder("java", "-jar", jar().toString(), "--colour", "blue").redirectErrorStream(true).start();
        String out = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(bad.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(out).startsWith("mock-server: unknown option '--colour'").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void exits_with_2_on_a_missing_seed_file_without_a_stack_trace() throws IOException, InterruptedException {
        Path missing = Files.createTempDirectory("mock-it").resolve("missing.json");
        Process bad = new ProcessBuilder("java", "-jar", jar().toString(), "--port", "0", "--seed", missing.toString())
                .redirectErrorStream(true).start();
        String out = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(out).contains("mock-server: seed file " + missing).doesNotContain("\tat ");
    }
}
