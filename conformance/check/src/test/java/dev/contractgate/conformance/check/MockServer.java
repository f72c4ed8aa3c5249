package dev.contractgate.conformance.check;

import dev.contractgate.mock.MockServerApplication;
import java.net.URI;
import org.springframework.context.ConfigurableApplicationContext;

/** The real mock server, started once per test JVM on a free port of 127.0.0.1. */
final class MockServer {

    static final String TOKEN = dev.contractgate.mock.auth.DevTokens.DEV_TOKEN;
    static final String RESTRICTED_TOKEN = dev.contractgate.mock.auth.DevTokens.RESTRICTED_TOKEN;
    static final String RESTRICTED_ORGANIZATION = dev.contractgate.mock.auth.DevTokens.RESTRICTED_ORGANIZATION;

    private static URI url;

    private MockServer() {
    }

    static synchronized URI url() {
        if (url == null) {
            ConfigurableApplicationContext context = MockServerApplication.start("--port", "0", "--bind", "127.0.0.1",
                    "--quiet");
            url = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return url;
    }
}
