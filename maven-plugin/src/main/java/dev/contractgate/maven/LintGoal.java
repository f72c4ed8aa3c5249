package dev.contractgate.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code contract-gate:lint}: the spec's own quality rules. */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST, requiresProject = false)
public class LintGoal extends ContractGoal {

    @Override
    String name() {
        return "lint";
    }

    @Override
    int run(java.io.PrintWriter out, java.io.PrintWriter err) throws org.apache.maven.plugin.MojoExecutionException {
        return dev.contractgate.cli.RunOutput.finish(new dev.contractgate.conformance.lint.SpecLint().lint(loadedSpec()),
                null, null, reports(name()).toPath(), out, err);
    }
}
