package dev.contractgate.conformance.core;

/**
 * The run cannot happen because of what the user gave it (exit code 2). The message is one
 * line that names the file or URL, the place in it where known, and what to do.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
