package dev.contractgate.mock.error;

import dev.contractgate.server.model.FieldValidationError;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The request broke documented constraints: 400 with one fieldErrors entry per constraint. */
public class RequestValidationException extends ApiException {

    private final List<FieldValidationError> fieldErrors;

    public RequestValidationException(List<FieldValidationError> fieldErrors) {
        super(HttpStatus.BAD_REQUEST, FieldErrors.summary(fieldErrors));
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public List<FieldValidationError> fieldErrors() {
        return fieldErrors;
    }
}
