package dev.contractgate.conformance.pacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.ExitCodes;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PactSpecCheckTest {

    private static SpecSource spec;

    @BeforeAll
    static void loadSpec() {
        spec = SpecSource.load(Path.of(System.getProperty("contract.spec")));
    }

    @Test
    void passes_a_clean_v4_pact_with_every_operation_and_deliberate_400_and_401() {
        RunResult result = new PactSpecCheck().check(spec, fixture("clean-v4"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.checks()).hasSize(7).allMatch(CheckRecord::passed);
        assertThat(result.stats()).containsEntry("deliberate request faults accepted (400/401 interactions)", 2);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void passes_a_clean_v3_pact() {
        RunResult result = new PactSpecCheck().check(spec, fixture("clean-v3"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.checks()).hasSize(3);
    }

    @Test
    void accepts_paths_that_carry_the_server_base_path() {
        RunResult result = new PactSpecCheck().check(spec, fixture("base-path"));

        assertThat(result.findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is caught as {1}")
    @CsvSource({
        "undocumented-path,               pact.request.undocumented-path,    ",
        "wrong-method,                    pact.request.method-not-allowed,   ",
        "missing-request-field,           pact.request.body.required,        CreateAgentToken",
        "response-field-wrong-type,       pact.response.body.schema,         ListAgentTokens",
        "undocumented-status,             pact.response.status.undocumented, CreateAgentToken",
        "response-missing-required-field, pact.response.body.required,       GetAgentToken",
        "missing-token,                   pact.request.security,             GetAgentToken",
        "undocumented-query-value,        pact.request.query,                ListAgentTokens",
    })
    void catches_each_kind_of_drift_with_its_own_rule_key(String fixture, String rule, String operation) {
        RunResult result = new PactSpecCheck().check(spec, fixture(fixture));

        assertThat(result.findings()).extracting(Finding::rule).containsExactly(rule);
        Finding finding = result.findings().get(0);
        assertThat(finding.operation()).isEqualTo(operation);
        assertThat(finding.location().hasLine()).isTrue();
        assertThat(result.checks()).singleElement().satisfies(c -> {
            assertThat(c.group()).isEqualTo("drift.json");
            assertThat(c.passed()).isFalse();
        });
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void names_the_pact_file_the_interaction_and_the_json_path_of_a_body_finding() {
        Finding finding = new PactSpecCheck().check(spec, fixture("response-field-wrong-type")).findings().get(0);

        assertThat(finding.message())
                .contains("drift.json")
                .contains("a request for a page with a text total")
                .contains("$.totalCount")
                .contains("validation.response.body.schema.type");
        assertThat(finding.location().pointer())
                .isEqualTo("/components/schemas/ApiTokensPaginated/properties/totalCount");
    }

    @Test
    void masks_bearer_tokens_and_token_secrets_in_evidence() {
        Finding finding = new PactSpecCheck().check(spec, fixture("missing-request-field")).findings().get(0);

        String evidence = finding.evidence().request() + finding.evidence().response();
        assertThat(evidence).doesNotContain("dev-token").doesNotContain("secretsecret").contains("****");
    }

    @Test
    void reports_an_unreadable_pact_file_as_a_finding_naming_it() {
        RunResult result = new PactSpecCheck().check(spec, fixture("unreadable"));

        assertThat(result.findings()).extracting(Finding::rule).containsExactly(PactRules.FILE_UNREADABLE);
        assertThat(result.findings().get(0).message()).contains("broken.json");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{}", "{\"interactions\": null}",
            "{\"consumer\": {\"name\": \"c\"}, \"provider\": {\"name\": \"p\"}, \"interactions\": []}"})
    void a_pact_file_without_interactions_proves_nothing_and_fails_the_run(String content,
                                                                             @org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("empty-pact.json"), content);

        RunResult result = new PactSpecCheck().check(spec, dir);

        assertThat(result.findings()).extracting(Finding::rule).containsExactly(PactRules.FILE_UNREADABLE);
        assertThat(result.findings().get(0).message()).contains("empty-pact.json").contains("no interactions");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void a_pact_nested_thousands_of_levels_deep_is_bad_input_naming_the_file(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        java.nio.file.Files.writeString(dir.resolve("deep-pact.json"), "{\"consumer\": {\"name\": \"c\"}, \"provider\": "
                + "{\"name\": \"p\"}, \"interactions\": [{\"description\": \"d\", \"request\": {\"method\": \"GET\","
                + " \"path\": \"/x\", \"body\": " + deep + "}, \"response\": {\"status\": 200}}]}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PactSpecCheck().check(spec, dir))
                .isInstanceOf(dev.contractgate.conformance.core.BadInputException.class)
                .hasMessageContaining("deep-pact.json").hasMessageContaining("nested too deeply");
    }

    @Test
    void checks_every_file_of_a_folder_tree_one_record_per_interaction() {
        RunResult result = new PactSpecCheck().check(spec, fixture(""));

        assertThat(result.stats()).containsEntry("pact files", 12);
        assertThat(result.checks()).extracting(CheckRecord::group).contains("wrong-method/drift.json");
        assertThat(result.findings()).extracting(Finding::rule).containsExactlyInAnyOrder(
                "pact.file.unreadable", "pact.request.undocumented-path", "pact.request.method-not-allowed",
                "pact.request.body.required", "pact.response.body.schema", "pact.response.status.undocumented",
                "pact.response.body.required", "pact.request.security", "pact.request.query");
    }

    @Test
    void a_severity_override_turns_a_rule_down_to_a_warning() {
        dev.contractgate.conformance.core.SeverityOverrides overrides = dev.contractgate.conformance.core.SeverityOverrides
                .of(null, java.util.List.of("pact.response.body.required=warning"));

        RunResult result = overrides.apply(new PactSpecCheck().check(spec, fixture("response-missing-required-field")));

        assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void rejects_a_missing_folder_as_bad_input_naming_it() {
        Path missing = Path.of("no-such-pacts-folder");

        assertThatThrownBy(() -> new PactSpecCheck().check(spec, missing))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no-such-pacts-folder");
    }

    @Test
    void rejects_a_folder_without_pact_files_as_bad_input_naming_it() {
        Path empty = fixture("empty");

        assertThatThrownBy(() -> new PactSpecCheck().check(spec, empty))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(empty.toString());
    }

    private static Path fixture(String name) {
        try {
            Path root = Path.of(PactSpecCheckTest.class.getResource("/pacts").toURI());
            return name.isEmpty() ? root : root.resolve(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
