package dev.contractgate.mock.startup;

/** The mock server could not start; the message is one line that says what to do. */
public class StartupException extends RuntimeException {

    /** The exit code of {@code java -jar mock-server.jar} on bad input or usage. */
    public static final int EXIT_CODE = 2;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Finds the one-line reason in a failed start, or wraps the failure as it is. */
    public static StartupException from(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupException startup) {
                return startup;
            }
            if (t.getClass().getName().equals("org.springframework.boot.web.server.PortInUseException")) {
                return new StartupException(t.getMessage() + "; choose another with --port", failure);
            }
        }
        return new StartupException("could not start: " + failure.getMessage(), failure);
    }
}
