package dev.contractgate.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code contract-gate:lint}: the spec's own quality rules. */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST, requiresProject = false)
public class LintGoal extends ContractGoal {

    @Override
    List<String> arguments() throws MojoExecutionException {
        return command("lint");
    }
}
