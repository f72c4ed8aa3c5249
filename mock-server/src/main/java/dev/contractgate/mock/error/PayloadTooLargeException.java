package dev.contractgate.mock.error;

import java.io.IOException;

/** The request body is larger than {@code mock.max-body-bytes}: 413. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("Request body too large: at most " + limit + " bytes are accepted");
    }
}
