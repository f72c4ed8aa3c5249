package dev.contractgate.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.diff.NodeChange.Kind;
import dev.contractgate.conformance.diff.StructuralRules.Verdict;
import java.util.Optional;

/**
 * The spec's own extensions, which state what the wire promises beyond schemas: a limit, an
 * invariant, an order, a uniqueness, a secret. For a consumer a promise taken back or
 * weakened breaks; a promise added or strengthened does not. Extensions this release does not
 * know are left to the fail-safe (breaking until a rule says otherwise).
 */
final class ExtensionRules {

    private final SpecTree base;
    private final SpecTree changed;

    ExtensionRules(SpecTree base, SpecTree changed) {
        this.base = base;
        this.changed = changed;
    }

    Optional<Verdict> classify(NodeChange change) {
        return switch (change.keyword()) {
            case "x-resource-limit" -> Optional.of(limit(change));
            case "x-invariants" -> Optional.of(invariant(change));
            case "x-order" -> Optional.of(order(change));
            case "x-unique" -> Optional.of(unique(change));
            case "x-secret", "x-returns-secrets" -> Optional.of(new Verdict(DiffRules.SECRET_CHANGED,
                    change.keyword() + " " + StructuralChanges.value(change.before()) + " -> " + StructuralChanges.value(change.after())
                            + ": what may carry the secret value changed"));
            default -> Optional.empty();
        };
    }

    private Verdict limit(NodeChange change) {
        JsonNode before = whole(base, change.ownerBase(), change.keyword());
        JsonNode after = whole(changed, change.ownerChanged(), change.keyword());
        String text = "x-resource-limit " + StructuralChanges.value(before) + " -> " + StructuralChanges.value(after);
        if (after == null) {
            return new Verdict(DiffRules.RESOURCE_LIMIT_RELAXED, text + ": no limit is promised any more");
        }
        if (before == null) {
            return new Verdict(DiffRules.RESOURCE_LIMIT_NARROWED, text + ": creates beyond the new limit are refused");
        }
        boolean sameTerms = SpecTree.same(before.get("per"), after.get("per")) && SpecTree.same(before.get("status"), after.get("status"));
        double was = before.path("max").asDouble(Double.MAX_VALUE);
        double now = after.path("max").asDouble(Double.MAX_VALUE);
        if (sameTerms && now >= was) {
            return new Verdict(DiffRules.RESOURCE_LIMIT_RELAXED, text + ": more creates succeed");
        }
        return new Verdict(DiffRules.RESOURCE_LIMIT_NARROWED, text + (sameTerms ? ": a create that succeeded is refused"
                : ": the limit counts per another value, or is refused with another status"));
    }

    private Verdict invariant(NodeChange change) {
        String id = change.member();
        if (change.kind() == Kind.REORDERED) {
            return new Verdict(DiffRules.SET_REORDERED, "x-invariants reordered (each rule holds on its own)");
        }
        if (change.atKeyword() || change.rest().size() == 1) {
            String which = change.atKeyword() ? "every x-invariants rule here" : "x-invariants rule '" + id + "'";
            return change.kind() == Kind.ADDED ? new Verdict(DiffRules.INVARIANT_ADDED, which + " added: one more fact promised")
                    : change.kind() == Kind.REMOVED ? new Verdict(DiffRules.INVARIANT_REMOVED, which + " removed: a fact consumers rely on is no longer promised")
                    : new Verdict(DiffRules.INVARIANT_CHANGED, which + " changed: " + StructuralChanges.value(change.before())
                    + " -> " + StructuralChanges.value(change.after()));
        }
        String field = change.rest().get(1);
        if ("message".equals(field)) {
            return new Verdict(DiffRules.DOCS_CHANGED, "x-invariants rule '" + id + "': message changed");
        }
        if ("rule".equals(field) && change.before() != null && change.after() != null
                && strengthens(change.before().asText(), change.after().asText())) {
            return new Verdict(DiffRules.INVARIANT_STRENGTHENED, "x-invariants rule '" + id + "' keeps its old expression and adds a condition: "
                    + StructuralChanges.value(change.after()));
        }
        return new Verdict(DiffRules.INVARIANT_CHANGED, "x-invariants rule '" + id + "' " + field + " changed: "
                + StructuralChanges.value(change.before()) + " -> " + StructuralChanges.value(change.after())
                + " (the promise may be weaker; only an added '&& condition' is known to be stronger)");
    }

