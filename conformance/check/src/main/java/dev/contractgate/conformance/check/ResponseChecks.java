package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.Text;

import dev.contractgate.conformance.core.spec.SpecOperation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every response must honour, whatever the case: a status the operation documents, the
 * documented Content-Type, a body valid against the schema for its status (the Atlassian
 * validator, built once from the parsed spec), an Error whose statusCode equals the HTTP status,
 * and the secret field only where it belongs (the success response of a create, i.e. a POST).
 */
final class ResponseChecks {

    /** The field that holds a secret: returned once, by the create operation. */
    static final String SECRET_FIELD = "token";
    private static final String STATUS_CODE_FIELD = "statusCode";

    private final OpenApiInteractionValidator validator;
    private final FindingFactory findings;
    private final SpecSource spec;

    ResponseChecks(SpecSource spec, FindingFactory findings) {
        // From the spec's text, not the shared model: the validator resolves every $ref (responses
        // included) on its own copy, and must not alter the model other checks read.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.text())
                .withBasePathOverride("/").build();
        this.findings = findings;
        this.spec = spec;
    }

    List<Finding> check(SpecOperation op, Exchange ex) {
        List<Finding> out = new ArrayList<>();
        if (ex.failed()) {
            out.add(findings.of(Rules.REQUEST_FAILED, op, null, op.id() + " request failed: " + ex.failure(), ex));
            return out;
        }
        int status = ex.status();
        Optional<ApiResponse> documented = op.response(status);
        if (documented.isEmpty() || !op.documents(status)) {
            out.add(findings.of(Rules.STATUS_UNDOCUMENTED, op, "/responses", op.id() + " answered " + status
                    + ", which it does not document " + op.documentedStatuses(), ex));
            return out;
        }
        String where = FindingFactory.responsePointer(status);
        Map<String, MediaType> content = documented.get().getContent();
        boolean expectsBody = content != null && !content.isEmpty();
        String contentType = ex.header("Content-Type").orElse("");
        if (expectsBody && !mediaTypeMatches(content, contentType)) {
            out.add(findings.of(Rules.CONTENT_TYPE, op, where + "/content", op.id() + " " + status
                    + " has Content-Type '" + contentType + "', documented: " + content.keySet(), ex));
        } else if (!expectsBody && !ex.body().isBlank()) {
            out.add(findings.of(Rules.CONTENT_TYPE, op, where, op.id() + " " + status
                    + " has a body, but the spec documents none", ex));
        }
        if (expectsBody) {
            out.addAll(schema(op, ex, where));
        }
        JsonNode body = json(ex.body());
        if (status >= 400 && body != null && body.has(STATUS_CODE_FIELD)
                && body.get(STATUS_CODE_FIELD).asInt(-1) != status) {
            out.add(findings.of(Rules.ERROR_STATUS_CODE, op, where, op.id() + " answered HTTP " + status
                    + " with an error body whose statusCode is " + body.get(STATUS_CODE_FIELD), ex));
        }
        boolean secretAllowed = "post".equals(op.method()) && ex.is2xx();
        if (body != null && !secretAllowed && containsSecret(body)) {
            out.add(findings.of(Rules.SECRET_LEAKED, op, where, op.id() + " " + status
                    + " returned the secret '" + SECRET_FIELD + "', which only the create response may carry", ex));
        }
        if (secretAllowed && status == op.successStatus() && hasSecretInSchema(op)
                && (body == null || !body.hasNonNull(SECRET_FIELD))) {
            out.add(findings.of(Rules.SECRET_MISSING, op, where, op.id() + " " + status
                    + " lacks the secret '" + SECRET_FIELD + "', which the create response must carry once", ex));
        }
        return out;
    }

    private List<Finding> schema(SpecOperation op, Exchange ex, String where) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(ex.status()).withBody(ex.body());
        ex.headers().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        ValidationReport report = validator.validateResponse(ex.call().path(),
                Request.Method.valueOf(op.method().toUpperCase(Locale.ROOT)), response.build());
        List<Finding> out = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR || m.getKey().startsWith("validation.response.status")) {
                continue; // the status rule above says it better
            }
            String rule;
            if (m.getKey().startsWith("validation.response.contentType")) {
                continue; // the Content-Type rule above covers it
            } else if (m.getKey().startsWith("validation.response.header")) {
                rule = Rules.HEADER;
            } else {
                rule = Rules.BODY_SCHEMA;
            }
            String message = op.id() + " " + ex.status() + ": " + Text.oneLine(m.getMessage()) + " [" + m.getKey() + "]";
            Optional<String> node = rule.equals(Rules.BODY_SCHEMA) ? schemaNode(op, ex.status(), where, m) : Optional.empty();
            out.add(node.isPresent() ? findings.at(rule, op, node.get(), message, ex) : findings.of(rule, op, where, message, ex));
        }
        return out;
    }

    /** The schema node the validator's message is about, as a pointer of the spec. */
    private Optional<String> schemaNode(SpecOperation op, int status, String where, ValidationReport.Message m) {
        Optional<String> schemaPointer = m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getSchema);
        Optional<ApiResponse> response = op.response(status);
        if (schemaPointer.isEmpty() || response.isEmpty()) {
            return Optional.empty();
        }
        String responsePointer = op.documentedStatuses().contains(String.valueOf(status))
                ? op.pointer() + where : op.pointer() + "/responses";
        String declared = op.operation().getResponses().get(String.valueOf(status)) == null ? null
                : op.operation().getResponses().get(String.valueOf(status)).get$ref();
        if (declared != null && declared.startsWith("#/components/responses/")) {
            responsePointer = declared.substring(1);
        }
        String keyword = m.getKey().substring(m.getKey().lastIndexOf('.') + 1);
        return SchemaLocator.locate(spec.openApi(), response.get(), responsePointer, schemaPointer.get(), keyword);
    }

    private boolean hasSecretInSchema(SpecOperation op) {
        return op.response(op.successStatus()).map(ApiResponse::getContent)
                .map(c -> c.get(SpecOperation.JSON)).map(MediaType::getSchema).isPresent();
    }

    private static boolean mediaTypeMatches(Map<String, MediaType> content, String contentType) {
        String actual = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return !actual.isEmpty() && content.keySet().stream().anyMatch(m -> m.equalsIgnoreCase(actual)
                || m.equals("*/*") || (m.endsWith("/*") && actual.startsWith(m.substring(0, m.length() - 1))));
    }

    static boolean containsSecret(JsonNode node) {
        if (node.isObject()) {
            if (node.hasNonNull(SECRET_FIELD)) {
                return true;
            }
            for (JsonNode child : node) {
                if (containsSecret(child)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (containsSecret(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return ValueGenerator.JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

}
