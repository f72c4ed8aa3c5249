package dev.contractgate.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.diff.NodeChange.Kind;
import dev.contractgate.conformance.diff.SchemaUse.Use;
import dev.contractgate.conformance.diff.StructuralRules.Verdict;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Schema keywords where openapi-diff said nothing (a header's or a nested value's bounds, an
 * array's {@code uniqueItems}, {@code multipleOf}, {@code additionalProperties},
 * {@code readOnly}…): classified by the direction the value travels. What clients send may
 * only accept more; what they read may only promise more.
 */
final class SchemaKeywordRules {

    private final SchemaUse uses;
    private final SpecTree changed;

    SchemaKeywordRules(SchemaUse uses, SpecTree changed) {
        this.uses = uses;
        this.changed = changed;
    }

    Optional<Verdict> classify(NodeChange change) {
        if (change.owner() != Slot.SCHEMA) {
            return Optional.empty();
        }
        Use use = uses.of(change.ownerPointer());
        String text = change.keyword() + " " + StructuralChanges.value(change.before()) + " -> " + StructuralChanges.value(change.after());
        if (change.kind() == Kind.REORDERED && Set.of("required", "enum", "type").contains(change.keyword())) {
            return verdict(DiffRules.SET_REORDERED, text + " (same members)");
        }
        return switch (change.keyword()) {
            case "maxLength", "maximum", "maxItems", "maxProperties", "minLength", "minimum", "minItems", "minProperties",
                 "exclusiveMaximum", "exclusiveMinimum", "pattern", "multipleOf", "uniqueItems" -> bounds(change, use, text);
            case "enum" -> values(change, use, text);
            case "nullable" -> nullable(change, use, text);
            case "format" -> pick(use, DiffRules.REQUEST_FORMAT_CHANGED, DiffRules.RESPONSE_FORMAT_CHANGED, text);
            case "type" -> pick(use, DiffRules.REQUEST_TYPE_CHANGED, DiffRules.RESPONSE_TYPE_CHANGED, text);
            case "default" -> verdict(DiffRules.DEFAULT_CHANGED, text);
            case "required" -> required(change, use);
            case "properties" -> property(change, use);
            case "readOnly", "writeOnly" -> access(change, use, text);
            case "additionalProperties" -> additional(change, use, text);
            case "discriminator" -> verdict(DiffRules.DISCRIMINATOR_CHANGED, "discriminator " + String.join("/", change.rest()) + " "
                    + StructuralChanges.value(change.before()) + " -> " + StructuralChanges.value(change.after()));
            case "title" -> verdict(DiffRules.DOCS_CHANGED, text);
            default -> Optional.empty();
        };
    }

    /** Narrower: fewer values valid. Wider: more. A changed pattern or multipleOf is both. */
    private Optional<Verdict> bounds(NodeChange change, Use use, String text) {
        String keyword = change.keyword();
        JsonNode before = change.before();
        JsonNode after = change.after();
        boolean narrower;
        boolean wider;
        if ("uniqueItems".equals(keyword) || keyword.startsWith("exclusive")) {
            boolean was = before != null && before.asBoolean();
            boolean now = after != null && after.asBoolean();
            narrower = now && !was;
            wider = was && !now;
        } else if (before == null || after == null) {
            narrower = before == null;
            wider = after == null;
        } else if ("pattern".equals(keyword) || "multipleOf".equals(keyword)) {
            narrower = true;
            wider = true;
        } else {
            int order = after.decimalValue().compareTo(before.decimalValue());
            boolean upper = keyword.startsWith("max");
            narrower = upper ? order < 0 : order > 0;
            wider = !narrower;
        }
        if (use.request() && narrower) {
            return verdict(DiffRules.REQUEST_BOUNDS_NARROWED, text + ": a value clients send may be refused");
        }
        if (use.response() && wider) {
            return verdict(DiffRules.RESPONSE_BOUNDS_WIDENED, text + ": readers may get values they do not expect");
        }
        return use.request() ? verdict(DiffRules.REQUEST_BOUNDS_RELAXED, text) : verdict(DiffRules.RESPONSE_BOUNDS_NARROWED, text);
    }

    private Optional<Verdict> values(NodeChange change, Use use, String text) {
        Set<String> before = members(change.before());
        Set<String> after = members(change.after());
        boolean lost = change.after() == null ? false : change.before() == null || !after.containsAll(before);
        boolean gained = change.before() == null ? false : change.after() == null || !before.containsAll(after);
        if (use.request() && lost) {
            return verdict(DiffRules.REQUEST_ENUM_NARROWED, text);
        }
        if (use.response() && gained) {
            return verdict(DiffRules.RESPONSE_ENUM_WIDENED, text);
        }
        return use.request() ? verdict(DiffRules.REQUEST_ENUM_WIDENED, text) : verdict(DiffRules.RESPONSE_ENUM_NARROWED, text);
    }

