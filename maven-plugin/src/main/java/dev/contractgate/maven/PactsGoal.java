package dev.contractgate.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code contract-gate:pacts}: every interaction of the recorded pacts must be one the spec documents. */
@Mojo(name = "pacts", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class PactsGoal extends ContractGoal {

    @Override
    String name() {
        return "pacts";
    }

    /** The folder the consumer tests write their pact files to (searched recursively), or one pact file. */
    @Parameter(property = "contractgate.pacts", defaultValue = "${project.build.directory}/pacts")
    File pacts;

    @Override
    List<String> arguments() throws MojoExecutionException {
        if (pacts == null || !pacts.exists()) {
            throw new MojoExecutionException("contract-gate:pacts: parameter <pacts> names " + pacts
                    + ", which does not exist; point it at the folder your consumer tests write pacts to");
        }
        List<String> args = command("pacts");
        parameter(args, "--pacts", "pacts", pacts);
        return args;
    }
}
