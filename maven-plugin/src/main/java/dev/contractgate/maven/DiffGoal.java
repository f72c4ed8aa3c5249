package dev.contractgate.maven;

import dev.contractgate.cli.RunOutput;
import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.DiffOptions;
import dev.contractgate.conformance.diff.GitRevisionSpec;
import dev.contractgate.gate.GateOption;
import dev.contractgate.gate.InvalidGateInput;
import dev.contractgate.gate.SpecChange;
import java.io.File;
import java.io.PrintWriter;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * {@code contract-gate:diff}: is the spec change between {@code baseline} and {@code spec} breaking, and
 * for whom. With neither {@code spec} nor a file, it answers a consumer's question before an upgrade:
 * does the spec of this release break my pacts compared with the release I use today?
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class DiffGoal extends ContractGoal {

    @Override
    String name() {
        return "diff";
    }

    /**
     * The spec before the change: a file; a released spec, as a version of
     * {@code dev.contractgate:agent-tokens-spec} (e.g. {@code 0.3.0}) or as {@code groupId:artifactId:version}
     * of a jar holding one spec; else a git revision of {@code spec} (e.g. {@code origin/main}).
     */
    @Parameter(property = "contractgate.baseline", required = true)
    String baseline;

    /** When the diff fails the build: any-breaking (default) or consumer-impact (only changes that break the given pacts). */
    @Parameter(property = "contractgate.failOn")
    String failOn;

    /** The consumer's pacts, to say which interactions a change breaks; used when the folder exists. */
    @Parameter(property = "contractgate.pacts", defaultValue = "${project.build.directory}/pacts")
    File pacts;

    /** A client jar built from {@code baseline}, to prove the regenerated client still reads responses. */
    @Parameter(property = "contractgate.clientJar")
    File clientJar;

    /**
     * Without {@code clientJar}: skip comparing the Java clients generated from {@code baseline} and {@code spec}
     * (the CLI's --no-client; saves building both).
     */
    @Parameter(property = "contractgate.noClient", defaultValue = "false")
    boolean noClient;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<RemoteRepository> repositories;

    @Component
    RepositorySystem repositorySystem;

    /** How a released baseline is found; the build's repositories unless a test sets another. */
    ReleaseResolver releases = this::resolveFromRepositories;

    @Override
    boolean checksTheClientsSpec() {
        return false;
    }

    /** Runs the spec-change engine with these parameters; bad input names the parameter it is about. */
    @Override
    int run(PrintWriter out, PrintWriter err) throws MojoExecutionException {
        if (baseline == null || baseline.isBlank()) {
            throw new MojoExecutionException("contract-gate:diff: parameter <baseline> is empty; give a spec file,"
                    + " a released version or a git revision");
        }
        File basedir = project == null ? null : project.getBasedir();
        Baseline base = Baseline.of(baseline, basedir);
        if (base.kind() == Baseline.Kind.GIT_REVISION && spec == null) {
            throw new MojoExecutionException("contract-gate:diff: <baseline> '" + baseline + "' is neither a file nor a"
                    + " released version, and a git revision needs parameter <spec>: the spec file in your work tree");
        }
        SpecSource changed = loadedSpec();
        SpecSource baseSpec;
        try {
            baseSpec = GitRevisionSpec.resolveBase(baseValue(base), specFile().toPath());
        } catch (BadInputException e) {
            throw new InvalidGateInput(GateOption.BASELINE, e.getMessage());
        }
        DiffOptions options = new DiffOptions(pacts != null && pacts.exists() ? pacts.toPath() : null, failOn(),
                clientJar == null ? null : clientJar.toPath(), null, false);
        return RunOutput.finish(SpecChange.diff(baseSpec, changed, options, noClient, err::println), null, null,
                reports(name()).toPath(), out, err);
    }

    private DiffOptions.FailOn failOn() {
        if (failOn == null || failOn.isBlank()) {
            return DiffOptions.FailOn.ANY_BREAKING;
        }
        try {
            return DiffOptions.FailOn.valueOf(failOn.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidGateInput(GateOption.FAIL_ON, "'" + failOn + "' is not one of any-breaking, consumer-impact");
        }
    }

    private String baseValue(Baseline base) throws MojoExecutionException {
        if (base.kind() != Baseline.Kind.RELEASE) {
            return base.value();
        }
        File jar = releases.resolve(base.value());
        File folder = new File(reports("diff").getParentFile(), "contract-gate-baseline");
        File spec = Baseline.extract(jar, base.value(), folder);
        getLog().info("contract-gate: baseline " + base.value() + " (" + spec + ")");
        return spec.getAbsolutePath();
    }

    private File resolveFromRepositories(String coordinates) throws MojoExecutionException {
        if (repositorySystem == null || repositorySession == null) {
            throw new MojoExecutionException("contract-gate:diff: <baseline> " + coordinates
                    + " is a release, but this build offers no repository to resolve it from");
        }
        ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates), repositories, null);
        try {
            return repositorySystem.resolveArtifact(repositorySession, request).getArtifact().getFile();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("contract-gate:diff: the released spec " + coordinates + " cannot be resolved"
                    + " from the build's repositories (" + firstLine(e.getMessage()) + "); check the version in"
                    + " <baseline>, or give a spec file (plugin parameter <baseline>)", e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "no reason given" : text.lines().findFirst().orElse(text);
    }
}
