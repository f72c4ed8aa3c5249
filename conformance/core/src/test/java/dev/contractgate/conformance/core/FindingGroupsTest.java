package dev.contractgate.conformance.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Findings of one root cause are one group, whatever ids and generated values their messages carry. */
class FindingGroupsTest {

    private static final SpecLocation REQUIRED = new SpecLocation("/components/schemas/ApiToken/required", "spec.yaml", 560);

    private static Finding missing(String id) {
        return Finding.error("response.body.schema", "GetAgentToken", REQUIRED,
                "GetAgentToken 200 of token " + id + ": Object has missing required properties ([\"shortToken\"])", Evidence.NONE);
    }

    @Test
    void the_same_rule_operation_place_and_message_with_other_ids_is_one_group_counting_every_occurrence() {
        RunResult result = new RunResult("run", List.of(
                new CheckRecord("GetAgentToken", "read back", List.of(missing("cmx2oytn28l3ajm24fny1oof3"), missing("cmx2oytn08l39jm24zr0tcxsw")), Duration.ZERO),
                new CheckRecord("GetAgentToken", "read after create", List.of(missing("cmx2oytn48l3bjm248kqn9ktd")), Duration.ZERO)), Map.of());

        List<FindingGroups.Group> groups = FindingGroups.of(result);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo("G1");
            assertThat(g.count()).isEqualTo(3);
            assertThat(g.checks()).containsExactly("read back", "read after create");
            assertThat(g.location()).isEqualTo(REQUIRED);
        });
    }

    @Test
    void another_status_another_place_or_another_rule_is_another_group() {
        Finding a = Finding.error("lifecycle.unknown-id", "GetAgentToken", REQUIRED, "GetAgentToken answered 400 for an id", Evidence.NONE);
        Finding b = Finding.error("lifecycle.unknown-id", "GetAgentToken", REQUIRED, "GetAgentToken answered 500 for an id", Evidence.NONE);
        Finding c = Finding.error("lifecycle.unknown-id", "GetAgentToken", new SpecLocation("/paths", "spec.yaml", 1),
                "GetAgentToken answered 400 for an id", Evidence.NONE);
        Finding d = Finding.error("positive.rejected", "GetAgentToken", REQUIRED, "GetAgentToken answered 400 for an id", Evidence.NONE);
        RunResult result = new RunResult("run", List.of(new CheckRecord("g", "c", List.of(a, b, c, d), Duration.ZERO)), Map.of());

        assertThat(FindingGroups.of(result)).hasSize(4);
    }
}
