package dev.contractgate.mock.state;

import dev.contractgate.mock.error.ApiException;
import org.springframework.http.HttpStatus;

/** An unknown provider state or bad state parameters: 400 on the admin endpoint. */
public class ProviderStateException extends ApiException {

    public ProviderStateException(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }
}
