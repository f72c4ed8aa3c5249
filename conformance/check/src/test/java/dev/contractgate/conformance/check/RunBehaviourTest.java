package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.faults.FaultProxy;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run-level behaviour: unreachable servers, the request budget, determinism, progress. */
class RunBehaviourTest {

    @Test
    void an_unreachable_base_url_is_bad_input_naming_the_url() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free once closed: nothing listens there
        }
        URI url = URI.create("http://127.0.0.1:" + port);

        assertThatThrownBy(() -> ConformanceCheck.run(MockServerRunTest.SPEC, CheckOptions.of(url, "t"), null))
                .isInstanceOf(BadInputException.class).hasMessageContaining(url.toString());
    }

    @Test
    void a_token_the_server_refuses_is_bad_input_naming_the_request_and_not_the_token() {
        CheckOptions unknown = CheckOptions.of(MockServer.url(), "cg-not-a-token").withPathValue("deploymentId", "cgpreflight");
        CheckOptions restricted = CheckOptions.of(MockServer.url(), MockServer.RESTRICTED_TOKEN)
                .withPathValue("deploymentId", "cgpreflight");

        assertThatThrownBy(() -> ConformanceCheck.run(MockServerRunTest.SPEC, unknown, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("the server refused the token: GET /organizations/")
                .hasMessageContaining("answered 401").hasMessageNotContaining("cg-not-a-token");
        assertThatThrownBy(() -> ConformanceCheck.run(MockServerRunTest.SPEC, restricted, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("answered 403").hasMessageContaining("--organization");
    }

    @Test
    void stops_at_the_request_budget_and_fails_because_checks_did_not_run() {
        CheckOptions options = CheckOptions.of(MockServer.url(), MockServer.TOKEN).withMaxRequests(10)
                .withPathValue("deploymentId", "cgbudget");

        RunResult result = ConformanceCheck.run(MockServerRunTest.SPEC, options, null);

        assertThat((Integer) result.stats().get("requests")).isLessThanOrEqualTo(10);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(CheckRules.BUDGET_EXHAUSTED))
                .isNotEmpty().allMatch(f -> f.severity() == dev.contractgate.conformance.core.Severity.ERROR);
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void the_same_seed_sends_the_same_bodies_whatever_the_concurrency() throws Exception {
        List<String> sequential = postedBodies(1, 42);
        List<String> concurrent = postedBodies(4, 42);
        List<String> otherSeed = postedBodies(4, 43);

        assertThat(concurrent).isNotEmpty().isEqualTo(sequential);
        assertThat(otherSeed).isNotEqualTo(sequential);
    }

    private static List<String> postedBodies(int threads, long seed) throws Exception {
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        try (FaultProxy proxy = FaultProxy.start(MockServer.url(), (req, up) -> {
            if (req.is("POST")) {
                bodies.add(req.body());
            }
            return up.apply(req);
        })) {
            CheckOptions options = CheckOptions.of(proxy.url(), MockServer.TOKEN).withConcurrency(threads).withSeed(seed)
                    .withPathValue("deploymentId", "cgseed" + threads + "x" + seed);
            ConformanceCheck.run(MockServerRunTest.SPEC, options, null);
        }
        List<String> sorted = new ArrayList<>(bodies);
        Collections.sort(sorted);
        return sorted;
    }

    @Test
    void reports_progress_for_every_check() {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        int[] planned = new int[1];
        CheckListener listener = new CheckListener() {
            @Override
            public void started(int checks) {
                planned[0] = checks;
            }

            @Override
            public void checkFinished(dev.contractgate.conformance.core.CheckRecord check, int finished, int total) {
                done.add(finished);
            }
        };

        RunResult result = ConformanceCheck.run(MockServerRunTest.SPEC,
                CheckOptions.of(MockServer.url(), MockServer.TOKEN).withPathValue("deploymentId", "cgprogress"), listener);

        assertThat(planned[0]).isEqualTo(result.checks().size());
        assertThat(done).hasSize(result.checks().size()).contains(result.checks().size());
    }

    @Test
    void a_spec_without_links_still_reaches_every_operation_through_inferred_links() {
        SpecSource unlinked = SpecSource.parse(MockServerRunTest.SPEC.path(),
                MockServerRunTest.SPEC.text().replace("          links:", "          x-links:"));

        RunResult result = ConformanceCheck.run(unlinked,
                CheckOptions.of(MockServer.url(), MockServer.TOKEN).withPathValue("deploymentId", "cgunlinked"), null);

        assertThat(result.findings()).extracting(Finding::rule)
                .doesNotContain(CheckRules.COVERAGE_NO_LINK, CheckRules.COVERAGE_NOT_EXERCISED);
        assertThat(result.stats().get("inferred links").toString())
                .contains("GetAgentToken.agentTokenId <- CreateAgentToken $response.body#/id")
                .contains("DeleteAgentToken.agentTokenId <- CreateAgentToken $response.body#/id");
        assertThat(result.exitCode()).isZero();
    }
}