    private Optional<Verdict> nullable(NodeChange change, Use use, String text) {
        boolean now = change.after() != null && change.after().asBoolean();
        if (use.request() && !now) {
            return verdict(DiffRules.REQUEST_NULLABLE_REMOVED, text);
        }
        if (use.response() && now) {
            return verdict(DiffRules.RESPONSE_NULLABLE_ADDED, text);
        }
        return use.request() ? verdict(DiffRules.REQUEST_NULLABLE_ADDED, text) : verdict(DiffRules.RESPONSE_NULLABLE_REMOVED, text);
    }

    private Optional<Verdict> required(NodeChange change, Use use) {
        Set<String> before = SpecTree.texts(change.before());
        Set<String> after = SpecTree.texts(change.after());
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        Set<String> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        String text = "required: " + (added.isEmpty() ? "" : "now " + added) + (removed.isEmpty() ? "" : " no longer " + removed);
        if (use.request() && !added.isEmpty()) {
            return verdict(DiffRules.REQUEST_FIELD_REQUIRED_ADDED, text.trim());
        }
        if (use.response() && !removed.isEmpty()) {
            return verdict(DiffRules.RESPONSE_FIELD_OPTIONAL, text.trim());
        }
        return use.request() ? verdict(DiffRules.REQUEST_FIELD_NOW_OPTIONAL, text.trim())
                : verdict(DiffRules.RESPONSE_FIELD_NOW_REQUIRED, text.trim());
    }

    private Optional<Verdict> property(NodeChange change, Use use) {
        if (change.rest().size() != 1 || change.kind() == Kind.CHANGED || change.kind() == Kind.REORDERED) {
            return Optional.empty();
        }
        String text = "property " + change.member() + (change.kind() == Kind.ADDED ? " added" : " removed");
        if (change.kind() == Kind.REMOVED) {
            return use.response() ? verdict(DiffRules.RESPONSE_FIELD_REMOVED, text) : verdict(DiffRules.REQUEST_FIELD_REMOVED, text);
        }
        return use.request() ? verdict(DiffRules.REQUEST_FIELD_OPTIONAL_ADDED, text) : verdict(DiffRules.RESPONSE_FIELD_ADDED, text);
    }

    private Optional<Verdict> access(NodeChange change, Use use, String text) {
        boolean now = change.after() != null && change.after().asBoolean();
        if (now && "readOnly".equals(change.keyword()) && use.request()) {
            return verdict(DiffRules.REQUEST_READ_ONLY_ADDED, text + ": clients that send it may be refused, or see it dropped");
        }
        if (now && "writeOnly".equals(change.keyword()) && use.response()) {
            return verdict(DiffRules.RESPONSE_WRITE_ONLY_ADDED, text + ": responses no longer carry it");
        }
        if (!now && "readOnly".equals(change.keyword()) && use.request() && requiredInParent(change.ownerChanged())) {
            return verdict(DiffRules.REQUEST_FIELD_REQUIRED_ADDED, text + ": a required property that clients did not send"
                    + " while it was readOnly must now be sent");
        }
        return verdict(DiffRules.ACCESS_CHANGED, text);
    }

    /** The property at {@code <parent>/properties/<name>} is in its parent's {@code required} list (changed document). */
    private boolean requiredInParent(String property) {
        int at = property == null ? -1 : property.lastIndexOf("/properties/");
        if (at < 0) {
            return false;
        }
        String name = SpecTree.unescape(property.substring(at + "/properties/".length()));
        for (JsonNode required : changed.root().at(property.substring(0, at)).path("required")) {
            if (name.equals(required.asText())) {
                return true;
            }
        }
        return false;
    }

    /** 0: any extra property (absent, true, {}), 1: extra properties of a schema, 2: none (false). */
    private Optional<Verdict> additional(NodeChange change, Use use, String text) {
        int before = closedness(change.before());
        int after = closedness(change.after());
        boolean narrower = after > before || after == 1 && before == 1;
        boolean wider = after < before || after == 1 && before == 1;
        if (use.request() && narrower) {
            return verdict(DiffRules.REQUEST_ADDITIONAL_PROPERTIES_NARROWED, text);
        }
        if (use.response() && wider) {
            return verdict(DiffRules.RESPONSE_ADDITIONAL_PROPERTIES_WIDENED, text);
        }
        return use.request() ? verdict(DiffRules.REQUEST_ADDITIONAL_PROPERTIES_RELAXED, text)
                : verdict(DiffRules.RESPONSE_ADDITIONAL_PROPERTIES_NARROWED, text);
    }

    private static int closedness(JsonNode value) {
        if (value == null || value.isBoolean() && value.asBoolean() || value.isObject() && value.isEmpty()) {
            return 0;
        }
        return value.isBoolean() ? 2 : 1;
    }

    /** The request rule where clients send the value and it breaks, else the response rule. */
    private static Optional<Verdict> pick(Use use, String requestRule, String responseRule, String text) {
        return verdict(use.request() || !use.response() ? requestRule : responseRule, text);
    }

    private static Set<String> members(JsonNode list) {
        Set<String> members = new LinkedHashSet<>();
        if (list != null && list.isArray()) {
            list.forEach(n -> members.add(n.toString()));
        }
        return members;
    }

    private static Optional<Verdict> verdict(String rule, String message) {
        return Optional.of(new Verdict(rule, message));
    }
}
