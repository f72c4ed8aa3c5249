package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRevisionSpecTest {

    @TempDir
    Path repo;

    private Path spec;

    @BeforeEach
    void commit_the_base_then_edit_the_work_tree() throws Exception {
        spec = repo.resolve("api.yaml");
        Files.copy(RuleFixtures.resource("rules/diff.response.field-removed_base.yaml"), spec);
        git("init", "-q");
        git("add", "api.yaml");
        git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "base");
        Files.copy(RuleFixtures.resource("rules/diff.response.field-removed_changed.yaml"), spec,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void base_given_as_a_revision_is_read_from_git() {
        SpecSource base = GitRevisionSpec.resolveBase("HEAD", spec);
        RunResult result = new SpecDiff().diff(base, SpecSource.load(spec), DiffOptions.defaults());
        assertThat(result.findings()).extracting(Finding::rule).containsOnly(DiffRules.RESPONSE_FIELD_REMOVED);
        assertThat(result.findings().get(0).location().file()).isEqualTo("HEAD:api.yaml");
    }

    @Test
    void base_given_as_a_file_is_read_from_the_file() {
        SpecSource base = GitRevisionSpec.resolveBase(spec.toString(), spec);
        assertThat(new SpecDiff().diff(base, SpecSource.load(spec), DiffOptions.defaults()).findings()).isEmpty();
    }

    @Test
    void unknown_revision_is_bad_input_naming_the_revision() {
        assertThatThrownBy(() -> GitRevisionSpec.resolveBase("no-such-branch", spec))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'no-such-branch'")
                .hasMessageNotContaining("\n");
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("git " + String.join(" ", args)).isZero();
    }

    @org.junit.jupiter.api.Test
    void a_base_that_git_would_read_as_an_option_is_bad_input_and_never_reaches_git(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path written = dir.resolve("written.txt");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GitRevisionSpec.read(java.nio.file.Path.of("."),
                        "--output=" + written, "openapi/agent-tokens.yaml"))
                .isInstanceOf(dev.contractgate.conformance.core.BadInputException.class)
                .hasMessageContaining("cannot start with '-'");
        org.assertj.core.api.Assertions.assertThat(written).doesNotExist();
    }
}
