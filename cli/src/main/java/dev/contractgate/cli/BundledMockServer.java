package dev.contractgate.cli;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.mock.MockServerApplication;
import dev.contractgate.mock.startup.StartupException;
import java.net.URI;
import java.util.List;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The bundled agent-token mock server, run in this JVM; close it to stop it. */
public final class BundledMockServer implements dev.contractgate.gate.Gate.MockServer {

    private final ConfigurableApplicationContext context;

    private BundledMockServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts it with the mock server's own flags; a bad flag is bad input (exit 2). */
    static BundledMockServer start(List<String> args, boolean verbose) {
        List<String> all = new java.util.ArrayList<>(args);
        if (!verbose) {
            // a start-up failure reaches the user as one line (exit 2), not as Spring's report
            all.add("--logging.level.org.springframework.boot.diagnostics=OFF");
            all.add("--logging.level.org.springframework.boot.web.servlet.context=ERROR");
        }
        // openapi-generator (used by `contract diff`) puts jmustache on the classpath, so Spring Boot
        // configures Mustache views; the mock server has no templates and renders JSON only
        all.add("--spring.mustache.check-template-location=false");
        try {
            return new BundledMockServer(MockServerApplication.start(all.toArray(String[]::new)));
        } catch (StartupException e) {
            throw new BadInputException("mock server: " + e.getMessage(), e);
        }
    }

    /** On a free port of 127.0.0.1, quiet, logging only warnings, with the provider-state endpoint for pact verification. */
    public static BundledMockServer startOnFreePort(boolean verbose) {
        return start(List.of("--port", "0", "--bind", "127.0.0.1", "--quiet", "--admin",
                "--logging.level.root=WARN", "--spring.main.log-startup-info=false"), verbose);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Pact's state-change URL of this server. */
    @Override
    public URI providerStatesUrl() {
        return URI.create(baseUrl() + dev.contractgate.mock.admin.AdminController.PROVIDER_STATES);
    }

    @Override
    public void close() {
        context.close();
    }
}
