package dev.contractgate.maven;

import dev.contractgate.conformance.core.SpecProvenance;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Refuses a build that mixes releases: the generated client the project depends on must have been
 * built from the spec a goal checks (or from the spec of the mock server it starts). Every jar of a
 * release records its spec's SHA-256 in its manifest; a jar that records none (a development build)
 * is not compared.
 */
final class ReleaseMix {

    static final String BUNDLED_SPEC = "agent-tokens.yaml";
    static final String CLIENT_GROUP = "dev.contractgate";
    static final String CLIENT_ARTIFACT = "agent-tokens-client";
    static final String HINT = "take both from one release of contract-gate-bom, or set <allowSpecMismatch>true</allowSpecMismatch>"
            + " (-Dcontractgate.allowSpecMismatch=true)";

    private ReleaseMix() {
    }

    /** The agent-token client jar among the project's resolved dependencies. */
    static Optional<File> clientJar(MavenProject project) {
        if (project == null || project.getArtifacts() == null) {
            return Optional.empty();
        }
        return project.getArtifacts().stream()
                .filter(a -> CLIENT_GROUP.equals(a.getGroupId()) && CLIENT_ARTIFACT.equals(a.getArtifactId()))
                .map(Artifact::getFile).filter(f -> f != null && f.isFile()).findFirst();
    }

    /**
     * @param goal     the goal refusing, e.g. {@code contract-gate:lint}
     * @param other    what the client is compared with, as the user knows it
     * @param otherSha the SHA-256 of that spec, empty when unknown
     */
    static void requireSameSpec(String goal, MavenProject project, String other, Optional<String> otherSha)
            throws MojoExecutionException {
        Optional<File> client = clientJar(project);
        if (client.isEmpty() || otherSha.isEmpty()) {
            return;
        }
        Optional<String> clientSha = SpecProvenance.of(client.get().toPath());
        if (clientSha.isPresent() && !clientSha.get().equalsIgnoreCase(otherSha.get())) {
            throw new MojoExecutionException(goal + ": the project's " + client.get().getName() + " was built from the spec with"
                    + " SHA-256 " + shortSha(clientSha.get()) + ", " + other + " is the spec with SHA-256 "
                    + shortSha(otherSha.get()) + "; " + HINT);
        }
    }

    /** The SHA-256 of a spec file's bytes, as the build records it; empty when the file cannot be read (the command says why). */
    static Optional<String> ofFile(File spec) {
        try {
            return Optional.of(SpecProvenance.sha256(Files.readAllBytes(spec.toPath())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The SHA-256 of the spec this plugin was released with (the agent-tokens-spec artifact on its class path). */
    static Optional<String> ofBundledSpec() {
        try (InputStream in = ReleaseMix.class.getClassLoader().getResourceAsStream(BUNDLED_SPEC)) {
            return in == null ? Optional.empty() : Optional.of(SpecProvenance.sha256(in.readAllBytes()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Copies the spec this plugin was released with to {@code buildDirectory}/contract-gate-spec/ and returns the copy. */
    static File bundledSpecIn(File buildDirectory) throws MojoExecutionException {
        try (InputStream in = ReleaseMix.class.getClassLoader().getResourceAsStream(BUNDLED_SPEC)) {
            if (in == null) {
                throw new MojoExecutionException("this plugin carries no bundled " + BUNDLED_SPEC
                        + "; set parameter <spec> to the path of an OpenAPI 3 file");
            }
            byte[] bytes = in.readAllBytes();
            Path copy = buildDirectory.toPath().resolve("contract-gate-spec").resolve(BUNDLED_SPEC);
            if (!Files.isRegularFile(copy) || !java.util.Arrays.equals(Files.readAllBytes(copy), bytes)) {
                Files.createDirectories(copy.getParent());
                Files.write(copy, bytes);
            }
            return copy.toFile();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot copy the bundled spec to " + buildDirectory + ": " + e.getMessage(), e);
        }
    }

    private static String shortSha(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }
}
