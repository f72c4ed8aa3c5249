package dev.contractgate.contracttests;

import java.nio.file.Path;

/**
 * What the consumer and provider sides agree on: the pact's participants, the folder the
 * pacts live in, the provider-state names the mock server implements, and the example ids
 * and tokens the interactions use.
 */
public final class Pacts {

    public static final String CONSUMER = "agent-tokens-client";
    public static final String PROVIDER = "agent-token-api";

    /** Provider states: the mock server's own names. */
    public static final String NO_AGENT_TOKENS = dev.contractgate.mock.state.ProviderStates.NO_AGENT_TOKENS;
    public static final String HAS_AGENT_TOKEN = dev.contractgate.mock.state.ProviderStates.HAS_AGENT_TOKEN;
    public static final String HAS_AGENT_TOKENS = dev.contractgate.mock.state.ProviderStates.HAS_AGENT_TOKENS;
    public static final String HAS_50_AGENT_TOKENS = dev.contractgate.mock.state.ProviderStates.HAS_50_AGENT_TOKENS;

    public static final String ORGANIZATION = "clm8pxjjw000008l23jm08hyu";
    public static final String DEPLOYMENT = "clm8t5u4q000008jq4qoc3031";
    /** A Deployment that holds the most agent tokens it can (50). */
    public static final String FULL_DEPLOYMENT = "clmfulldeployment00000050";
    /** A Deployment without agent tokens. */
    public static final String EMPTY_DEPLOYMENT = "clmemptydeployment0000000";
    public static final String AGENT_TOKEN = "clm8q7f6q000008lcgyougpsk";
    public static final String MISSING_AGENT_TOKEN = "clmmissingtoken0000000000";

    /** The mock server's documented local bearer tokens (not secrets; never valid elsewhere). */
    public static final String DEV_TOKEN = dev.contractgate.mock.auth.DevTokens.DEV_TOKEN;
    /** Accepted only on organization {@code clmrestrictedorg000000001}: 403 on {@link #ORGANIZATION}. */
    public static final String RESTRICTED_TOKEN = dev.contractgate.mock.auth.DevTokens.RESTRICTED_TOKEN;
    /**
     * A bearer token no provider knows: the 401 interactions send it, exactly, so that every
     * interaction is told apart by its request alone (a request without the header would match
     * any interaction of its path, since Pact ignores headers an interaction does not name).
     */
    public static final String UNKNOWN_TOKEN = "cg-unknown-token";

    private Pacts() {
    }

    /** The folder pacts are written to and verified from: system property {@code pact.rootDir}. */
    public static Path folder() {
        return Path.of(System.getProperty("pact.rootDir", "target/pacts"));
    }

    public static Path pactFile() {
        return folder().resolve(CONSUMER + "-" + PROVIDER + ".json");
    }

    public static Path spec() {
        String spec = System.getProperty("contract.spec");
        if (spec == null || spec.isBlank()) {
            throw new IllegalStateException("system property contract.spec is not set (run through Maven, which sets it)");
        }
        return Path.of(spec);
    }
}
