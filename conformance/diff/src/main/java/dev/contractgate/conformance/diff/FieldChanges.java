package dev.contractgate.conformance.diff;

import static dev.contractgate.conformance.diff.SchemaChanges.join;
import static dev.contractgate.conformance.diff.SchemaChanges.loc;
import static dev.contractgate.conformance.diff.SchemaChanges.nullSafe;

import dev.contractgate.conformance.diff.SchemaChanges.Node;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * The fields of one object schema: added, removed, and the {@code required} list. In a request,
 * a field that must now be sent breaks senders; in a response, a field that may now be missing
 * (removed, or no longer required) breaks readers.
 */
final class FieldChanges {

    private final Node node;
    private final SpecPointers base;
    private final SpecPointers changed;

    FieldChanges(Node node, SpecPointers base, SpecPointers changed) {
        this.node = node;
        this.base = base;
        this.changed = changed;
    }

    void classify() {
        ChangedSchema cs = node.cs();
        List<String> oldRequired = list(cs.getOldSchema().getRequired());
        List<String> newRequired = list(cs.getNewSchema().getRequired());
        Map<String, Schema<?>> added = nullSafe(cs.getIncreasedProperties());
        Map<String, Schema<?>> removed = nullSafe(cs.getMissingProperties());
        boolean request = node.target().request();
        for (String name : newRequired) {
            if (!oldRequired.contains(name) && !removed.containsKey(name)) {
                nowRequired(name, added.containsKey(name), request);
            }
        }
        for (String name : oldRequired) {
            if (!newRequired.contains(name) && !removed.containsKey(name) && !added.containsKey(name)) {
                noLongerRequired(name, request);
            }
        }
        if (requiredDifferenceCovered(oldRequired, newRequired, added, removed)) {
            // each name got a finding above, or is a field added or removed (a finding below)
            node.claim(cs.getRequired(), "");
        }
        for (String name : added.keySet()) {
            if (request && newRequired.contains(name)) {
                node.claim(cs, "properties.added"); // reported above as a new required field
                continue;
            }
            String field = join(node.field(), name);
            node.report(request ? DiffRules.REQUEST_FIELD_OPTIONAL_ADDED : DiffRules.RESPONSE_FIELD_ADDED,
                    node.label("") + ": new " + (request ? "optional " : "") + "field '" + field + "'",
                    false, loc(base, base.deref(node.base())), loc(changed, changed.property(node.changed(), name)),
                    field, cs, "properties.added");
        }
        for (String name : removed.keySet()) {
            String field = join(node.field(), name);
            node.report(request ? DiffRules.REQUEST_FIELD_REMOVED : DiffRules.RESPONSE_FIELD_REMOVED,
                    node.label("") + ": field '" + field + "' removed"
                            + (request ? "; servers that reject unknown fields would now refuse it" : "; consumers that read it break"),
                    true, loc(base, base.property(node.base(), name)), loc(changed, changed.deref(node.changed())),
                    field, cs, "properties.removed");
        }
    }

    private void nowRequired(String name, boolean isNew, boolean request) {
        String field = join(node.field(), name);
        if (request) {
            node.report(DiffRules.REQUEST_FIELD_REQUIRED_ADDED,
                    node.label("") + ": " + (isNew ? "new required field '" : "field became required '") + field + "'",
                    false, loc(base, isNew ? base.deref(node.base()) : base.property(node.base(), name)),
                    loc(changed, changed.property(node.changed(), name)), field, node.cs().getRequired(), "");
        } else if (!isNew) {
            node.report(DiffRules.RESPONSE_FIELD_NOW_REQUIRED, node.label("") + ": field '" + field + "' is now always sent",
                    false, loc(base, base.property(node.base(), name)), loc(changed, changed.property(node.changed(), name)),
                    field, node.cs().getRequired(), "");
        }
    }

    private void noLongerRequired(String name, boolean request) {
        String field = join(node.field(), name);
        node.report(request ? DiffRules.REQUEST_FIELD_NOW_OPTIONAL : DiffRules.RESPONSE_FIELD_OPTIONAL,
                node.label("") + ": field '" + field + "' is no longer required"
                        + (request ? "" : "; readers that rely on it may not get it"),
                false, loc(base, base.property(node.base(), name)), loc(changed, changed.property(node.changed(), name)),
                field, node.cs().getRequired(), "");
    }

    /** Every name that entered or left {@code required} is a field of the old or the new schema. */
    private boolean requiredDifferenceCovered(List<String> oldRequired, List<String> newRequired,
                                              Map<String, Schema<?>> added, Map<String, Schema<?>> removed) {
        Map<String, ?> oldProperties = nullSafe(node.cs().getOldSchema().getProperties());
        Map<String, ?> newProperties = nullSafe(node.cs().getNewSchema().getProperties());
        return java.util.stream.Stream.concat(newRequired.stream().filter(n -> !oldRequired.contains(n)),
                        oldRequired.stream().filter(n -> !newRequired.contains(n)))
                .allMatch(n -> oldProperties.containsKey(n) || newProperties.containsKey(n)
                        || added.containsKey(n) || removed.containsKey(n));
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
