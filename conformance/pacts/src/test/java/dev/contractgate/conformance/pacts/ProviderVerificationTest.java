package dev.contractgate.conformance.pacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.coverage.Coverage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recorded interactions replayed against a running provider, compared by Pact's own matching. */
class ProviderVerificationTest {

    private static final SpecSource SPEC = SpecSource.load(Path.of(System.getProperty("contract.spec")));
    private static final String TOKEN_PATH = "/organizations/o1/deployments/d1/agent-tokens/t1";
    private static final String LIST_PATH = "/organizations/o1/deployments/d1/agent-tokens";
    private static final String TOKEN_JSON = "{\"id\":\"%s\",\"name\":%s,\"description\":\"\",\"kind\":\"STANDARD\",\"scope\":\"DEPLOYMENT\","
            + "\"shortToken\":\"aat_1\",\"createdAt\":\"2022-11-22T04:37:12Z\",\"updatedAt\":\"2022-11-22T04:37:12Z\","
            + "\"startAt\":\"2022-11-22T04:37:12Z\",\"roles\":[{\"entityId\":\"d1\",\"entityType\":\"DEPLOYMENT\","
            + "\"role\":\"DEPLOYMENT_AGENT\"}]}";

    /** Two interactions: a read that needs a provider state (its id matched by type only), and a 401 without one. */
    private static final String PACT = "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":["
            + "{\"description\":\"a request for an agent token\",\"providerStates\":[{\"name\":\"deployment has agent token\","
            + "\"params\":{\"agentTokenId\":\"t1\"}}],\"request\":{\"method\":\"GET\",\"path\":\"" + TOKEN_PATH + "\","
            + "\"headers\":{\"Authorization\":\"Bearer dev-token\"}},\"response\":{\"status\":200,"
            + "\"headers\":{\"Content-Type\":\"application/json\"},\"body\":" + TOKEN_JSON.formatted("recorded-id", "\"worker\"") + ","
            + "\"matchingRules\":{\"body\":{\"$.id\":{\"matchers\":[{\"match\":\"type\"}]}}}}},"
            + "{\"description\":\"a list with an unknown token\",\"request\":{\"method\":\"GET\",\"path\":\"" + LIST_PATH + "\","
            + "\"headers\":{\"Authorization\":\"Bearer unknown\"}},\"response\":{\"status\":401,"
            + "\"headers\":{\"Content-Type\":\"application/json\"},\"body\":{\"message\":\"Unauthorized\",\"requestId\":\"r1\","
            + "\"statusCode\":401},\"matchingRules\":{\"body\":{\"$.message\":{\"matchers\":[{\"match\":\"type\"}]},"
            + "\"$.requestId\":{\"matchers\":[{\"match\":\"type\"}]}}}}}],"
            + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> stateChanges = new CopyOnWriteArrayList<>();
    private volatile String tokenName = "\"worker\"";
    private volatile int stateStatus = 200;
    private volatile String acceptedAuthorization = "Bearer dev-token";
    private final List<String> authorizationsReceived = new CopyOnWriteArrayList<>();

    private Path pacts() throws IOException {
        Files.writeString(dir.resolve("c-p.json"), PACT);
        return dir;
    }

    private URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/_state", exchange -> {
            stateChanges.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(exchange, stateStatus, "{}");
        });
        server.createContext("/organizations", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizationsReceived.add(String.valueOf(authorization));
            boolean known = acceptedAuthorization.equals(authorization);
            if (!known) {
                respond(exchange, 401, "{\"message\":\"no such token\",\"requestId\":\"x9\",\"statusCode\":401}");
            } else {
                respond(exchange, 200, TOKEN_JSON.formatted("t1", tokenName));
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        java.util.regex.Matcher requestId = java.util.regex.Pattern.compile("\"requestId\":\"([^\"]*)\"").matcher(body);
        if (requestId.find()) {
            exchange.getResponseHeaders().set("X-Request-Id", requestId.group(1));
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private RunResult verify(URI base, boolean withStateChanges) throws IOException {
        return new ProviderVerification().verify(SPEC, pacts(), new ProviderVerification.Target(base,
                withStateChanges ? URI.create(base + "/_state") : null, Duration.ofSeconds(3)));
    }

    private static List<Finding> findings(RunResult result) {
        return result.checks().stream().flatMap(c -> c.findings().stream()).toList();
    }

    @Test
    void a_provider_that_answers_as_recorded_passes_with_the_pacts_matching_rules_and_is_the_provider_source() throws Exception {
        RunResult result = verify(start(), true);

        assertThat(findings(result)).isEmpty();
        assertThat(result.checks()).hasSize(2).allMatch(CheckRecord::passed);
        assertThat(stateChanges).hasSize(2);
        assertThat(stateChanges.get(0)).contains("\"state\":\"deployment has agent token\"")
                .contains("\"agentTokenId\":\"t1\"").contains("\"action\":\"setup\"");
        assertThat(stateChanges.get(1)).contains("\"action\":\"teardown\"");
        assertThat(result.coverage().observations()).extracting(Coverage.Observation::source, Coverage.Observation::status,
                Coverage.Observation::operation).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("provider", 200, "GetAgentToken"),
                org.assertj.core.groups.Tuple.tuple("provider", 401, "ListAgentTokens"));
    }

    @Test
    void a_provider_answer_that_matches_the_pact_but_breaks_an_invariant_of_the_spec_is_judged_by_the_one_judge() throws Exception {
        server = null;
        URI base = start();
        server.removeContext("/organizations");
        server.createContext("/organizations", exchange -> respond(exchange, exchange.getRequestHeaders()
                .getFirst("Authorization").equals("Bearer dev-token") ? 200 : 401, exchange.getRequestHeaders()
                .getFirst("Authorization").equals("Bearer dev-token") ? TOKEN_JSON.formatted("t1", "\"worker\"")
                : "{\"message\":\"no such token\",\"requestId\":\"x9\",\"statusCode\":400}"));

        RunResult result = verify(base, true);

        assertThat(findings(result)).extracting(Finding::rule).contains(dev.contractgate.conformance.judge.JudgeRules.INVARIANT_VIOLATED);
        assertThat(findings(result)).filteredOn(f -> f.rule().equals(dev.contractgate.conformance.judge.JudgeRules.INVARIANT_VIOLATED))
                .allSatisfy(f -> assertThat(f.message()).contains("'a list with an unknown token'").contains("error-status-code"));
    }

    @Test
    void a_pact_path_that_is_not_absolute_is_bad_input_and_no_credential_leaves_for_the_host_it_names() throws Exception {
        java.util.concurrent.atomic.AtomicInteger stolen = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer thief = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        thief.createContext("/", exchange -> {
            stolen.incrementAndGet();
            respond(exchange, 200, "{}");
        });
        thief.start();
        try {
            URI base = start();
            Files.writeString(dir.resolve("c-p.json"), PACT.replace("\"path\":\"" + LIST_PATH + "\"",
                    "\"path\":\"@127.0.0.1:" + thief.getAddress().getPort() + "/steal\""));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProviderVerification().verify(SPEC, dir,
                    new ProviderVerification.Target(base, URI.create(base + "/_state"), Duration.ofSeconds(3))))
                    .isInstanceOf(dev.contractgate.conformance.core.BadInputException.class)
                    .hasMessageContaining("a list with an unknown token").hasMessageContaining("not an absolute path");
            assertThat(stolen.get()).isZero();
        } finally {
            thief.stop(0);
        }
    }

    @Test
    void the_request_uri_keeps_the_base_urls_host_and_port_whatever_the_path_holds() {
        URI base = URI.create("http://127.0.0.1:8080/v1");
        assertThat(ProviderVerification.target(base, "//evil.example/x", "", "i").getAuthority()).isEqualTo("127.0.0.1:8080");
        assertThat(ProviderVerification.target(base, "/a b/@evil:1/x", "q=1", "i"))
                .hasToString("http://127.0.0.1:8080/v1/a%20b/@evil:1/x?q=1");
    }

    @Test
    void an_answer_that_breaks_the_recorded_response_is_a_mismatch_naming_the_field() throws Exception {
        tokenName = "42";

        RunResult result = verify(start(), true);

        assertThat(findings(result)).filteredOn(f -> f.rule().equals(PactRules.PROVIDER_RESPONSE_MISMATCH))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("a request for an agent token").contains("body $.name"));
        // the same answer, held to the spec by the one judge: name is no string
        assertThat(findings(result)).extracting(Finding::rule).containsExactlyInAnyOrder(PactRules.PROVIDER_RESPONSE_MISMATCH,
                dev.contractgate.conformance.judge.JudgeRules.BODY_SCHEMA);
        assertThat(result.coverage().observations()).filteredOn(o -> o.status() == 200)
                .singleElement().satisfies(o -> assertThat(o.passed()).isFalse());
    }

    @Test
    void without_a_state_change_url_an_interaction_that_needs_a_state_fails_and_is_not_counted() throws Exception {
        RunResult result = verify(start(), false);

        assertThat(findings(result)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(PactRules.PROVIDER_STATE_UNAVAILABLE);
            assertThat(f.severity()).as("not verified is not passed").isEqualTo(dev.contractgate.conformance.core.Severity.ERROR);
        });
        assertThat(result.coverage().observations()).extracting(Coverage.Observation::status).containsExactly(401);
        assertThat(stateChanges).isEmpty();
    }

    @Test
    void a_state_the_provider_cannot_set_up_is_an_error_and_the_request_is_not_sent() throws Exception {
        stateStatus = 500;

        RunResult result = verify(start(), true);

        assertThat(findings(result)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(PactRules.PROVIDER_STATE_FAILED);
            assertThat(f.message()).contains("answered 500");
        });
    }

    @Test
    void a_provider_that_never_answers_fails_each_request_within_the_timeout() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            URI base = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            long started = System.nanoTime();

            RunResult result = new ProviderVerification().verify(SPEC, pacts(),
                    new ProviderVerification.Target(base, null, Duration.ofSeconds(1)));

            assertThat(findings(result)).extracting(Finding::rule).contains(PactRules.PROVIDER_REQUEST_FAILED);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
            assertThat(result.coverage().observations()).isEmpty();
        }
    }

    @Test
    void recorded_dev_tokens_go_out_as_the_providers_own_and_one_without_a_counterpart_is_not_verified() throws Exception {
        acceptedAuthorization = "Bearer real-token-1"; // a provider that knows nothing of the bundled mock's dev tokens
        URI base = start();
        URI states = URI.create(base + "/_state");
        ProviderVerification verification = new ProviderVerification();

        RunResult asRecorded = verification.verify(SPEC, pacts(), new ProviderVerification.Target(base, states, Duration.ofSeconds(3)));
        RunResult replaced = verification.verify(SPEC, pacts(), new ProviderVerification.Target(base, states, Duration.ofSeconds(3),
                new ProviderVerification.Credentials(java.util.Map.of("Bearer dev-token", "Bearer real-token-1"), java.util.Map.of())));
        int sentBefore = authorizationsReceived.size();
        RunResult unavailable = verification.verify(SPEC, pacts(), new ProviderVerification.Target(base, states, Duration.ofSeconds(3),
                new ProviderVerification.Credentials(java.util.Map.of(), java.util.Map.of("Bearer dev-token", "pass --forbidden-token"))));

        assertThat(findings(asRecorded)).extracting(Finding::rule).containsExactly(PactRules.PROVIDER_RESPONSE_MISMATCH);
        assertThat(findings(replaced)).isEmpty();
        assertThat(findings(unavailable)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(PactRules.PROVIDER_CREDENTIAL_UNAVAILABLE);
            assertThat(f.severity()).as("not verified is not passed").isEqualTo(dev.contractgate.conformance.core.Severity.ERROR);
            assertThat(f.message()).contains("a request for an agent token").contains("pass --forbidden-token");
        });
        assertThat(unavailable.coverage().observations()).extracting(Coverage.Observation::status).containsExactly(401);
        // the 401 interaction's unknown token goes out as recorded; the unverifiable one is never sent
        assertThat(authorizationsReceived.subList(sentBefore, authorizationsReceived.size())).containsExactly("Bearer unknown");
        assertThat(authorizationsReceived).contains("Bearer real-token-1");
        assertThat(replaced.toString() + findings(asRecorded)).doesNotContain("real-token-1");
    }
}
