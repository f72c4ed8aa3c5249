package dev.contractgate.maven;

import dev.contractgate.cli.RunOutput;
import dev.contractgate.conformance.check.CheckListener;
import dev.contractgate.conformance.check.CheckOptions;
import dev.contractgate.conformance.check.ConformanceCheck;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.coverage.CoverageMinimum;
import dev.contractgate.gate.GateOption;
import dev.contractgate.gate.HttpUrl;
import dev.contractgate.gate.InvalidGateInput;
import java.io.PrintWriter;
import java.net.URI;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code contract-gate:check}: the conformance check of a running implementation. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST, requiresProject = false)
public class CheckGoal extends ContractGoal {

    @Override
    String name() {
        return "check";
    }

    /** The implementation's base URL, e.g. http://localhost:8080 (the spec's paths are appended to it as written). */
    @Parameter(property = "contractgate.baseUrl", required = true)
    String baseUrl;

    /** A bearer token it accepts; not set, the environment variable CONTRACT_TOKEN. Never logged. */
    @Parameter(property = "contractgate.token")
    String token;

    /** A token the implementation accepts but restricts to another organization: every operation must answer 403 with it. Never logged. */
    @Parameter(property = "contractgate.forbiddenToken")
    String forbiddenToken;

    /** The organization {@code forbiddenToken} may act on (the check proves it works there). */
    @Parameter(property = "contractgate.forbiddenOrganization")
    String forbiddenOrganization;

    /** organizationId for the paths; not set, the spec's example. */
    @Parameter(property = "contractgate.organization")
    String organization;

    /** deploymentId for the paths; not set, the spec's example. */
    @Parameter(property = "contractgate.deployment")
    String deployment;

    /**
     * Runs the conformance check engine with these parameters as typed options: bad input names the parameter it
     * is about ({@link InvalidGateInput}).
     */
    @Override
    int run(PrintWriter out, PrintWriter err) throws MojoExecutionException {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new MojoExecutionException("contract-gate:check: parameter <baseUrl> is not set; "
                    + "give the URL of the implementation to check (property contractgate.baseUrl)");
        }
        SpecSource source = loadedSpec();
        URI base;
        try {
            base = HttpUrl.parse(baseUrl, "baseUrl");
        } catch (dev.contractgate.conformance.core.BadInputException e) {
            throw new InvalidGateInput(GateOption.BASE_URL, e.getMessage());
        }
        CheckOptions options = CheckOptions.of(base, Tokens.resolve(token, "check"));
        String restricted = blankAsUnset(forbiddenToken);
        String restrictedOrganization = blankAsUnset(forbiddenOrganization);
        if (restrictedOrganization != null && restricted == null) {
            throw new InvalidGateInput(GateOption.FORBIDDEN_TOKEN, "forbiddenOrganization needs forbiddenToken: the"
                    + " token restricted to that organization");
        }
        if (restricted != null) {
            dev.contractgate.conformance.core.SecretMasker.register(restricted);
            options = options.withForbiddenToken(restricted, restrictedOrganization);
        }
        if (blankAsUnset(organization) != null) {
            options = options.withPathValue("organizationId", organization);
        }
        if (blankAsUnset(deployment) != null) {
            options = options.withPathValue("deploymentId", deployment);
        }
        return RunOutput.finish(ConformanceCheck.run(source, options, CheckListener.NONE), CoverageMinimum.SUCCESS, null,
                reports(name()).toPath(), out, err);
    }

    private static String blankAsUnset(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