    /**
     * The new expression is the old one with a condition added by {@code &&}, on either side. The
     * old one stands bare only when it has no {@code ||} or {@code ?} (else {@code &&} would bind
     * tighter than its own operators): {@code a || b && c} is not {@code (a || b) && c}; the added
     * condition likewise.
     */
    static boolean strengthens(String before, String after) {
        String was = squeeze(before);
        String now = squeeze(after);
        java.util.List<String> forms = new java.util.ArrayList<>(java.util.List.of("(" + was + ")"));
        if (!was.contains("||") && !was.contains("?")) {
            forms.add(was);
        }
        for (String form : forms) {
            if (now.startsWith(form + " && ") && plainConjunct(now.substring(form.length() + 4))
                    || now.endsWith(" && " + form) && plainConjunct(now.substring(0, now.length() - form.length() - 4))) {
                return true;
            }
        }
        return false;
    }

    /** An added condition that cannot take the old expression apart: no {@code ||} or {@code ?} in it. */
    private static boolean plainConjunct(String condition) {
        return !condition.isBlank() && !condition.contains("||") && !condition.contains("?");
    }

    private static String squeeze(String expression) {
        return expression.trim().replaceAll("\\s+", " ");
    }

    private Verdict order(NodeChange change) {
        String field = change.member();
        String text = "x-order" + (field.isEmpty() ? "" : " " + String.join("/", change.rest())) + " "
                + StructuralChanges.value(change.before()) + " -> " + StructuralChanges.value(change.after());
        if (change.atKeyword()) {
            return change.kind() == Kind.ADDED ? new Verdict(DiffRules.ORDER_ADDED, text + ": an order is promised")
                    : new Verdict(DiffRules.ORDER_CHANGED, text + ": lists no longer promise their order");
        }
        if ("message".equals(field) || "id".equals(field)) {
            return new Verdict(DiffRules.DOCS_CHANGED, text);
        }
        if ("fields".equals(field) && change.kind() == Kind.ADDED) {
            return new Verdict(DiffRules.ORDER_ADDED, text + ": one more sortable field");
        }
        return new Verdict(DiffRules.ORDER_CHANGED, text + ": lists come in another order, or sort by another value");
    }

    private Verdict unique(NodeChange change) {
        if (change.kind() == Kind.REORDERED) {
            return new Verdict(DiffRules.SET_REORDERED, "x-unique entries reordered");
        }
        String which = change.atKeyword() ? "every x-unique entry here" : "x-unique '" + change.member() + "'";
        if (change.rest().size() > 1 && "message".equals(change.rest().get(1))) {
            return new Verdict(DiffRules.DOCS_CHANGED, which + ": message changed");
        }
        if (change.rest().size() <= 1 && change.kind() == Kind.ADDED) {
            return new Verdict(DiffRules.UNIQUE_ADDED, which + " added: one more value promised unique");
        }
        return new Verdict(DiffRules.UNIQUE_REMOVED, which + " " + (change.kind() == Kind.REMOVED ? "removed" : "changed: "
                + StructuralChanges.value(change.before()) + " -> " + StructuralChanges.value(change.after()))
                + ": values consumers took as unique may repeat");
    }

    /** The extension's whole value on its owner, or {@code null}. */
    private static JsonNode whole(SpecTree tree, String owner, String keyword) {
        if (owner == null) {
            return null;
        }
        JsonNode node = tree.root().at(owner).get(keyword);
        return node == null || node.isMissingNode() ? null : node;
    }
}
