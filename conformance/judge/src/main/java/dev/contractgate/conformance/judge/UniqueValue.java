package dev.contractgate.conformance.judge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value a response gives that no other answer of the same response may give in one run,
 * {@code x-unique: [{id, pointer, message}]} on the response: a new resource's id that is never
 * reused (not even after its resource is deleted), a secret no two resources share. Judged over a
 * run ({@link RunFacts}); a recorded pact is no run, so it is not judged there.
 */
record UniqueValue(String id, String pointer, String valuePointer, String message) {

    static List<UniqueValue> read(Map<String, Object> extensions, String responsePointer, List<InvariantProblem> problems) {
        Object declared = extensions == null ? null : extensions.get(SpecInvariants.UNIQUE);
        if (declared == null) {
            return List.of();
        }
        String at = responsePointer + "/" + SpecInvariants.UNIQUE;
        if (!(declared instanceof List<?> list)) {
            problems.add(new InvariantProblem(at, SpecInvariants.UNIQUE + " must be a list of {id, pointer, message}"));
            return List.of();
        }
        List<UniqueValue> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> entry) || !(entry.get("id") instanceof String id)
                    || !(entry.get("pointer") instanceof String value) || !value.startsWith("/")) {
                problems.add(new InvariantProblem(at + "/" + i, "an x-unique entry needs an id and a pointer (a JSON pointer into the body)"));
                continue;
            }
            String message = entry.get("message") instanceof String m ? m : value + " is never given twice";
            out.add(new UniqueValue(id, at + "/" + i, value, message));
        }
        return List.copyOf(out);
    }

    Optional<Violation> check(JsonNode body, RunFacts facts) {
        JsonNode value = body == null ? null : body.at(valuePointer);
        if (value == null || value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (facts.claim(id, value.toString())) {
            return Optional.empty();
        }
        boolean secret = facts.isSecret(value.asText());
        return Optional.of(new Violation(JudgeRules.INVARIANT_VIOLATED, pointer, "invariant '" + id + "': " + message
                + "; " + valuePointer + " " + (secret ? "(a secret, not shown)" : CelValues.show(CelValues.of(value)))
                + " was already given earlier in this run", id, null));
    }
}
