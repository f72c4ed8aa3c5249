package dev.contractgate.mock.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.contractgate.server.model.FieldValidationError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link FieldValidationError}s with the spec's codes: {@code required}, {@code type},
 * {@code minimum}, {@code maximum}, {@code enum}, {@code format}, {@code malformed}.
 */
public final class FieldErrors {

    public static final String BODY = "body";

    private FieldErrors() {
    }

    /** The Error message of a validation failure, e.g. {@code Invalid request: 2 fields failed validation}. */
    public static String summary(List<FieldValidationError> errors) {
        return "Invalid request: " + errors.size() + (errors.size() == 1 ? " field" : " fields") + " failed validation";
    }

    public static FieldValidationError required(String field) {
        return new FieldValidationError("required", field, field + " is required");
    }

    public static FieldValidationError type(String field, String expected) {
        return new FieldValidationError("type", field, field + " must be " + expected);
    }

    public static FieldValidationError malformed(String detail) {
        String shortDetail = detail == null ? "" : detail.length() > 120 ? detail.substring(0, 120) + "..." : detail;
        return new FieldValidationError("malformed", BODY, "body is not valid JSON: " + shortDetail);
    }

    /** A failed bean-validation constraint of the generated models or interface. */
    public static FieldValidationError of(ConstraintViolation<?> violation, String field) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (constraint) {
            case "NotNull", "NotEmpty", "NotBlank" -> required(field);
            case "Min", "DecimalMin" -> new FieldValidationError("minimum", field,
                    field + " must be at least " + attributes.get("value"));
            case "Max", "DecimalMax" -> new FieldValidationError("maximum", field,
                    field + " must be at most " + attributes.get("value"));
            default -> new FieldValidationError("format", field, field + " " + violation.getMessage());
        };
    }

    /** The name of the parameter or property a violation is about (the last node of its path). */
    public static String fieldOf(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? BODY : name;
    }

    /** The body field a JSON binding failure points at, {@code a.b[0]}, or {@code body} for the whole body. */
    public static String fieldOf(JsonMappingException failure) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : failure.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? BODY : field.toString();
    }

    /** How to name a Java target type to a person: {@code an integer}, {@code a string}, ... */
    public static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class) {
            return "an integer from -2147483648 to 2147483647 (int32)";
        }
        if (Number.class.isAssignableFrom(type) || type == long.class) {
            return "an integer";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }
}
