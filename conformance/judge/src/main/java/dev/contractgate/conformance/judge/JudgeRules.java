package dev.contractgate.conformance.judge;

import dev.contractgate.conformance.core.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule catalogue of the judge: what an answer can get wrong against its operation, whoever
 * made the exchange (the live check, a recorded pact, a provider's answer). Key, default severity
 * and one line saying when it fires; {@code RULES.md} of this module lists exactly these keys.
 */
public final class JudgeRules {

    /** One rule: a stable key, its severity, and when it fires. */
    public record Rule(String key, Severity severity, String description) {
    }

    private static final List<Rule> CATALOGUE = new ArrayList<>();

    public static final String STATUS_UNDOCUMENTED = error("response.status.undocumented",
            "the answer's status is not documented for the operation (exactly, by a range or by `default`)");
    public static final String CONTENT_TYPE = error("response.content-type",
            "the answer's `Content-Type` is not a documented media type, or a body came where none is documented");
    public static final String BODY_SCHEMA = error("response.body.schema",
            "the body breaks the schema documented for its status (Atlassian validator; the finding points at the schema node)");
    public static final String PATTERN_UNUSABLE = error("spec.pattern.unusable",
            "a schema's `pattern` does not compile, or took longer than 100 ms on one value (catastrophic backtracking):"
                    + " the value could not be judged; rewrite the pattern");
    public static final String HEADER = error("response.header",
            "a documented response header is missing or breaks its schema");
    public static final String INVARIANT_VIOLATED = error("invariant.violated",
            "an `x-invariants` rule (CEL) of the document, the operation, the response or a schema is false for the"
                    + " exchange, or an `x-order` / `x-unique` declaration is broken; the finding names the invariant's"
                    + " `id` and shows the values the rule saw");
    public static final String SECRET_LEAKED = error("secret.token-leaked",
            "a field marked `x-secret` carries a value in a response not marked `x-returns-secrets`, or a secret an"
                    + " earlier answer returned reappears in another answer (body or header)");
    public static final String SECRET_MISSING = error("secret.token-missing",
            "a response marked `x-returns-secrets` lacks a field its schema marks `x-secret`");

    private JudgeRules() {
    }

    public static List<Rule> catalogue() {
        return List.copyOf(CATALOGUE);
    }

    private static String error(String key, String description) {
        CATALOGUE.add(new Rule(key, Severity.ERROR, description));
        return key;
    }
}
