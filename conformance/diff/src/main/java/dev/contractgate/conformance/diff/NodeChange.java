package dev.contractgate.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One difference between the two documents as written: a node only one of them has, a value
 * that differs, or a list whose members moved. Both pointers are given because a member can sit
 * at another place in each document (a parameter moved in its list, a renamed path parameter).
 *
 * @param owner        the typed object the change belongs to ({@link Slot#SCHEMA}, {@link Slot#OPERATION}…)
 * @param ownerBase    that object's pointer in the base document ({@code null} when it is new)
 * @param ownerChanged that object's pointer in the changed document ({@code null} when it is gone)
 * @param keyword      the owner's key through which the change is reached ({@code maxLength}, {@code properties}, {@code x-order})
 * @param rest         the keys below the keyword, unescaped ({@code [name]} for {@code properties/name})
 */
record NodeChange(Kind kind, String basePointer, String changedPointer, JsonNode before, JsonNode after,
                  Slot owner, String ownerBase, String ownerChanged, String keyword, List<String> rest) {

    enum Kind { ADDED, REMOVED, CHANGED, REORDERED }

    /** The place to report: in the changed document, or in the base one when the thing is gone. */
    String pointer() {
        return kind == Kind.REMOVED ? basePointer : changedPointer;
    }

    String ownerPointer() {
        return ownerChanged != null ? ownerChanged : ownerBase;
    }

    /** The first key below the keyword (a property's, a status's, a media type's name), or {@code ""}. */
    String member() {
        return rest.isEmpty() ? "" : rest.get(0);
    }

    /** The change is the keyword's whole value (not something inside it). */
    boolean atKeyword() {
        return rest.isEmpty();
    }
}
