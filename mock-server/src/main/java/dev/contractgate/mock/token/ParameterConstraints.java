package dev.contractgate.mock.token;

import dev.contractgate.mock.error.FieldErrors;
import dev.contractgate.server.model.FieldValidationError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a controller method's arguments against the constraints the generated interface
 * declares on its parameters ({@code @Min}, {@code @Max}, ...), with the Bean Validation
 * {@link Validator}. Called explicitly instead of through Spring's method-validation proxy, which
 * cost about a quarter of the CPU of every request, also of those without constrained parameters.
 */
final class ParameterConstraints {

    private final Validator validator;

    ParameterConstraints(Validator validator) {
        this.validator = validator;
    }

    <T> List<FieldValidationError> check(T target, Method method, Object... arguments) {
        List<FieldValidationError> problems = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.forExecutables().validateParameters(target, method, arguments)) {
            problems.add(FieldErrors.of(violation, FieldErrors.fieldOf(violation)));
        }
        problems.sort((a, b) -> a.getField().compareTo(b.getField()));
        return problems;
    }

    static Method method(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && !method.isBridge()) {
                return method;
            }
        }
        throw new IllegalStateException(type.getName() + " has no method " + name);
    }
}
