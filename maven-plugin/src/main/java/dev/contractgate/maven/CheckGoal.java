package dev.contractgate.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code contract-gate:check}: the conformance check of a running implementation. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST, requiresProject = false)
public class CheckGoal extends ContractGoal {

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

    @Override
    List<String> arguments() throws MojoExecutionException {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new MojoExecutionException("contract-gate:check: parameter <baseUrl> is not set; "
                    + "give the URL of the implementation to check (property contractgate.baseUrl)");
        }
        List<String> args = command("check");
        parameter(args, "--base-url", "baseUrl", baseUrl);
        parameter(args, "--token", "token", Tokens.resolve(token, "check"));
        parameter(args, "--forbidden-token", "forbiddenToken", blankAsUnset(forbiddenToken));
        parameter(args, "--forbidden-organization", "forbiddenOrganization", blankAsUnset(forbiddenOrganization));
        parameter(args, "--organization", "organization", blankAsUnset(organization));
        parameter(args, "--deployment", "deployment", blankAsUnset(deployment));
        return args;
    }

    private static String blankAsUnset(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
