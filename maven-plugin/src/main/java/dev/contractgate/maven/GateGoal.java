package dev.contractgate.maven;

import dev.contractgate.cli.BundledMockServer;
import dev.contractgate.cli.RunOutput;
import dev.contractgate.conformance.core.coverage.CoverageMinimum;
import dev.contractgate.gate.Gate;
import dev.contractgate.gate.GateOptions;
import dev.contractgate.gate.GateOptionsBuilder;
import java.io.File;
import java.io.PrintWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code contract-gate:gate}: lint, the pacts (when the folder holds any), and the conformance check
 * of {@code baseUrl} or, with {@code mock}, of the bundled mock server; one verdict.
 */
@Mojo(name = "gate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class GateGoal extends ContractGoal {

    @Override
    String name() {
        return "gate";
    }

    /** The consumer's recorded pacts; checked when the folder exists. */
    @Parameter(property = "contractgate.pacts", defaultValue = "${project.build.directory}/pacts")
    File pacts;

    /** An implementation to check; not set, no conformance check unless {@code mock} is true. */
    @Parameter(property = "contractgate.baseUrl")
    String baseUrl;

    /** A bearer token {@code baseUrl} accepts; not set, CONTRACT_TOKEN. Never logged. */
    @Parameter(property = "contractgate.token")
    String token;

    /**
     * With {@code baseUrl}: also verify the pacts against that server, setting up their provider states by
     * POSTing Pact's {@code {state, params, action}} here (e.g. {@code ${contractgate.mock.url}/_admin/provider-states}).
     */
    @Parameter(property = "contractgate.providerStatesUrl")
    String providerStatesUrl;

    /**
     * With {@code baseUrl}: a token that server accepts but refuses (403) on the organizations of the paths; the
     * check proves every operation answers 403 with it, and the pacts' 403 interactions are replayed with it. Never logged.
     */
    @Parameter(property = "contractgate.forbiddenToken")
    String forbiddenToken;

    /** Check the toolkit's bundled mock server too. */
    @Parameter(property = "contractgate.mock", defaultValue = "false")
    boolean mock;

    /**
     * Runs the {@link Gate} engine with these parameters as typed options: bad input names the parameter it is
     * about ({@link dev.contractgate.gate.InvalidGateInput}), the bundled mock server runs in this JVM.
     */
    @Override
    int run(PrintWriter out, PrintWriter err) throws MojoExecutionException {
        GateOptionsBuilder options = GateOptions.builder()
                .spec(loadedSpec(), specFile().getPath())
                .mock(mock);
        if (pacts != null && pacts.exists()) {
            options.pacts(pacts.toPath());
        } else {
            getLog().warn("contract-gate:gate: no pacts at " + pacts + "; the pacts stage is skipped");
        }
        if (baseUrl != null && !baseUrl.isBlank()) {
            options.baseUrl(baseUrl).token(Tokens.resolve(token, "gate"));
        }
        options.providerStatesUrl(providerStatesUrl);
        if (forbiddenToken != null && !forbiddenToken.isBlank()) {
            dev.contractgate.conformance.core.SecretMasker.register(forbiddenToken);
            options.forbiddenToken(forbiddenToken);
        }
        Gate.Outcome outcome = new Gate(() -> BundledMockServer.startOnFreePort(false),
                new Gate.Listener(err::println, Gate.Progress::quiet)).run(options.build());
        return RunOutput.finish(outcome.result(), outcome.serverChecked() ? CoverageMinimum.SUCCESS : CoverageMinimum.NONE,
                null, reports(name()).toPath(), out, err);
    }

}
