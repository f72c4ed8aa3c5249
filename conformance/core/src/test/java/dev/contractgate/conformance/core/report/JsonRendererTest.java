package dev.contractgate.conformance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contractgate.conformance.core.RunResult;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    @Test
    void reads_back_the_same_checks_and_findings_it_wrote() {
        RunResult original = SampleRuns.withFindings();

        RunResult back = JsonRenderer.read(new JsonRenderer().render(original));

        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.findings()).isEqualTo(original.findings());
        assertThat(back.checks()).extracting(c -> c.group() + "/" + c.name())
                .containsExactlyElementsOf(original.checks().stream().map(c -> c.group() + "/" + c.name()).toList());
        assertThat(back.stats()).containsEntry("requests", 42);
        assertThat(back.exitCode()).isEqualTo(1);
    }

    @Test
    void carries_summary_counts_and_evidence() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonRenderer().render(SampleRuns.withFindings()));

        assertThat(root.at("/summary/checks").asInt()).isEqualTo(3);
        assertThat(root.at("/summary/failed").asInt()).isEqualTo(1);
        assertThat(root.at("/checks/2/findings/0/rule").asText()).isEqualTo("secret.token-leaked");
        assertThat(root.at("/checks/2/findings/0/location/line").asInt()).isEqualTo(42);
        assertThat(root.at("/checks/2/findings/0/evidence/response").asText()).contains("HTTP 200");
    }
}
