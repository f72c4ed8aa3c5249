package dev.contractgate.conformance.judge;

import dev.contractgate.conformance.core.Rule;
import dev.contractgate.conformance.core.RuleCatalogue;
import java.util.List;

/**
 * The rule catalogue of the judge: what an answer can get wrong against its operation, whoever
 * made the exchange (the live check, a recorded pact, a provider's answer). Key, default severity
 * and one line saying when it fires; {@code RULES.md} of this module lists exactly these keys.
 */
public final class JudgeRules {

    private static final RuleCatalogue CATALOGUE = new RuleCatalogue();

    public static final String STATUS_UNDOCUMENTED = CATALOGUE.error("response.status.undocumented",
            "the answer's status is not documented for the operation (exactly, by a range or by `default`)");
    public static final String CONTENT_TYPE = CATALOGUE.error("response.content-type",
            "the answer's `Content-Type` is not a documented media type, or a body came where none is "
                    + "documented (e.g. on 204)");
    public static final String BODY_SCHEMA = CATALOGUE.error("response.body.schema",
            "the body breaks the schema documented for its status (Atlassian validator; the finding points "
                    + "at the schema node that failed)");
    public static final String PATTERN_UNUSABLE = CATALOGUE.error("spec.pattern.unusable",
            "a schema's `pattern` does not compile, or took longer than 100 ms on one value (catastrophic "
                    + "backtracking): the value could not be judged; rewrite the pattern. Patterns are matched by our "
                    + "own time-bounded matcher (the schema validators get the spec without them)");
    public static final String HEADER = CATALOGUE.error("response.header",
            "a documented response header is missing or breaks its schema");
    public static final String INVARIANT_VIOLATED = CATALOGUE.error("invariant.violated",
            "an `x-invariants` rule (CEL) of the document, the operation, the response or a schema is false "
                    + "for the exchange (or, on a live answer whose schema held, cannot be evaluated because a value "
                    + "it names is absent); or an `x-order` or `x-unique` declaration is broken. The message starts "
                    + "with the invariant's `id` and shows the values the rule saw");
    public static final String SECRET_LEAKED = CATALOGUE.error("secret.token-leaked",
            "a property marked `x-secret` carries a value in a response not marked `x-returns-secrets` "
                    + "(nested ones included), or a secret an earlier answer of the run returned reappears in another "
                    + "answer, in its body or a header, under any name");
    public static final String SECRET_MISSING = CATALOGUE.error("secret.token-missing",
            "a response marked `x-returns-secrets` lacks a property its schema marks `x-secret`");

    private JudgeRules() {
    }

    public static List<Rule> catalogue() {
        return CATALOGUE.rules();
    }
}
