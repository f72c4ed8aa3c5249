package dev.contractgate.maven;

import dev.contractgate.cli.RunOutput;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.pacts.PactSpecCheck;
import dev.contractgate.gate.GateOption;
import dev.contractgate.gate.InvalidGateInput;
import java.io.File;
import java.io.PrintWriter;
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
    int run(PrintWriter out, PrintWriter err) throws MojoExecutionException {
        if (pacts == null || !pacts.exists()) {
            throw new MojoExecutionException("contract-gate:pacts: parameter <pacts> names " + pacts
                    + ", which does not exist; point it at the folder your consumer tests write pacts to");
        }
        SpecSource source = loadedSpec();
        RunResult result;
        try {
            result = new PactSpecCheck().check(source, pacts.toPath());
        } catch (dev.contractgate.conformance.core.BadInputException e) {
            throw new InvalidGateInput(GateOption.PACTS, e.getMessage());
        }
        // as `contract pacts`: no coverage minimum (a consumer's pacts cover the operations it uses)
        return RunOutput.finish(result, null, null, reports(name()).toPath(), out, err);
    }
}
