package dev.contractgate.mock.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Answers with the spec's Error body from a servlet filter, before Spring MVC sees the request. */
@Component
public class FilterErrorWriter {

    private final ObjectMapper json;

    public FilterErrorWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        write(request, response, status, message, null);
    }

    /** The same, naming the fields that failed. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message,
                      java.util.List<dev.contractgate.server.model.FieldValidationError> fieldErrors) throws IOException {
        ApiErrors.logAnswered(request, status, message);
        response.setStatus(status.value());
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ApiErrors.body(request, status, message, fieldErrors));
    }
}
