package dev.contractgate.mock;

import dev.contractgate.mock.startup.StartupException;
import dev.contractgate.mock.startup.StartupOptions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import java.time.Clock;

/**
 * The agent-token mock server: a Spring Boot application on the generated
 * {@code dev.contractgate.server.api.AgentTokenApi} interface.
 *
 * <p>Run it with {@code java -jar mock-server/target/mock-server.jar --port 8080}, or in-process
 * with {@link #start(String...)}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MockServerApplication {

    public static void main(String[] args) {
        useAheadOfTimeContextIfBuilt();
        try {
            StartupOptions options = StartupOptions.parse(args);
            if (options.help()) {
                System.out.println(StartupOptions.usage());
                return;
            }
            start(options);
        } catch (StartupException e) {
            System.err.println("mock-server: " + e.getMessage());
            System.exit(StartupException.EXIT_CODE);
        }
    }

    /**
     * Starts the mock server and returns its context; close the context to stop it.
     *
     * @param args the command-line flags ({@code --port N}, {@code --admin}, {@code --seed FILE},
     *             {@code --tokens FILE}, {@code --bind ADDRESS}) and Spring-style {@code --name=value} properties
     * @throws StartupException on a bad flag or an unreadable seed or tokens file (one-line message)
     */
    public static ConfigurableApplicationContext start(String... args) {
        return start(StartupOptions.parse(args));
    }

    /**
     * The executable jar carries an AOT-processed context (spring-boot-maven-plugin process-aot),
     * which starts faster. Only the command line turns it on: the flag is JVM-wide, and in-process
     * users ({@link #start}) may run other Spring contexts; they can opt in with -Dspring.aot.enabled=true.
     */
    private static void useAheadOfTimeContextIfBuilt() {
        if (System.getProperty("spring.aot.enabled") == null && !Boolean.getBoolean("spring.aot.processing")
                && MockServerApplication.class.getResource("MockServerApplication__ApplicationContextInitializer.class") != null) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }

    /** The time source of createdAt, startAt and endAt (UTC). */
    /** What the store may hold: {@code --max-store-mb}, or a share of the heap. */
    @Bean
    dev.contractgate.mock.token.StoreBudget storeBudget(MockProperties properties) {
        return dev.contractgate.mock.token.StoreBudget.of(properties.maxStoreMb());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    private static ConfigurableApplicationContext start(StartupOptions options) {
        SpringApplication application = new SpringApplication(MockServerApplication.class);
        try {
            return application.run(options.allSpringArgs());
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // build-time AOT processing stops the run this way
        } catch (RuntimeException e) {
            throw StartupException.from(e);
        }
    }
}
