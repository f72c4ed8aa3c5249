package dev.contractgate.conformance.pacts;

import java.util.Set;

/**
 * What one recorded HTTP interaction relies on in a response: the operation it calls (by the
 * spec's operationId, or {@code null} when its path is not in the spec), the status it expects,
 * and every response-body field it names, in its example body or in its matching rules, written
 * as field paths ({@code tokens[].kind}, {@code createdBy.id}).
 */
public record RecordedInteraction(String pact, String description, String operationId, int status,
                                  Set<String> responseFields) {

    public RecordedInteraction {
        responseFields = Set.copyOf(responseFields);
    }

    /** The interaction names this field, or one inside it. */
    public boolean reliesOn(String field) {
        return responseFields.stream().anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "[]"));
    }
}
