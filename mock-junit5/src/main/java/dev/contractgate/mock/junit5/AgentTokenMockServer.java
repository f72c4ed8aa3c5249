package dev.contractgate.mock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the agent-token mock server once for the annotated test class, out of process, on a
 * free port of 127.0.0.1; resets its state before each test (unless told not to); stops it after
 * the class, also when tests fail. Test methods and constructors take a {@link MockServer}
 * parameter: its base URL, the dev tokens, and provider-state setup.
 *
 * <pre>{@code
 * @AgentTokenMockServer
 * class MyClientTest {
 *     @Test
 *     void lists_tokens(MockServer mock) {
 *         mock.givenAgentTokens("org1", "dep1", 3);
 *         // call mock.baseUrl() with mock.devToken() ...
 *     }
 * }
 * }</pre>
 *
 * The server is the {@code dev.contractgate:mock-server} jar on the test class path (a test
 * dependency), or the jar named by the system property {@value MockServerProcess#JAR_PROPERTY}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AgentTokenMockServerExtension.class)
public @interface AgentTokenMockServer {

    /** Empty the server's store before each test (default), so tests do not see each other's tokens. */
    boolean resetBeforeEach() default true;
}
