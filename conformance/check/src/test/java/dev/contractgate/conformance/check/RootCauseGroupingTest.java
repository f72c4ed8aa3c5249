package dev.contractgate.conformance.check;

import dev.contractgate.conformance.judge.JudgeRules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.FindingGroups;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.report.ConsoleRenderer;
import dev.contractgate.faults.Credentials;
import dev.contractgate.faults.FaultProxy;
import dev.contractgate.faults.PlantedFaults;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A server that breaks one thing gives one line per root cause, not one per response that shows it. */
class RootCauseGroupingTest {

    @Test
    void a_field_dropped_from_every_listed_token_is_one_group_pointing_at_the_field_in_the_token_schema() throws Exception {
        Credentials credentials = new Credentials(MockServer.TOKEN, MockServer.RESTRICTED_TOKEN, MockServer.RESTRICTED_ORGANIZATION);
        RunResult result;
        try (FaultProxy proxy = FaultProxy.start(MockServer.url(),
                PlantedFaults.named("list-drops-updatedAt", credentials).orElseThrow().fault())) {
            result = ConformanceCheck.run(MockServerRunTest.SPEC,
                    CheckOptions.of(proxy.url(), MockServer.TOKEN).withPathValue("deploymentId", "cggrouped"), CheckListener.NONE);
        }
        List<Finding> schemaFindings = result.findings().stream().filter(f -> f.rule().equals(JudgeRules.BODY_SCHEMA)).toList();
        List<FindingGroups.Group> groups = FindingGroups.of(result).stream().filter(g -> g.rule().equals(JudgeRules.BODY_SCHEMA)).toList();

        assertThat(schemaFindings).hasSizeGreaterThan(5);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.count()).isEqualTo(schemaFindings.size());
            assertThat(g.location().pointer()).isEqualTo("/components/schemas/ApiToken/required");
        });
        String console = new ConsoleRenderer().render(result);
        assertThat(console.lines().filter(l -> l.startsWith("ERROR   " + JudgeRules.BODY_SCHEMA))).hasSize(1);
        assertThat(console).contains(schemaFindings.size() + " times in");
    }
}
