package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How OpenAPI Generator's Java client names what the spec describes, so a reproducer can call it: the
 * API class of an operation's first tag ({@code AgentToken} → {@code AgentTokenApi}), the method of its
 * operationId ({@code ListAgentTokens} → {@code listAgentTokens}), its parameters in the generator's
 * order (the operation's own, then its path item's, then the body; required ones first, otherwise as
 * written) with their Java types, and the request body's model class. The compile test of the
 * reproducer holds these rules to the real generated client.
 */
final class ClientNames {

    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while");

    /** One argument of a client method: a parameter (by its place and name) or the request body. */
    record Argument(String in, String name, String javaType, boolean required) {

        boolean isBody() {
            return "body".equals(in);
        }
    }

    private final ClientSettings settings;

    ClientNames(ClientSettings settings) {
        this.settings = settings;
    }

    ClientSettings settings() {
        return settings;
    }

    String apiClass(SpecOperation op) {
        List<String> tags = op.operation().getTags();
        String tag = tags == null || tags.isEmpty() ? "default" : tags.get(0);
        return camelize(tag) + "Api";
    }

    String method(SpecOperation op) {
        String name = op.hasOperationId() ? op.operation().getOperationId()
                : op.method().toLowerCase(Locale.ROOT) + "_" + op.path();
        String method = lowerFirst(camelize(name));
        return RESERVED.contains(method) ? "call" + camelize(method) : method;
    }

    /** The request body's model class, simple name (the model package imported). */
    String bodyModel(SpecOperation op) {
        Schema<?> schema = op.jsonRequestBody().map(m -> m.getSchema()).orElse(null);
        String ref = schema == null ? null : schema.get$ref();
        String name = ref != null ? ref.substring(ref.lastIndexOf('/') + 1) : op.operation().getOperationId() + "_request";
        String mapped = settings.modelNames().get(name);
        return mapped != null ? mapped : camelize(name);
    }

    List<Argument> arguments(SpecOperation op) {
        List<Argument> arguments = new ArrayList<>();
        List<String> own = new ArrayList<>();
        if (op.operation().getParameters() != null) {
            op.operation().getParameters().forEach(p -> own.add(p.getIn() + ":" + p.getName()));
        }
        List<Parameter> ordered = new ArrayList<>(op.parameters());
        ordered.sort(Comparator.comparingInt(p -> {
            int at = own.indexOf(p.getIn() + ":" + p.getName());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        for (Parameter p : ordered) {
            if ("cookie".equals(p.getIn())) {
                continue;
            }
            arguments.add(new Argument(p.getIn(), p.getName(), javaType(p.getSchema()),
                    "path".equals(p.getIn()) || Boolean.TRUE.equals(p.getRequired())));
        }
        if (op.jsonRequestBody().isPresent()) {
            arguments.add(new Argument("body", "body", bodyModel(op), op.requestBodyRequired()));
        }
        arguments.sort(Comparator.comparing(a -> !a.required())); // stable: required first, as sortParamsByRequiredFlag
        return arguments;
    }

    static String javaType(Schema<?> schema) {
        if (schema == null || schema.getType() == null) {
            return "String";
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (schema.getType()) {
            case "integer" -> "int64".equals(format) ? "Long" : "Integer";
            case "number" -> "float".equals(format) ? "Float" : "double".equals(format) ? "Double" : "java.math.BigDecimal";
            case "boolean" -> "Boolean";
            case "array" -> "List<" + javaType(schema.getItems()) + ">";
            default -> "String";
        };
    }

    /** {@code create_agent-token} or {@code Agent Token} → {@code CreateAgentToken}, {@code AgentToken}. */
    static String camelize(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String name = out.toString();
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
