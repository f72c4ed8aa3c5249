package dev.contractgate.mock.junit5;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link AgentTokenMockServer}: one server process per test class, kept in
 * the class's extension store (so JUnit closes it after the class, whatever the tests did),
 * reset before each test, injected as a {@link MockServer} parameter.
 */
public final class AgentTokenMockServerExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AgentTokenMockServerExtension.class);

    /**
     * The process and its client, closed by JUnit with the class's store: AutoCloseable for JUnit 5.13 and
     * later (which warns about a CloseableResource that is not), CloseableResource for the JUnits before.
     */
    @SuppressWarnings("deprecation")
    private record Running(MockServerProcess process, MockServer server)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            process.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean reset = context.getRequiredTestClass().isAnnotationPresent(AgentTokenMockServer.class)
                ? context.getRequiredTestClass().getAnnotation(AgentTokenMockServer.class).resetBeforeEach() : true;
        if (reset) {
            running(context).server().reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MockServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).server();
    }

    private static Running running(ExtensionContext context) {
        ExtensionContext classContext = context.getTestClass().isPresent() && context.getTestMethod().isPresent()
                ? context.getParent().orElse(context) : context;
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> {
            MockServerProcess process = MockServerProcess.start();
            return new Running(process, new MockServer(process.baseUrl()));
        }, Running.class);
    }
}
