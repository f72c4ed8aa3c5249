package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.faults.Credentials;
import dev.contractgate.faults.FaultProxy;
import dev.contractgate.faults.PlantedFaults;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The racing checks on their own, repeated: the bundled mock server ends every burst the way a
 * serial order would, 50 times each (the default check runs each once); and a check-then-act fault
 * is caught by its race rule on a first try.
 */
class RaceStressTest {

    private static final int REPETITIONS = 50;
    private static final Credentials CREDENTIALS = new Credentials(MockServer.TOKEN, MockServer.RESTRICTED_TOKEN,
            MockServer.RESTRICTED_ORGANIZATION);

    /** Runs the planned checks whose name {@code chosen} accepts, {@code times} times, against {@code url}. */
    private static List<Finding> run(URI url, Predicate<String> chosen, int times) {
        CheckOptions options = CheckOptions.of(url, MockServer.TOKEN).withMaxRequests(1_000_000);
        RunContext run = new RunContext(MockServerRunTest.SPEC, MockServerRunTest.SPEC.operations(),
                new HttpRunner(url, options.requestTimeout(), options.maxRequests()),
                new FindingFactory(MockServerRunTest.SPEC), options);
        List<PlannedCheck> plan = new ArrayList<>(RaceCases.plan(run));
        plan.addAll(LimitCases.plan(run));
        plan.removeIf(check -> !chosen.test(check.name()));
        assertThat(plan).as("the racing checks of the spec").isNotEmpty();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            for (PlannedCheck check : plan) {
                Probe probe = new Probe(run, new Random(i));
                check.body().accept(probe);
                probe.cleanUp();
                findings.addAll(probe.findings());
            }
        }
        return findings;
    }

    @Test
    void the_bundled_mock_server_deletes_once_and_lists_no_deleted_token_in_50_bursts_of_each() {
        assertThat(run(MockServer.url(), name -> name.contains("deleted twice") || name.contains("racing"), REPETITIONS)).isEmpty();
    }

    @Test
    void the_bundled_mock_server_ends_50_bursts_at_its_limit_exactly() {
        assertThat(run(MockServer.url(), name -> name.contains("creates at once"), REPETITIONS)).isEmpty();
    }

    @Test
    void deletes_that_read_then_remove_are_caught_racing() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(MockServer.url(),
                PlantedFaults.named("concurrent-deletes-both-succeed", CREDENTIALS).orElseThrow().fault())) {
            assertThat(run(proxy.url(), name -> name.contains("deleted twice"), 1)).extracting(Finding::rule)
                    .containsOnly(CheckRules.RACE_DOUBLE_DELETE);
        }
    }
}
