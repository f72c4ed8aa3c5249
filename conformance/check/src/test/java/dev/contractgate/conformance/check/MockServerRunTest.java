package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.report.ConsoleRenderer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MockServerRunTest {

    static final SpecSource SPEC = SpecSource.load(Path.of(System.getProperty("contract.spec")));

    @Test
    void a_full_default_run_against_the_mock_server_is_clean() {
        CheckOptions options = CheckOptions.of(MockServer.url(), MockServer.TOKEN)
                .withForbiddenToken(MockServer.RESTRICTED_TOKEN, MockServer.RESTRICTED_ORGANIZATION)
                .withPathValue("deploymentId", "cgcleanrun0000000000000001");

        RunResult result = ConformanceCheck.run(SPEC, options, CheckListener.NONE);

        System.out.println(new ConsoleRenderer().render(result));
        assertThat(result.findings()).extracting(f -> f.rule() + " " + f.message()).isEmpty();
        assertThat((Integer) result.stats().get("requests")).isGreaterThan(90);
        assertThat(result.checks()).hasSizeGreaterThan(60);
    }
}
