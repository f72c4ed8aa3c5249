package dev.contractgate.mock.startup;

import dev.contractgate.mock.MockProperties;
import dev.contractgate.mock.auth.DevTokens;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the server listens and which bearer token to use, once it serves. */
@Component
public class StartupBanner {

    private final MockProperties properties;
    private final Environment environment;

    public StartupBanner(MockProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        if (properties.quiet() || !(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String host = environment.getProperty("server.address", "127.0.0.1");
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + web.getWebServer().getPort()
                + environment.getProperty("server.servlet.context-path", "");
        String tokens = properties.tokensFile() == null
                ? "bearer token: " + DevTokens.DEV_TOKEN + " (any organization), " + DevTokens.RESTRICTED_TOKEN
                        + " (only " + DevTokens.RESTRICTED_ORGANIZATION + ")"
                : "bearer tokens from " + properties.tokensFile();
        String admin = environment.getProperty("mock.admin.enabled", Boolean.class, false) ? "; admin endpoints on" : "";
        System.out.println("Agent-token mock server at " + url + " ; " + tokens + admin);
    }
}
