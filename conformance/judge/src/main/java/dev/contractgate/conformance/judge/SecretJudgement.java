package dev.contractgate.conformance.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.SecretMasker;
import dev.contractgate.conformance.core.spec.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Secrets, as the spec marks them: a property with {@code x-secret: true} may carry a value only in a
 * response marked {@code x-returns-secrets: true}, which must carry it; and a secret one answer returned
 * must not reappear in any other answer of the run, under whatever name or in a header.
 */
final class SecretJudgement {

    private final SpecInvariants spec;

    private final java.util.Set<String> fieldNames;

    SecretJudgement(SpecInvariants spec) {
        this.spec = spec;
        this.fieldNames = java.util.Set.copyOf(secretFieldNames());
        // the reports mask every field the spec calls secret, whatever its name
        fieldNames.forEach(SecretMasker::registerField);
    }

    java.util.Set<String> fieldNames() {
        return fieldNames;
    }

    List<Violation> judge(SpecOperation op, JudgedExchange ex, JsonNode body, RunFacts facts) {
        List<Violation> out = new ArrayList<>();
        boolean returns = spec.returnsSecrets(op, ex.status());
        Schema<?> schema = SpecInvariants.jsonSchema(op.response(ex.status()).orElse(null));
        List<String> carried = new ArrayList<>();
        if (schema != null && body != null) {
            String root = SpecInvariants.responsePointer(op, op.documentedKey(ex.status()).orElse(""),
                    op.operation().getResponses().get(op.documentedKey(ex.status()).orElse(""))) + "/content/application~1json/schema";
            spec.walk().walk(schema, root, body, (s, pointer, value, valuePointer) -> {
                if (!value.isObject() || s.getProperties() == null) {
                    return;
                }
                for (Map.Entry<String, Schema> property : s.getProperties().entrySet()) {
                    JsonNode v = value.get(property.getKey());
                    if (!isSecret(property.getValue()) || v == null || v.isNull()) {
                        continue;
                    }
                    if (returns) {
                        carried.add(property.getKey());
                        facts.secret(v.asText());
                    } else {
                        out.add(Violation.of(JudgeRules.SECRET_LEAKED, pointer + "/properties/" + property.getKey(),
                                op.id() + " " + ex.status() + " returned the secret '" + property.getKey() + "' at "
                                        + dev.contractgate.conformance.core.Text.jsonPath(valuePointer + "/" + property.getKey())
                                        + ", which only a response marked x-returns-secrets may carry"));
                    }
                }
            });
        }
        if (returns && !ex.recorded()) {
            for (String name : topLevelSecrets(schema)) {
                if (!carried.contains(name)) {
                    out.add(Violation.of(JudgeRules.SECRET_MISSING, op.responsePointer(ex.status()), op.id() + " "
                            + ex.status() + " lacks the secret '" + name + "', which this response must carry once"));
                }
            }
        }
        if (!returns && out.isEmpty()) {
            String echoed = facts.secretIn(ex.responseBody());
            String where = "body";
            if (echoed == null) {
                for (Map.Entry<String, List<String>> header : ex.responseHeaders().entrySet()) {
                    echoed = facts.secretIn(String.join("\n", header.getValue()));
                    if (echoed != null) {
                        where = "header " + header.getKey();
                        break;
                    }
                }
            }
            if (echoed != null) {
                out.add(Violation.of(JudgeRules.SECRET_LEAKED, op.responsePointer(ex.status()), op.id() + " "
                        + ex.status() + " carries, in its " + where + ", a secret an earlier answer of this run returned"));
            }
        }
        return out;
    }

    private List<String> topLevelSecrets(Schema<?> schema) {
        Map.Entry<Schema<?>, String> resolved = schema == null ? null : spec.walk().resolve(schema, "");
        List<String> names = new ArrayList<>();
        if (resolved != null && resolved.getKey().getProperties() != null) {
            resolved.getKey().getProperties().forEach((name, p) -> {
                if (isSecret(p)) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    private List<String> secretFieldNames() {
        List<String> names = new ArrayList<>();
        var components = spec.spec().openApi().getComponents();
        if (components != null && components.getSchemas() != null) {
            components.getSchemas().values().forEach(s -> {
                if (s.getProperties() != null) {
                    s.getProperties().forEach((name, p) -> {
                        if (isSecret((Schema<?>) p)) {
                            names.add((String) name);
                        }
                    });
                }
            });
        }
        return names;
    }

    static boolean isSecret(Schema<?> property) {
        return property != null && property.getExtensions() != null
                && Boolean.TRUE.equals(property.getExtensions().get(SpecInvariants.SECRET));
    }
}
