package dev.contractgate.mock.error;

import org.springframework.http.HttpStatus;

/** A failure the API reports with the spec's Error body and the given status. */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;

    protected ApiException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
