package dev.contractgate.mock.error;

import dev.contractgate.server.model.ApiError;
import dev.contractgate.server.model.FieldValidationError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Makes the spec's Error body ({@code statusCode} = HTTP status, {@code requestId} = the
 * {@code X-Request-Id} header, {@code fieldErrors} only when given) and logs each error once,
 * by request id, method and path; never headers or bodies, so never a secret.
 */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static ApiError body(HttpServletRequest request, HttpStatusCode status, String message,
                                List<FieldValidationError> fieldErrors) {
        ApiError error = new ApiError(message, RequestIds.of(request), status.value());
        error.setFieldErrors(fieldErrors == null || fieldErrors.isEmpty() ? null : fieldErrors);
        return error;
    }

    public static ResponseEntity<Object> response(HttpServletRequest request, HttpStatusCode status, String message,
                                                  List<FieldValidationError> fieldErrors, HttpHeaders headers) {
        HttpHeaders all = new HttpHeaders();
        if (headers != null) {
            all.putAll(headers);
        }
        all.remove(RequestIds.HEADER); // the request-id filter has set it already
        all.setContentType(MediaType.APPLICATION_JSON);
        log(request, status, message, null);
        return new ResponseEntity<>(body(request, status, message, fieldErrors), all, status);
    }

    /** A 500 for an unexpected failure, logged with its stack trace (no secret is ever put in a message). */
    public static ResponseEntity<Object> serverFailure(HttpServletRequest request, Throwable failure) {
        HttpStatusCode status = HttpStatusCode.valueOf(500);
        log(request, status, "unexpected failure", failure);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new ResponseEntity<>(body(request, status, "Internal server error", null), headers, status);
    }

    /** Logs an error answered outside Spring MVC (filters, the error page). */
    public static void logAnswered(HttpServletRequest request, HttpStatusCode status, String message) {
        log(request, status, message, null);
    }

    private static void log(HttpServletRequest request, HttpStatusCode status, String message, Throwable failure) {
        if (failure != null) {
            LOG.error("requestId={} status={} {} {}: {}", RequestIds.of(request), status.value(),
                    request.getMethod(), safe(request.getRequestURI()), safe(message), failure);
        } else if (status.is5xxServerError()) {
            LOG.error("requestId={} status={} {} {}: {}", RequestIds.of(request), status.value(),
                    request.getMethod(), safe(request.getRequestURI()), safe(message));
        } else if (LOG.isInfoEnabled()) {
            LOG.info("requestId={} status={} {} {}: {}", RequestIds.of(request), status.value(),
                    request.getMethod(), safe(request.getRequestURI()), safe(message));
        }
    }

    /** A value on one log line: control characters (CR, LF, ...) escaped, so no request can forge a line. */
    public static String safe(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
