package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.FindingGroups;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.faults.Fault;
import dev.contractgate.faults.FaultProxy;
import dev.contractgate.faults.ProxiedResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An operation the server does not serve is one root cause, first in the report, with what the other
 * checks said of it folded under it; {@code --operation} limits a run to the operations it names.
 */
class NotServedOperationsTest {

    /** A server without a DELETE route: every DELETE, with a token or without, answers a plain 404. */
    private static final Fault NO_DELETE_ROUTE = (request, upstream) -> request.is("DELETE")
            ? ProxiedResponse.json(404, "{\"error\":\"Not Found\"}") : upstream.apply(request);

    @Test
    void an_operation_that_answers_404_to_everything_is_one_root_cause_reported_first() throws Exception {
        RunResult result;
        try (FaultProxy proxy = FaultProxy.start(MockServer.url(), NO_DELETE_ROUTE)) {
            result = ConformanceCheck.run(MockServerRunTest.SPEC,
                    CheckOptions.of(proxy.url(), MockServer.TOKEN).withSequences(1), CheckListener.NONE);
        }
        List<FindingGroups.Group> groups = FindingGroups.of(result);

        assertThat(groups.get(0).rule()).isEqualTo(CheckRules.COVERAGE_NOT_SERVED);
        assertThat(groups.get(0).operation()).isEqualTo("DeleteAgentToken");
        assertThat(groups.get(0).message()).contains("DELETE /organizations/").contains("answered 404");
        assertThat(groups.get(0).count()).as("the findings of the other checks, folded").isGreaterThan(1);
        assertThat(groups.stream().filter(g -> "DeleteAgentToken".equals(g.operation())).map(FindingGroups.Group::rule))
                .as("nothing else about the operation that is not served").containsOnly(CheckRules.COVERAGE_NOT_SERVED);
    }

    @Test
    void the_mock_server_serves_every_operation() {
        RunResult result = ConformanceCheck.run(MockServerRunTest.SPEC,
                CheckOptions.of(MockServer.url(), MockServer.TOKEN).withSequences(0), CheckListener.NONE);

        assertThat(FindingGroups.of(result)).extracting(FindingGroups.Group::rule).doesNotContain(CheckRules.COVERAGE_NOT_SERVED);
    }

    @Test
    void operation_limits_the_checks_to_the_operations_it_names() {
        RunResult result = ConformanceCheck.run(MockServerRunTest.SPEC, CheckOptions.of(MockServer.url(), MockServer.TOKEN)
                .withSequences(0).withOperations(Set.of("GetAgentToken")), CheckListener.NONE);

        assertThat(result.checks()).isNotEmpty().allSatisfy(c -> assertThat(c.group()).isEqualTo("GetAgentToken"));
        assertThat(result.exitCode()).isZero();
    }
}
