package dev.contractgate.conformance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

    @Test
    void has_the_fields_sarif_2_1_0_requires_and_points_at_the_spec_line() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new SarifRenderer().render(SampleRuns.withFindings()));

        assertThat(root.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = root.at("/runs/0");
        assertThat(run.at("/tool/driver/name").asText()).isNotBlank();
        JsonNode results = run.path("results");
        assertThat(results).hasSize(2);
        for (JsonNode r : results) {
            assertThat(r.path("message").path("text").asText()).isNotBlank();
            assertThat(r.path("ruleId").asText()).isNotBlank();
            assertThat(run.at("/tool/driver/rules/" + r.path("ruleIndex").asInt() + "/id").asText())
                    .isEqualTo(r.path("ruleId").asText());
        }
        JsonNode leak = results.get(1);
        assertThat(leak.path("ruleId").asText()).isEqualTo("secret.token-leaked");
        assertThat(leak.path("level").asText()).isEqualTo("error");
        assertThat(leak.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("openapi/agent-tokens.yaml");
        assertThat(leak.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(42);
        assertThat(results.get(0).path("level").asText()).isEqualTo("warning");
    }
}
