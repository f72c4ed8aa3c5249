package dev.contractgate.contracttests.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.TestTarget;
import dev.contractgate.mock.MockServerApplication;
import dev.contractgate.mock.state.ProviderStates;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The mock server started in this JVM on a free port of 127.0.0.1; provider states are set
 * up through its own {@link ProviderStates} bean, the way the app seeds its data.
 */
final class InProcessMockServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final ProviderStates states;
    private final int port;

    private InProcessMockServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.states = context.getBean(ProviderStates.class);
        this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    static InProcessMockServer start() {
        return new InProcessMockServer(MockServerApplication.start("--port", "0", "--bind", "127.0.0.1", "--quiet"));
    }

    TestTarget testTarget() {
        return new HttpTestTarget("127.0.0.1", port);
    }

    void setUp(String state, Map<String, Object> params) {
        states.apply(state, params);
    }

    void tearDown(String state, Map<String, Object> params) {
        states.tearDown(state, params);
    }

    @Override
    public void close() {
        context.close();
    }
}
