package dev.contractgate.conformance.judge;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.contractgate.conformance.core.PatternFreeSpec;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.Text;
import dev.contractgate.conformance.core.spec.SpecOperation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the spec's schemas say of an answer: a documented status, the documented Content-Type, a
 * body valid for its status and documented headers (the Atlassian validator, built once from the
 * spec's text), each finding pointing at the schema node that failed.
 */
final class SchemaJudgement {

    private final SpecSource spec;
    private final OpenApiInteractionValidator validator;

    SchemaJudgement(SpecSource spec) {
        this.spec = spec;
        // From the spec's text, not the shared model: the validator resolves every $ref (responses
        // included) on its own copy, and must not alter the model other engines read.
        String patternFree = PatternFreeSpec.text(spec);
        try {
            this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(patternFree)
                    .withBasePathOverride("/").build();
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            throw dev.contractgate.conformance.core.ParserMessages.refusal(spec, e.getParseMessages());
        }
        // a spec without patterns (the text came back as it was) has nothing to match: no body is parsed for them
        this.patterns = patternFree.equals(spec.text()) ? null : new PatternCheck(spec.openApi());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The pattern matcher, or null when the spec has no pattern. */
    private final PatternCheck patterns;

    /** The violations; {@code stop} is true when the status is undocumented (nothing else can be judged). */
    List<Violation> judge(SpecOperation op, JudgedExchange ex) {
        List<Violation> out = new ArrayList<>();
        int status = ex.status();
        Optional<ApiResponse> documented = op.response(status);
        if (documented.isEmpty()) {
            out.add(Violation.of(JudgeRules.STATUS_UNDOCUMENTED, op.pointer() + "/responses", op.id() + " answered "
                    + status + ", which it does not document " + op.documentedStatuses()));
            return out;
        }
        String where = op.responsePointer(status);
        Map<String, MediaType> content = documented.get().getContent();
        boolean expectsBody = content != null && !content.isEmpty();
        String contentType = ex.responseHeader("Content-Type").orElse("");
        if (expectsBody && !(ex.recorded() && contentType.isEmpty()) && !mediaTypeMatches(content, contentType)) {
            out.add(Violation.of(JudgeRules.CONTENT_TYPE, where + "/content", op.id() + " " + status
                    + " has Content-Type '" + contentType + "', documented: " + content.keySet()));
        } else if (!expectsBody && !ex.responseBody().isBlank()) {
            out.add(new Violation(JudgeRules.CONTENT_TYPE, where, op.id() + " " + status
                    + " has a body, but the spec documents none", null, "validation.response.body.unexpected"));
        }
        if (expectsBody) {
            out.addAll(schema(op, ex, where));
            if (patterns != null) {
                out.addAll(patterns(op, ex, content));
            }
        }
        return out;
    }

    /**
     * The schemas' patterns, which the validator is given without ({@link PatternFreeSpec}): each string
     * value a pattern describes is matched with a time bound ({@link BoundedRegex}).
     */
    private List<Violation> patterns(SpecOperation op, JudgedExchange ex, Map<String, MediaType> content) {
        MediaType json = content.get(SpecOperation.JSON);
        com.fasterxml.jackson.databind.JsonNode body = json == null || json.getSchema() == null ? null : parse(ex.responseBody());
        if (body == null) {
            return List.of();
        }
        String key = op.documentedKey(ex.status()).orElse(String.valueOf(ex.status()));
        String mediaPointer = SpecInvariants.responsePointer(op, key, op.operation().getResponses().get(key))
                + "/content/" + dev.contractgate.conformance.core.SpecLines.escape(SpecOperation.JSON) + "/schema";
        List<Violation> out = new ArrayList<>();
        for (PatternCheck.Problem problem : patterns.check(json.getSchema(), mediaPointer, body)) {
            out.add(problem.unusable() ? Violation.of(JudgeRules.PATTERN_UNUSABLE, problem.schemaPointer(), op.id() + " "
                    + ex.status() + ": " + problem.message())
                    : new Violation(JudgeRules.BODY_SCHEMA, problem.schemaPointer(), op.id() + " " + ex.status() + ": "
                    + problem.message(), null, "validation.response.body.schema.pattern"));
        }
        return out;
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (java.io.IOException notJson) {
            return null; // the validator reports a body that is not JSON
        }
    }

    private List<Violation> schema(SpecOperation op, JudgedExchange ex, String where) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(ex.status()).withBody(ex.responseBody());
        ex.responseHeaders().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (ex.recorded() && ex.responseHeader("Content-Type").isEmpty()) {
            response.withContentType(SpecOperation.JSON);
        }
        ValidationReport report = validator.validateResponse(ex.path(),
                Request.Method.valueOf(op.method().toUpperCase(Locale.ROOT)), response.build());
        List<Violation> out = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            String key = m.getKey();
            if (m.getLevel() != ValidationReport.Level.ERROR || key.startsWith("validation.response.status")
                    || key.startsWith("validation.response.contentType")) {
                continue; // the status and Content-Type rules above say it better
            }
            if (ex.recorded() && key.startsWith("validation.response.header.required")) {
                continue; // a recording keeps the headers its consumer cares about, not all the provider sends
            }
            String rule = key.startsWith("validation.response.header") ? JudgeRules.HEADER : JudgeRules.BODY_SCHEMA;
            String message = op.id() + " " + ex.status() + ": " + Text.oneLine(m.getMessage()) + instance(m) + " [" + key + "]";
            String pointer = rule.equals(JudgeRules.BODY_SCHEMA) ? schemaNode(op, ex.status(), m).orElse(where) : where;
            out.add(new Violation(rule, pointer, message, null, key));
        }
        return out;
    }

    /** Where in the body the validator's message is about, as a JSON path ({@code $.tokens[0].id}). */
    private static String instance(ValidationReport.Message m) {
        return m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .filter(p -> !p.isEmpty() && !p.equals("/"))
                .map(p -> " at " + Text.jsonPath(p)).orElse("");
    }

    /** The schema node the validator's message is about, as a pointer of the spec. */
    private Optional<String> schemaNode(SpecOperation op, int status, ValidationReport.Message m) {
        Optional<String> schemaPointer = m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getSchema);
        Optional<ApiResponse> response = op.response(status);
        if (schemaPointer.isEmpty() || response.isEmpty()) {
            return Optional.empty();
        }
        String key = op.documentedKey(status).orElse(String.valueOf(status));
        String responsePointer = SpecInvariants.responsePointer(op, key, op.operation().getResponses().get(key));
        String keyword = m.getKey().substring(m.getKey().lastIndexOf('.') + 1);
        return SchemaLocator.locate(spec.openApi(), response.get(), responsePointer, schemaPointer.get(), keyword);
    }

    static boolean mediaTypeMatches(Map<String, MediaType> content, String contentType) {
        String actual = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return !actual.isEmpty() && content.keySet().stream().anyMatch(m -> m.equalsIgnoreCase(actual)
                || m.equals("*/*") || (m.endsWith("/*") && actual.startsWith(m.substring(0, m.length() - 1))));
    }
}
