package dev.contractgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project whose generated client comes from another release than the spec a goal checks is refused in one line. */
class ReleaseMixTest {

    private static final String OTHER_SPEC_SHA = "0f".repeat(32);

    @TempDir
    Path dir;

    private MavenProject projectWithClientBuiltFrom(String specSha) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Spec-SHA256", specSha);
        File jar = dir.resolve("agent-tokens-client-0.0.1.jar").toFile();
        try (OutputStream out = Files.newOutputStream(jar.toPath()); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all this client needs to say where it came from
        }
        Artifact client = new DefaultArtifact("dev.contractgate", "agent-tokens-client", "0.0.1", "compile", "jar", null,
                new DefaultArtifactHandler("jar"));
        client.setFile(jar);
        MavenProject project = new MavenProject();
        project.setArtifacts(Set.of(client));
        return project;
    }

    private LintGoal lint(MavenProject project) {
        LintGoal lint = new LintGoal();
        lint.project = project;
        lint.reportDir = dir.resolve("contract-report").toFile();
        return lint;
    }

    @Test
    void a_client_built_from_another_spec_than_the_plugins_release_is_refused_in_one_line() throws Exception {
        LintGoal lint = lint(projectWithClientBuiltFrom(OTHER_SPEC_SHA));

        assertThatThrownBy(lint::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("agent-tokens-client-0.0.1.jar").hasMessageContaining("0f0f0f0f0f0f")
                .hasMessageContaining("<allowSpecMismatch>")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(dir.resolve("contract-report")).as("refused before running").doesNotExist();
    }

    @Test
    void a_client_built_from_the_same_spec_passes_and_allow_spec_mismatch_lets_a_mix_go_on() throws Exception {
        String releaseSpec = ReleaseMix.ofBundledSpec().orElseThrow();
        lint(projectWithClientBuiltFrom(releaseSpec)).execute();

        LintGoal mixed = lint(projectWithClientBuiltFrom(OTHER_SPEC_SHA));
        mixed.allowSpecMismatch = true;
        mixed.execute();
        assertThat(dir.resolve("contract-report/contract-report.json")).exists();
    }

    @Test
    void a_spec_file_is_compared_by_its_own_digest() throws Exception {
        Path spec = Path.of(System.getProperty("contract.spec"));
        String specSha = ReleaseMix.ofFile(spec.toFile()).orElseThrow();
        LintGoal lint = lint(projectWithClientBuiltFrom(specSha));
        lint.spec = spec.toFile();
        lint.execute();

        Path edited = dir.resolve("edited.yaml");
        Files.writeString(edited, Files.readString(spec) + "\n# edited\n");
        LintGoal other = lint(projectWithClientBuiltFrom(specSha));
        other.spec = edited.toFile();
        assertThatThrownBy(other::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("<spec> " + edited);
    }

    @Test
    void mock_start_refuses_a_client_built_from_another_spec_than_its_mock_server() throws Exception {
        MockStartGoal start = new MockStartGoal();
        start.project = projectWithClientBuiltFrom(OTHER_SPEC_SHA);
        Path mockJar = dir.resolve("mock-server-0.1.0.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Spec-SHA256", "ab".repeat(32));
        try (OutputStream out = Files.newOutputStream(mockJar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the mock server's manifest records the spec it serves
        }
        Artifact mock = new DefaultArtifact("dev.contractgate", "mock-server", "0.1.0", "runtime", "jar", null,
                new DefaultArtifactHandler("jar"));
        mock.setFile(mockJar.toFile());
        start.pluginArtifacts = java.util.List.of(mock);

        assertThatThrownBy(start::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("contract-gate:mock-start").hasMessageContaining("mock server")
                .hasMessageContaining("abababababab");
        assertThat(start.project.getProperties()).doesNotContainKey("contractgate.mock.url");
    }
}
