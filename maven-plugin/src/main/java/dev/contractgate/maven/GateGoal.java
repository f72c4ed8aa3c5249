package dev.contractgate.maven;

import java.io.File;
import java.util.List;
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

    @Override
    List<String> arguments() throws MojoExecutionException {
        List<String> args = command("gate");
        if (pacts != null && pacts.exists()) {
            parameter(args, "--pacts", "pacts", pacts);
        } else {
            getLog().warn("contract-gate:gate: no pacts at " + pacts + "; the pacts stage is skipped");
        }
        if (baseUrl != null && !baseUrl.isBlank()) {
            parameter(args, "--base-url", "baseUrl", baseUrl);
            parameter(args, "--token", "token", Tokens.resolve(token, "gate"));
        }
        if (providerStatesUrl != null && !providerStatesUrl.isBlank()) {
            parameter(args, "--provider-states-url", "providerStatesUrl", providerStatesUrl);
        }
        if (forbiddenToken != null && !forbiddenToken.isBlank()) {
            parameter(args, "--forbidden-token", "forbiddenToken", forbiddenToken);
        }
        if (mock) {
            args.add("--mock");
        }
        return args;
    }
}
