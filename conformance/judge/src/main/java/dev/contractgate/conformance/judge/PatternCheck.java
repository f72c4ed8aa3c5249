package dev.contractgate.conformance.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.BoundedRegex;
import dev.contractgate.conformance.core.Text;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas' {@code pattern}s, judged apart from the schema validators (which get the spec without
 * them: {@link dev.contractgate.conformance.core.PatternFreeSpec}): every string a pattern describes,
 * anywhere in a value, is matched with a time bound ({@link BoundedRegex}).
 */
public final class PatternCheck {

    /** One value a pattern refused, or a pattern that could not be used. */
    public record Problem(boolean unusable, String schemaPointer, String message) {
    }

    private final SchemaWalk walk;

    public PatternCheck(OpenAPI openApi) {
        this.walk = new SchemaWalk(openApi);
    }

    public List<Problem> check(Schema<?> schema, String schemaPointer, JsonNode value) {
        List<Problem> out = new ArrayList<>();
        walk.walk(schema, schemaPointer, value, (s, pointer, node, valuePointer) -> {
            if (s.getPattern() == null || !node.isTextual()) {
                return;
            }
            String at = valuePointer.isEmpty() ? "" : " at " + Text.jsonPath(valuePointer);
            String pattern = Text.oneLine(s.getPattern(), 80);
            switch (BoundedRegex.find(s.getPattern(), node.asText())) {
                case DOES_NOT_MATCH -> out.add(new Problem(false, pointer + "/pattern", "'" + Text.oneLine(node.asText(), 60)
                        + "'" + at + " does not match the pattern " + pattern));
                case TOO_SLOW -> out.add(new Problem(true, pointer + "/pattern", "the pattern " + pattern + " took longer than "
                        + BoundedRegex.DEADLINE_MILLIS + " ms on the value" + at + " (catastrophic backtracking); rewrite it"
                        + " without nested quantifiers such as (.*a){30} or (a+)+"));
                case INVALID -> out.add(new Problem(true, pointer + "/pattern", "the pattern " + pattern + " does not compile: "
                        + BoundedRegex.problem(s.getPattern())));
                default -> { }
            }
        });
        return out;
    }
}
