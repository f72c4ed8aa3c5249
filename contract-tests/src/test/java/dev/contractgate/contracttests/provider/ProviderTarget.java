package dev.contractgate.contracttests.provider;

import au.com.dius.pact.provider.junit5.TestTarget;
import java.util.Optional;

/**
 * What provider verification runs against: the mock server in this JVM, or any running
 * implementation named by {@code -Dcontract.provider.url}.
 */
interface ProviderTarget extends AutoCloseable {

    String URL_PROPERTY = "contract.provider.url";
    String STATES_URL_PROPERTY = "contract.provider.states-url";

    TestTarget testTarget();

    /** How provider states are set up here; empty when they cannot be. */
    Optional<StateHandler> states();

    /** For messages: what is being verified. */
    String describe();

    @Override
    void close();

    /** The mock server in-process, unless {@value #URL_PROPERTY} names a running provider. */
    static ProviderTarget fromSystemProperties() {
        String url = System.getProperty(URL_PROPERTY, "").trim();
        if (url.isEmpty()) {
            return InProcessMockServer.start();
        }
        String statesUrl = System.getProperty(STATES_URL_PROPERTY, "").trim();
        return RemoteProvider.of(url, statesUrl.isEmpty() ? null : statesUrl);
    }
}
