package dev.contractgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff goal's baseline as a released version: resolved from the build's repositories, then compared. */
class DiffBaselineTest {

    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();

    private static String releasedSpec() throws IOException {
        return Files.readString(Path.of(System.getProperty("contract.spec")));
    }

    private File jarWith(String entry, String content) throws IOException {
        File jar = dir.resolve("spec-" + asked.size() + "-" + System.nanoTime() + ".jar").toFile();
        try (OutputStream file = Files.newOutputStream(jar.toPath()); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            if (entry != null) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private DiffGoal diffAgainst(String baseline, File releasedJar) {
        DiffGoal goal = new DiffGoal();
        goal.reportDir = dir.resolve("target/contract-report").toFile();
        goal.pacts = dir.resolve("no-pacts").toFile();
        goal.baseline = baseline;
        goal.releases = coordinates -> {
            asked.add(coordinates);
            return releasedJar;
        };
        return goal;
    }

    @Test
    void a_version_names_the_released_spec_artifact_and_an_unchanged_spec_passes() throws Exception {
        DiffGoal goal = diffAgainst("0.0.9", jarWith("agent-tokens.yaml", releasedSpec()));

        goal.execute();

        assertThat(asked).containsExactly("dev.contractgate:agent-tokens-spec:0.0.9");
        assertThat(dir.resolve("target/contract-gate-baseline/dev.contractgate_agent-tokens-spec_0.0.9_agent-tokens.yaml"))
                .hasContent(releasedSpec());
    }

    @Test
    void a_release_whose_spec_had_an_operation_this_one_renamed_fails_the_build() throws Exception {
        String older = releasedSpec().replace("operationId: DeleteAgentToken\n", "operationId: RemoveAgentToken\n");
        assertThat(older).isNotEqualTo(releasedSpec());
        DiffGoal goal = diffAgainst("com.example:their-spec:2.1.0", jarWith("api.yml", older));

        assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("contract-gate:diff found contract violations");
        assertThat(asked).containsExactly("com.example:their-spec:2.1.0");
    }

    @Test
    void a_release_that_cannot_be_resolved_is_a_build_error_naming_the_parameter() {
        DiffGoal goal = diffAgainst("9.9.9", null);
        goal.releases = coordinates -> {
            throw new MojoExecutionException("contract-gate:diff: the released spec " + coordinates
                    + " cannot be resolved (plugin parameter <baseline>)");
        };

        assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("dev.contractgate:agent-tokens-spec:9.9.9").hasMessageContaining("<baseline>");
    }

    @Test
    void a_released_jar_without_a_spec_at_its_top_is_a_build_error_naming_the_jar() throws Exception {
        DiffGoal goal = diffAgainst("1.0.0", jarWith(null, null));

        assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("holds no spec").hasMessageContaining("<baseline>");
    }

    @Test
    void a_git_revision_without_a_spec_file_is_a_build_error_naming_spec() {
        DiffGoal goal = diffAgainst("origin/main", null);

        assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("<spec>");
        assertThat(asked).isEmpty();
    }

    @Test
    void baseline_is_read_as_file_then_release_then_git_revision() throws Exception {
        Files.writeString(dir.resolve("old.yaml"), "openapi: 3.0.3");
        File basedir = dir.toFile();

        assertThat(Baseline.of("old.yaml", basedir))
                .isEqualTo(new Baseline(Baseline.Kind.FILE, dir.resolve("old.yaml").toAbsolutePath().toString()));
        assertThat(Baseline.of("0.3.0", basedir).value()).isEqualTo("dev.contractgate:agent-tokens-spec:0.3.0");
        assertThat(Baseline.of("1.0.0-SNAPSHOT", basedir).kind()).isEqualTo(Baseline.Kind.RELEASE);
        assertThat(Baseline.of("g.h:spec:1", basedir).value()).isEqualTo("g.h:spec:1");
        assertThat(Baseline.of("origin/main", basedir).kind()).isEqualTo(Baseline.Kind.GIT_REVISION);
        assertThat(Baseline.of("v0.3.0", basedir).kind()).isEqualTo(Baseline.Kind.GIT_REVISION);
        assertThat(Baseline.of("HEAD~1", basedir).kind()).isEqualTo(Baseline.Kind.GIT_REVISION);
    }
}
