package dev.contractgate.contracttests.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.TestTarget;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Optional;

/**
 * A provider that already runs somewhere ({@code -Dcontract.provider.url=http://host:port[/base]}),
 * with provider states set up through a Pact-style state-change URL when one is given.
 */
final class RemoteProvider implements ProviderTarget {

    private final URL url;
    private final StateHandler states;

    private RemoteProvider(URL url, StateHandler states) {
        this.url = url;
        this.states = states;
    }

    static RemoteProvider of(String url, String statesUrl) {
        return new RemoteProvider(parse(url, URL_PROPERTY), statesUrl == null ? null
                : new HttpStateChange(URI.create(parse(statesUrl, STATES_URL_PROPERTY).toString())));
    }

    @Override
    public TestTarget testTarget() {
        int port = url.getPort() > 0 ? url.getPort() : url.getDefaultPort();
        String path = url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
        return url.getProtocol().equals("https")
                ? new HttpsTestTarget(url.getHost(), port, path, false)
                : new HttpTestTarget(url.getHost(), port, path);
    }

    @Override
    public Optional<StateHandler> states() {
        return Optional.ofNullable(states);
    }

    @Override
    public String describe() {
        return url.toString();
    }

    @Override
    public void close() {
        // nothing of ours runs there
    }

    private static URL parse(String value, String property) {
        try {
            URL parsed = URI.create(value).toURL();
            if (!parsed.getProtocol().equals("http") && !parsed.getProtocol().equals("https")) {
                throw new IllegalArgumentException("not http(s)");
            }
            return parsed;
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new IllegalStateException("-D" + property + "=" + value
                    + " is not an http(s) URL; give one like http://127.0.0.1:8080");
        }
    }
}
