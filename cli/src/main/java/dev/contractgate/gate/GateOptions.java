package dev.contractgate.gate;

import dev.contractgate.conformance.check.CheckOptions;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.pacts.ProviderVerification;
import java.net.URI;
import java.nio.file.Path;

/**
 * What one gate run does, typed and checked: the spec, the pacts folder (given, or the default that may
 * hold none), and what the check stage runs against: a server the user names (with its check options, and
 * a state-change URL and credentials to replay the pacts there), the bundled mock server, or nothing.
 * Built by {@link #builder()}, which refuses inconsistent input with the {@link GateOption} it is about.
 */
public record GateOptions(SpecSource spec, String specDescription, Path pacts, boolean pactsGiven, Target target,
                          CheckOptions server, URI providerStates, ProviderVerification.Credentials credentials,
                          boolean allowSpecMismatch, long seed) {

    /** What the check stage runs against. */
    public enum Target { MOCK, URL, NONE }

    public static GateOptionsBuilder builder() {
        return new GateOptionsBuilder();
    }
}
