package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.report.ConsoleRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class MockServerRunTest {

    static final SpecSource SPEC = SpecSource.load(Path.of(System.getProperty("contract.spec")));

    /**
     * The one known disagreement between the mock server and the spec, reported to their owners:
     * a body sent as text/plain gets 415, which the spec does not document (it documents 400).
     * Tolerated here, never required; every other finding fails the test.
     */
    private static final Predicate<Finding> KNOWN_415 = f -> f.rule().equals(Rules.STATUS_UNDOCUMENTED)
            && "CreateAgentToken".equals(f.operation()) && f.evidence().response().startsWith("HTTP 415")
            && f.evidence().request().contains("Content-Type: text/plain");

    @Test
    void a_full_default_run_against_the_mock_server_is_clean() {
        CheckOptions options = CheckOptions.of(MockServer.url(), MockServer.TOKEN)
                .withForbiddenToken(MockServer.RESTRICTED_TOKEN, MockServer.RESTRICTED_ORGANIZATION)
                .withDeploymentId("cgcleanrun0000000000000001");

        RunResult result = ConformanceCheck.run(SPEC, options, CheckListener.NONE);

        System.out.println(new ConsoleRenderer().render(result));
        List<Finding> unexpected = result.findings().stream().filter(KNOWN_415.negate()).toList();
        assertThat(unexpected).extracting(f -> f.rule() + " " + f.message()).isEmpty();
        assertThat((Integer) result.stats().get("requests")).isGreaterThan(90);
        assertThat(result.checks()).hasSizeGreaterThan(60);
    }
}
