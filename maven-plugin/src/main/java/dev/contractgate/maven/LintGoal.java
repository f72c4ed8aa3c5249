package dev.contractgate.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code contract-gate:lint}: the spec's own quality rules. */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class LintGoal extends ContractGoal {

    @Override
    List<String> arguments() {
        return command("lint");
    }
}
