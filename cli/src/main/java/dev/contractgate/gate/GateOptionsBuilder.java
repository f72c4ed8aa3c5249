package dev.contractgate.gate;

import dev.contractgate.conformance.check.CheckOptions;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.pacts.ProviderVerification;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds {@link GateOptions} from what a front end read (flags or plugin parameters), checking them
 * together: one of a server URL and the bundled mock, a token with a URL, the restricted token and the
 * state-change URL only with a URL, URLs that are HTTP. Each refusal is an {@link InvalidGateInput}
 * naming its {@link GateOption}.
 */
public final class GateOptionsBuilder {

    /** Where the consumer tests of this repository record their pacts. */
    public static final Path DEFAULT_PACTS = Path.of("contract-tests/target/pacts");
    /** The marker of the toolkit's own clone, where checking the bundled mock server is the main job. */
    public static final Path TOOLKIT_MARKER = Path.of("mock-server", "pom.xml");

    private SpecSource spec;
    private String specDescription = "";
    private Path pacts;
    private String baseUrl;
    private String token;
    private String forbiddenToken;
    private String providerStatesUrl;
    private boolean mock;
    private boolean allowSpecMismatch;
    private long seed = CheckOptions.DEFAULT_SEED;
    private Function<URI, CheckOptions> serverOptions;

    GateOptionsBuilder() {
    }

    public GateOptionsBuilder spec(SpecSource source, String description) {
        this.spec = source;
        this.specDescription = description;
        return this;
    }

    /** The pacts folder; null: {@link #DEFAULT_PACTS}, whose stage is skipped (and said) when it holds none. */
    public GateOptionsBuilder pacts(Path folder) {
        this.pacts = folder;
        return this;
    }

    /** A running implementation to check instead of the bundled mock server. */
    public GateOptionsBuilder baseUrl(String url) {
        this.baseUrl = blankAsNull(url);
        return this;
    }

    public GateOptionsBuilder token(String value) {
        this.token = blankAsNull(value);
        return this;
    }

    public GateOptionsBuilder forbiddenToken(String value) {
        this.forbiddenToken = value;
        return this;
    }

    public GateOptionsBuilder providerStatesUrl(String url) {
        this.providerStatesUrl = blankAsNull(url);
        return this;
    }

    public GateOptionsBuilder mock(boolean checkTheBundledMock) {
        this.mock = checkTheBundledMock;
        return this;
    }

    public GateOptionsBuilder allowSpecMismatch(boolean allow) {
        this.allowSpecMismatch = allow;
        return this;
    }

    public GateOptionsBuilder seed(long value) {
        this.seed = value;
        return this;
    }

    /**
     * How the server at the base URL is checked, beyond its URL, token and restricted token (the CLI's
     * check options: path values, bounds, sequences); not set, the defaults.
     */
    public GateOptionsBuilder serverOptions(Function<URI, CheckOptions> options) {
        this.serverOptions = options;
        return this;
    }

    public GateOptions build() {
        if (spec == null) {
            throw new InvalidGateInput(GateOption.SPEC, "no spec to gate");
        }
        if (baseUrl != null && mock) {
            throw new InvalidGateInput(GateOption.MOCK, "--base-url and --mock each name what to check; give one of them");
        }
        if (providerStatesUrl != null && baseUrl == null) {
            throw new InvalidGateInput(GateOption.PROVIDER_STATES_URL, "--provider-states-url goes with --base-url: the"
                    + " bundled mock server's pacts are verified through its own state endpoint; drop the flag, or name"
                    + " the server with --base-url");
        }
        if (forbiddenToken != null && (baseUrl == null || forbiddenToken.isBlank())) {
            throw new InvalidGateInput(GateOption.FORBIDDEN_TOKEN, baseUrl == null
                    ? "--forbidden-token goes with --base-url: the bundled mock server has its own restricted token; drop"
                    + " the flag, or name the server with --base-url"
                    : "--forbidden-token is empty: give a token the server accepts but refuses on the organizations of the paths");
        }
        Path folder = pacts != null ? pacts : DEFAULT_PACTS;
        if (baseUrl == null) {
            GateOptions.Target target = mock || Files.isRegularFile(TOOLKIT_MARKER) ? GateOptions.Target.MOCK
                    : GateOptions.Target.NONE;
            return new GateOptions(spec, specDescription, folder, pacts != null, target, null, null, null,
                    allowSpecMismatch, seed);
        }
        if (token == null) {
            throw new InvalidGateInput(GateOption.TOKEN, "--base-url needs --token (or CONTRACT_TOKEN set): a token the"
                    + " server at that URL accepts");
        }
        URI base = httpUri(baseUrl, GateOption.BASE_URL);
        CheckOptions server = (serverOptions != null ? serverOptions.apply(base) : CheckOptions.of(base, token));
        if (forbiddenToken != null && server.forbiddenToken() == null) {
            server = server.withForbiddenToken(forbiddenToken, null);
        }
        URI states = providerStatesUrl == null ? null : httpUri(providerStatesUrl, GateOption.PROVIDER_STATES_URL);
        return new GateOptions(spec, specDescription, folder, pacts != null, GateOptions.Target.URL, server, states,
                credentials(token, forbiddenToken), allowSpecMismatch, seed);
    }

    /**
     * Pacts recorded against the bundled mock server carry its dev tokens; another server is sent the tokens it
     * accepts instead: the token for the dev token, the restricted token for the restricted one.
     */
    static ProviderVerification.Credentials credentials(String token, String forbiddenToken) {
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put("Bearer " + dev.contractgate.mock.auth.DevTokens.DEV_TOKEN, "Bearer " + token);
        String restricted = "Bearer " + dev.contractgate.mock.auth.DevTokens.RESTRICTED_TOKEN;
        if (forbiddenToken == null) {
            return new ProviderVerification.Credentials(replacements, Map.of(restricted,
                    "recorded with the bundled mock server's restricted token: pass --forbidden-token, a token this server"
                            + " accepts but refuses on the organizations of the paths"));
        }
        replacements.put(restricted, "Bearer " + forbiddenToken);
        return new ProviderVerification.Credentials(replacements, Map.of());
    }

    /** An absolute http(s) URL, or bad input naming {@code option}. */
    static URI httpUri(String url, GateOption option) {
        try {
            return HttpUrl.parse(url, option.flag());
        } catch (dev.contractgate.conformance.core.BadInputException e) {
            throw new InvalidGateInput(option, e.getMessage());
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
