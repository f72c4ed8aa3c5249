package dev.contractgate.conformance.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.runtime.CelEvaluationException;
import dev.contractgate.conformance.core.SecretMasker;
import dev.contractgate.conformance.core.Text;
import dev.contractgate.conformance.core.spec.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec's {@code x-invariants} applied to one exchange: the document's, the operation's, the
 * response's, and those of every schema the body passes through (with {@code self} the value that
 * schema describes), on answers the schemas accept. False is a violation; a rule that cannot be
 * evaluated (a value it names is absent or of another type) is one too on a live answer, and is not
 * judged on a recording, which need not record everything.
 */
final class InvariantJudgement {

    private final SpecInvariants spec;

    InvariantJudgement(SpecInvariants spec) {
        this.spec = spec;
    }

    List<Violation> judge(SpecOperation op, JudgedExchange ex, JsonNode body) {
        Map<String, Object> vars = ExchangeView.variables(op, ex, body);
        List<Violation> out = new ArrayList<>();
        List<Invariant> exchangeRules = new ArrayList<>(spec.document());
        exchangeRules.addAll(spec.operation(op));
        exchangeRules.addAll(spec.response(op, ex.status()));
        for (Invariant invariant : exchangeRules) {
            evaluate(invariant, vars, ex, null).ifPresent(out::add);
        }
        Schema<?> schema = SpecInvariants.jsonSchema(op.response(ex.status()).orElse(null));
        if (schema != null && body != null) {
            spec.walk().walk(schema, "", body, (s, pointer, value, valuePointer) -> {
                List<Invariant> rules = spec.schema(s);
                if (rules.isEmpty()) {
                    return;
                }
                Map<String, Object> withSelf = new HashMap<>(vars);
                withSelf.put(CelEnvironment.SELF, CelValues.of(value));
                for (Invariant invariant : rules) {
                    evaluate(invariant, withSelf, ex, valuePointer).ifPresent(out::add);
                }
            });
        }
        return out;
    }

    private java.util.Optional<Violation> evaluate(Invariant invariant, Map<String, Object> vars, JudgedExchange ex,
                                                   String valuePointer) {
        String at = valuePointer == null ? "" : " at " + dev.contractgate.conformance.core.Text.jsonPath(valuePointer);
        if (ex.recorded() && invariant.usesNow()) {
            return java.util.Optional.empty();
        }
        try {
            Object result = invariant.program().eval(vars);
            if (Boolean.TRUE.equals(result) || (ex.recorded() && namesAnAbsentAnswerValue(invariant, vars))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(violation(invariant, at + "; saw " + seen(invariant, vars)));
        } catch (CelEvaluationException | RuntimeException e) {
            if (ex.recorded()) {
                return java.util.Optional.empty();
            }
            String why = Text.oneLine(String.valueOf(e.getMessage())).replaceFirst("^evaluation error at <input>:\\d+: ", "");
            return java.util.Optional.of(violation(invariant, at + "; cannot be evaluated: " + why + "; saw " + seen(invariant, vars)));
        }
    }

    /**
     * Whether a value of the answer the rule names is absent: a recording keeps what its consumer cares
     * about, so a rule that is false for want of such a value says nothing about the provider. (What the
     * request names is what the consumer sends: its absence is a fact.)
     */
    private static boolean namesAnAbsentAnswerValue(Invariant invariant, Map<String, Object> vars) {
        for (Invariant.Seen s : invariant.seen()) {
            if (s.expression().startsWith("request.")) {
                continue;
            }
            try {
                s.program().eval(vars);
            } catch (CelEvaluationException | RuntimeException e) {
                return true;
            }
        }
        return false;
    }

    private static Violation violation(Invariant invariant, String detail) {
        return new Violation(JudgeRules.INVARIANT_VIOLATED, invariant.pointer(), SecretMasker.mask(
                "invariant '" + invariant.id() + "': " + invariant.message() + detail), invariant.id(), null);
    }

    private static String seen(Invariant invariant, Map<String, Object> vars) {
        List<String> parts = new ArrayList<>();
        for (Invariant.Seen s : invariant.seen()) {
            String shown;
            try {
                shown = CelValues.show(s.program().eval(vars));
            } catch (CelEvaluationException | RuntimeException e) {
                shown = "(absent)";
            }
            parts.add(s.expression() + " = " + shown);
            if (parts.size() == 6) {
                break;
            }
        }
        return parts.isEmpty() ? "(no values named)" : String.join(", ", parts);
    }
}
