package dev.contractgate.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code contract-gate:diff}: is the spec change between {@code baseline} and {@code spec} breaking, and for whom. */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class DiffGoal extends ContractGoal {

    /** The spec before the change: a file, or a git revision of {@code spec} (e.g. origin/main). */
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

    @Override
    List<String> arguments() throws MojoExecutionException {
        if (spec == null) {
            throw new MojoExecutionException("contract-gate:diff: parameter <spec> is not set; "
                    + "give the changed spec to compare with <baseline>");
        }
        List<String> args = command("diff");
        parameter(args, "--base", "baseline", baseline);
        parameter(args, "--fail-on", "failOn", failOn);
        if (pacts != null && pacts.exists()) {
            parameter(args, "--pacts", "pacts", pacts);
        }
        parameter(args, "--client-jar", "clientJar", clientJar);
        return args;
    }
}
