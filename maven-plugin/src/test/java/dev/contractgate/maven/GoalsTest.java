package dev.contractgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals as a build runs them: the verdict of the command becomes the build's verdict. */
class GoalsTest {

    @TempDir
    Path dir;

    private static Path cleanPacts() throws Exception {
        return Path.of(GoalsTest.class.getResource("/pacts/clean").toURI());
    }

    /** The clean pact with its first interaction's 200 changed to 418, which the spec does not document. */
    private Path pactsWithAnUndocumentedStatus() throws Exception {
        Path pacts = Files.createDirectories(dir.resolve("pacts"));
        String clean = Files.readString(cleanPacts().resolve("fixture-consumer-agent-token-api.json"));
        Files.writeString(pacts.resolve("changed.json"), clean.replaceFirst("\"status\"\\s*:\\s*200", "\"status\": 418"));
        return pacts;
    }

    private <T extends ContractGoal> T configured(T goal) {
        goal.reportDir = dir.resolve("contract-report").toFile();
        return goal;
    }

    @Test
    void lint_without_a_spec_checks_the_spec_of_this_release_and_writes_the_reports() throws Exception {
        LintGoal lint = configured(new LintGoal());

        lint.execute();

        assertThat(dir.resolve("contract-report/contract-report.json")).exists();
        assertThat(Files.readString(dir.resolve("contract-report/contract-report.json"))).contains("\"exitCode\" : 0");
        // the release's spec, copied out of the plugin: never an openapi/agent-tokens.yaml the build's folder happens to hold
        assertThat(dir.resolve("contract-gate-spec/agent-tokens.yaml")).hasContent(
                new String(getClass().getClassLoader().getResourceAsStream("agent-tokens.yaml").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void without_a_report_dir_each_goal_writes_into_a_folder_of_its_own() throws Exception {
        org.apache.maven.project.MavenProject project = new org.apache.maven.project.MavenProject();
        project.getBuild().setDirectory(dir.resolve("target").toString());
        LintGoal lint = new LintGoal();
        PactsGoal pacts = new PactsGoal();
        pacts.pacts = cleanPacts().toFile();
        for (ContractGoal goal : java.util.List.of(lint, pacts)) {
            goal.project = project;
            goal.execute();
        }

        assertThat(dir.resolve("target/contract-report/lint/contract-report.json")).exists();
        assertThat(dir.resolve("target/contract-report/pacts/contract-report.json")).exists();
    }

    @Test
    void a_root_cause_is_logged_at_its_own_level_and_the_lines_under_it_too() {
        java.util.List<String> logged = new java.util.ArrayList<>();
        org.apache.maven.plugin.logging.Log log = new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                logged.add("info " + line);
            }

            @Override
            public void warn(CharSequence line) {
                logged.add("warn " + line);
            }

            @Override
            public void error(CharSequence line) {
                logged.add("error " + line);
            }
        };
        ReportLines.log("contract check\n  ListAgentTokens  1 run\n\nERROR   model.list  ListAgentTokens\n        listed [a]\n"
                + "WARNING response.header.request-id\n        no header\n\n  requests: 3\nFAILED: 1 checks\n", log);

        assertThat(logged).containsExactly("info contract check", "info   ListAgentTokens  1 run", "info ",
                "error ERROR   model.list  ListAgentTokens", "error         listed [a]",
                "warn WARNING response.header.request-id", "warn         no header", "info ", "info   requests: 3",
                "info FAILED: 1 checks");
    }

    @Test
    void pacts_the_spec_documents_pass() throws Exception {
        PactsGoal pacts = configured(new PactsGoal());
        pacts.pacts = cleanPacts().toFile();

        pacts.execute();

        assertThat(dir.resolve("contract-report/junit.xml")).exists();
    }

    @Test
    void a_pact_interaction_with_a_status_the_spec_does_not_document_fails_the_build() throws Exception {
        PactsGoal goal = configured(new PactsGoal());
        goal.pacts = pactsWithAnUndocumentedStatus().toFile();

        assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("contract-gate:pacts found contract violations")
                .hasMessageContaining(dir.resolve("contract-report").toString());
        assertThat(Files.readString(dir.resolve("contract-report/contract-report.json"))).contains("418");
    }

    @Test
    void findings_only_warn_when_fail_on_findings_is_false() throws Exception {
        PactsGoal goal = configured(new PactsGoal());
        goal.pacts = pactsWithAnUndocumentedStatus().toFile();
        goal.failOnFindings = false;

        goal.execute();

        assertThat(Files.readString(dir.resolve("contract-report/contract-report.json"))).contains("\"exitCode\" : 1");
    }

    @Test
    void a_missing_pacts_folder_is_a_build_error_naming_the_parameter() {
        PactsGoal goal = configured(new PactsGoal());
        goal.pacts = dir.resolve("no-pacts-here").toFile();

        assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<pacts>").hasMessageContaining("no-pacts-here");
    }

    @Test
    void a_spec_that_does_not_exist_is_a_build_error_naming_the_spec_parameter() {
        LintGoal lint = configured(new LintGoal());
        lint.spec = new File(dir.toFile(), "missing.yaml");

        assertThatThrownBy(lint::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("missing.yaml").hasMessageContaining("<spec>");
    }

    @Test
    void check_without_a_base_url_or_a_token_is_a_build_error_naming_the_parameter() {
        CheckGoal noUrl = configured(new CheckGoal());
        assertThatThrownBy(noUrl::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("<baseUrl>");

        CheckGoal noToken = configured(new CheckGoal());
        noToken.baseUrl = "http://127.0.0.1:9";
        if (System.getenv("CONTRACT_TOKEN") == null) {
            assertThatThrownBy(noToken::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("<token>");
        }
    }

    @Test
    void bad_input_to_the_gate_and_check_engines_names_the_parameter_it_is_about() {
        GateGoal both = configured(new GateGoal());
        both.baseUrl = "http://127.0.0.1:9";
        both.token = "t";
        both.mock = true;
        assertThatThrownBy(both::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("(plugin parameter <mock>)");

        GateGoal notHttp = configured(new GateGoal());
        notHttp.baseUrl = "ftp://127.0.0.1/x";
        notHttp.token = "t";
        assertThatThrownBy(notHttp::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("(plugin parameter <baseUrl>)").hasMessageContaining("ftp://127.0.0.1/x");

        GateGoal statesWithoutServer = configured(new GateGoal());
        statesWithoutServer.providerStatesUrl = "http://127.0.0.1:9/states";
        assertThatThrownBy(statesWithoutServer::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("(plugin parameter <providerStatesUrl>)");

        DiffGoal unknownFailOn = configured(new DiffGoal());
        unknownFailOn.spec = Path.of(System.getProperty("contract.spec")).toFile();
        unknownFailOn.baseline = System.getProperty("contract.spec");
        unknownFailOn.failOn = "sometimes";
        assertThatThrownBy(unknownFailOn::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("(plugin parameter <failOn>)");

        DiffGoal unknownRevision = configured(new DiffGoal());
        unknownRevision.spec = Path.of(System.getProperty("contract.spec")).toFile();
        unknownRevision.baseline = "no-such-revision-xyz";
        assertThatThrownBy(unknownRevision::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("(plugin parameter <baseline>)");

        CheckGoal check = configured(new CheckGoal());
        check.baseUrl = "not a url";
        check.token = "t";
        assertThatThrownBy(check::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("(plugin parameter <baseUrl>)");
    }

    @Test
    void skip_runs_nothing() throws Exception {
        LintGoal lint = configured(new LintGoal());
        lint.skip = true;

        lint.execute();

        assertThat(dir.resolve("contract-report")).doesNotExist();
    }

    @Test
    void diff_of_a_spec_against_itself_passes_and_a_breaking_change_fails_the_build() throws Exception {
        Path spec = Path.of(System.getProperty("contract.spec"));
        DiffGoal same = configured(new DiffGoal());
        same.spec = spec.toFile();
        same.baseline = spec.toString();
        same.execute();

        Path changed = dir.resolve("changed.yaml");
        String text = Files.readString(spec);
        assertThat(text).contains("      operationId: DeleteAgentToken\n");
        Files.writeString(changed, text.replace("operationId: DeleteAgentToken\n", "operationId: RemoveAgentToken\n"));
        DiffGoal breaking = configured(new DiffGoal());
        breaking.spec = changed.toFile();
        breaking.baseline = spec.toString();
        breaking.noClient = true; // the verdict of the spec diff is what this test is about, not the clients
        assertThatThrownBy(breaking::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("contract-gate:diff found contract violations");
    }

    @Test
    void diff_of_a_git_revision_without_a_changed_spec_is_a_build_error_naming_the_parameter() {
        DiffGoal diff = configured(new DiffGoal());
        diff.baseline = "origin/main";

        assertThatThrownBy(diff::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("<spec>");
    }
}
