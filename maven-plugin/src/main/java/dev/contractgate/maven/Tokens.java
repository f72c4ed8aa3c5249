package dev.contractgate.maven;

import org.apache.maven.plugin.MojoExecutionException;

/** The bearer token of a goal: its parameter, else CONTRACT_TOKEN; its value is never logged. */
final class Tokens {

    private Tokens() {
    }

    static String resolve(String parameter, String goal) throws MojoExecutionException {
        String token = parameter != null && !parameter.isBlank() ? parameter : System.getenv("CONTRACT_TOKEN");
        if (token == null || token.isBlank()) {
            throw new MojoExecutionException("contract-gate:" + goal + ": parameter <token> is not set and neither is "
                    + "the environment variable CONTRACT_TOKEN; set one to a token the server accepts");
        }
        dev.contractgate.conformance.core.SecretMasker.register(token);
        return token;
    }
}
