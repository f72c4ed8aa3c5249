package dev.contractgate.mock.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.contractgate.mock.token.TokenOrder;
import dev.contractgate.server.model.FieldValidationError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure inside Spring MVC, ours and Spring's own, into the spec's Error body.
 * Spring's exceptions arrive through {@link ResponseEntityExceptionHandler}, which maps each to
 * its status; we replace its ProblemDetail body with ours and add {@code fieldErrors} where
 * the request failed validation.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException ex, HttpServletRequest request) {
        List<FieldValidationError> fieldErrors = ex instanceof RequestValidationException invalid
                ? invalid.fieldErrors() : null;
        return ApiErrors.response(request, ex.status(), ex.getMessage(), fieldErrors, null);
    }

    /** Query-parameter constraints of the generated interface (method validation). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolations(ConstraintViolationException ex, HttpServletRequest request) {
        List<FieldValidationError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            errors.add(FieldErrors.of(violation, FieldErrors.fieldOf(violation)));
        }
        errors.addAll(sortsProblems(request)); // so one answer names every bad parameter
        errors.sort((a, b) -> a.getField().compareTo(b.getField()));
        return invalid(request, errors);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
        return ApiErrors.serverFailure(request, ex);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldValidationError> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(fromBinding(error, error.getField()));
        }
        for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
            errors.add(fromBinding(error, FieldErrors.BODY));
        }
        return invalid(servlet(request), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldValidationError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = result.getMethodParameter().getParameterName();
            String field = name == null ? FieldErrors.BODY : name;
            if (error instanceof ObjectError objectError) {
                errors.add(fromBinding(objectError, field));
            } else {
                errors.add(FieldErrors.of(result.unwrap(error, ConstraintViolation.class), field));
            }
        }));
        errors.addAll(sortsProblems(servlet(request)));
        return invalid(servlet(request), errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        List<FieldValidationError> errors = new ArrayList<>();
        errors.add(FieldErrors.type(field == null ? "parameter" : field, FieldErrors.describe(ex.getRequiredType())));
        errors.addAll(sortsProblems(servlet(request)));
        return invalid(servlet(request), errors);
    }

    /**
     * A body that is not JSON breaks a documented constraint of the request (the spec's only
     * request media type is application/json), and the spec documents 400 for that, not 415.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = ex.getContentType() == null ? "no Content-Type" : "Content-Type " + ex.getContentType();
        FieldValidationError error = new FieldValidationError("format", FieldErrors.BODY,
                "the body must be sent as application/json, not with " + sent);
        return invalid(servlet(request), List.of(error));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(servlet(request), List.of(unreadable(ex)));
    }

    private static FieldValidationError unreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof JsonParseException parse) {
            return FieldErrors.malformed(parse.getOriginalMessage());
        }
        if (cause instanceof JsonMappingException mapping) {
            Class<?> target = targetType(mapping);
            return FieldErrors.type(FieldErrors.fieldOf(mapping), FieldErrors.describe(target));
        }
        if (cause == null) { // Spring: "Required request body is missing" (empty body, or the JSON null)
            return FieldErrors.required(FieldErrors.BODY);
        }
        return FieldErrors.malformed("it could not be read");
    }

    /** The Java type a JSON value could not become (innermost cause that knows it). */
    private static Class<?> targetType(Throwable failure) {
        Class<?> found = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                found = mismatch.getTargetType();
            } else if (t instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
                found = coercion.getTargetType();
            }
        }
        return found;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ApiErrors.response(servlet(request), status, messageFor(ex, status), null, headers);
    }

    private static String messageFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoHandlerFoundException || ex instanceof NoResourceFoundException) {
            return "Not found: no such path";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            return "Method " + method.getMethod() + " is not allowed on this path; allowed: "
                    + String.join(", ", method.getSupportedMethods() == null ? new String[0] : method.getSupportedMethods());
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "Responses are application/json only; accept application/json";
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Request failed" : known.getReasonPhrase();
    }

    private static FieldValidationError fromBinding(ObjectError error, String field) {
        if (error.contains(ConstraintViolation.class)) {
            return FieldErrors.of(error.unwrap(ConstraintViolation.class), field);
        }
        String[] codes = error.getCodes() == null ? new String[0] : error.getCodes();
        boolean typeMismatch = Arrays.stream(codes).anyMatch(code -> code.startsWith("typeMismatch"));
        return typeMismatch ? FieldErrors.type(field, "of another type")
                : new FieldValidationError("format", field, field + " " + error.getDefaultMessage());
    }

    private static List<FieldValidationError> sortsProblems(HttpServletRequest request) {
        String[] sorts = request.getParameterValues("sorts");
        return sorts == null ? List.of() : TokenOrder.problems(Arrays.asList(sorts));
    }

    private static ResponseEntity<Object> invalid(HttpServletRequest request, List<FieldValidationError> errors) {
        return ApiErrors.response(request, HttpStatus.BAD_REQUEST, FieldErrors.summary(errors), errors, null);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
