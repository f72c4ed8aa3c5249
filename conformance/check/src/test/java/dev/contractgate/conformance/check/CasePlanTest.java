package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan a spec gives, without a server: nothing is sent while planning. */
class CasePlanTest {

    private static List<PlannedCheck> plan(CheckOptions options) {
        RunContext run = new RunContext(MockServerRunTest.SPEC, MockServerRunTest.SPEC.operations(),
                new HttpRunner(options.baseUrl(), options.requestTimeout(), options.maxRequests()),
                new FindingFactory(MockServerRunTest.SPEC), options);
        return ConformanceCheck.plan(run);
    }

    private static List<String> names(List<PlannedCheck> plan) {
        return plan.stream().map(PlannedCheck::name).toList();
    }

    private final CheckOptions options = CheckOptions.of(URI.create("http://127.0.0.1:9"), "t");

    @Test
    void starts_with_the_link_sequence_of_the_create_operation() {
        PlannedCheck first = plan(options).get(0);

        assertThat(first.phase()).isEqualTo(PlannedCheck.Phase.SEQUENCE);
        assertThat(first.group()).isEqualTo("CreateAgentToken");
        assertThat(first.name()).contains("GetAgentToken", "ListAgentTokens", "DeleteAgentToken");
    }

    @Test
    void covers_the_boundaries_the_issue_names() {
        assertThat(names(plan(options))).contains(
                "ListAgentTokens with limit minimum 0 succeeds",
                "ListAgentTokens with limit maximum 1000 succeeds",
                "CreateAgentToken with tokenExpiryPeriodInDays at its minimum 1 succeeds",
                "CreateAgentToken with tokenExpiryPeriodInDays at its maximum 3650 succeeds",
                "CreateAgentToken with no optional parameter succeeds",
                "CreateAgentToken with every optional field present succeeds");
    }

    @Test
    void breaks_one_constraint_per_negative_case() {
        assertThat(names(plan(options))).contains(
                "CreateAgentToken rejects a body without required name with a documented 4xx",
                "CreateAgentToken rejects a malformed JSON body with a documented 4xx",
                "CreateAgentToken rejects a body sent as text/plain with a documented 4xx",
                "CreateAgentToken rejects an empty body with a documented 4xx",
                "ListAgentTokens rejects a query limit above maximum 1000 (1001) with a documented 4xx",
                "ListAgentTokens rejects a query sorts item outside the enum ([\"cg-not-in-enum\"]) with a documented 4xx");
    }

    @Test
    void checks_auth_eight_ways_on_every_operation_and_403_only_with_a_restricted_token() {
        List<String> without = names(plan(options));
        List<String> with = names(plan(options.withForbiddenToken("r", "org")));

        // missing, malformed, unknown, and the run's own token under Basic, a Token scheme, no scheme, an extra word,
        // a character outside token68
        assertThat(without.stream().filter(n -> n.endsWith("gives 401"))).hasSize(8 * 4);
        assertThat(without.stream().filter(n -> n.endsWith("gives 403"))).isEmpty();
        assertThat(with.stream().filter(n -> n.endsWith("gives 403"))).hasSize(4);
        assertThat(with).contains("ListAgentTokens with the restricted token on its own organization succeeds");
    }

    @Test
    void asks_for_404_on_unknown_ids_where_an_operation_takes_one() {
        assertThat(names(plan(options)).stream().filter(n -> n.endsWith("names nothing gives 404")))
                .containsExactlyInAnyOrder("GetAgentToken with an id that names nothing gives 404",
                        "DeleteAgentToken with an id that names nothing gives 404");
    }
}
