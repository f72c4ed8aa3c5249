package dev.contractgate.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.diff.NodeChange.Kind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Our rules for the changes no openapi-diff-based finding accounts for, tried in order; a
 * change none of them classifies is {@code diff.unclassified}. Compatible by nature is a short
 * list: documentation ({@code description}, {@code summary}, {@code externalDocs}, examples,
 * the {@code info} object, tag texts, a schema's {@code title}, an OAuth scope's text), a path
 * parameter's name, and a patch of the OpenAPI version within 3.0.
 */
final class StructuralRules {

    /** What a rule says about one change: its key and one line. */
    record Verdict(String rule, String message) {
    }

    private static final Set<String> DOC_KEYWORDS = Set.of("description", "summary", "externalDocs", "example", "examples");

    private final SpecTree base;
    private final SpecTree changed;
    private final SchemaUse uses;
    private final List<Function<NodeChange, Optional<Verdict>>> rules;

    StructuralRules(SpecTree base, SpecTree changed, SchemaUse uses) {
        this.base = base;
        this.changed = changed;
        this.uses = uses;
        ExtensionRules extensions = new ExtensionRules(base, changed);
        SchemaKeywordRules schemas = new SchemaKeywordRules(uses, changed);
        this.rules = List.of(this::reference, this::unreferenced, StructuralRules::documentation, this::deprecation,
                extensions::classify, StructuralRules::servers, StructuralRules::tags, StructuralRules::links,
                this::parameters, StructuralRules::paths, schemas::classify);
    }

    Optional<Verdict> classify(NodeChange change) {
        for (Function<NodeChange, Optional<Verdict>> rule : rules) {
            Optional<Verdict> verdict = rule.apply(change);
            if (verdict.isPresent()) {
                return verdict;
            }
        }
        return Optional.empty();
    }

    /** A {@code $ref} that names another definition; what the definitions say is compared in its place. */
    private Optional<Verdict> reference(NodeChange change) {
        if (!"$ref".equals(change.keyword()) || change.kind() != Kind.CHANGED || !change.atKeyword()) {
            return Optional.empty();
        }
        String was = refText(change.before());
        String now = refText(change.after());
        boolean local = (was.isEmpty() || was.startsWith("#")) && (now.isEmpty() || now.startsWith("#"));
        // a reference that names nothing here (or is remote) had its target compared by nobody: fail safe
        if (!local || !was.isEmpty() && !isObject(base.at(was)) || !now.isEmpty() && !isObject(changed.at(now))) {
            return Optional.empty();
        }
        boolean same = SpecTree.same(base.resolved(change.before()), changed.resolved(change.after()));
        return Optional.of(new Verdict(DiffRules.REF_RETARGETED, "$ref " + (was.isEmpty() ? "(inline)" : was) + " -> "
                + (now.isEmpty() ? "(inline)" : now) + (same ? ": both define the same" : ": what they define differs, reported on its own")));
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static String refText(JsonNode node) {
        return node != null && node.has("$ref") ? node.get("$ref").asText() : "";
    }

    private Optional<Verdict> unreferenced(NodeChange change) {
        if (uses.unreferenced(change.pointer())) {
            return Optional.of(new Verdict(DiffRules.COMPONENT_UNREFERENCED, StructuralChanges.describe(change)
                    + " (no operation of either document reaches it)"));
        }
        return Optional.empty();
    }

    private static Optional<Verdict> documentation(NodeChange change) {
        boolean docs = switch (change.owner()) {
            case INFO, TAG, EXAMPLE -> true;
            case ROOT -> "tags".equals(change.keyword()) || "externalDocs".equals(change.keyword())
                    || "openapi".equals(change.keyword()) && change.before() != null && change.after() != null
                    && change.before().asText().startsWith("3.0.") && change.after().asText().startsWith("3.0.");
            case SECURITY_SCHEME -> "description".equals(change.keyword()) || "flows".equals(change.keyword())
                    && change.kind() == Kind.CHANGED && change.rest().size() == 3 && "scopes".equals(change.rest().get(1));
            case DATA -> false;
            default -> DOC_KEYWORDS.contains(change.keyword());
        };
        return docs ? Optional.of(new Verdict(DiffRules.DOCS_CHANGED, StructuralChanges.describe(change))) : Optional.empty();
    }

    private Optional<Verdict> deprecation(NodeChange change) {
        if (!"deprecated".equals(change.keyword()) && !"x-sunset".equals(change.keyword())) {
            return Optional.empty();
        }
        JsonNode owner = change.ownerChanged() == null ? null : changed.root().at(change.ownerChanged());
        boolean now = owner != null && owner.path("deprecated").asBoolean(false);
        String sunset = owner != null && owner.hasNonNull("x-sunset") ? " (sunset " + owner.get("x-sunset").asText() + ")" : "";
        String what = change.ownerPointer();
        return Optional.of(new Verdict(DiffRules.DEPRECATED, "x-sunset".equals(change.keyword())
                ? what + ": sunset date " + StructuralChanges.value(change.before()) + " -> " + StructuralChanges.value(change.after())
                : what + (now ? " is deprecated" + sunset : " is no longer deprecated")));
    }

    private static Optional<Verdict> servers(NodeChange change) {
        boolean inList = "servers".equals(change.keyword());
        if (!inList && change.owner() != Slot.SERVER) {
            return Optional.empty();
        }
        if (inList && change.rest().size() == 1 && change.kind() == Kind.ADDED && !"0".equals(change.member())) {
            return Optional.of(new Verdict(DiffRules.SERVER_ADDED, StructuralChanges.describe(change)));
        }
        return Optional.of(new Verdict(DiffRules.SERVER_CHANGED, StructuralChanges.describe(change)
                + ": clients built from the spec call another base URL"));
    }

    private static Optional<Verdict> tags(NodeChange change) {
        if (change.owner() != Slot.OPERATION || !"tags".equals(change.keyword())) {
            return Optional.empty();
        }
        Set<String> before = SpecTree.texts(change.before());
        Set<String> after = SpecTree.texts(change.after());
        if (after.containsAll(before)) {
            return Optional.of(new Verdict(DiffRules.OPERATION_TAG_ADDED, StructuralChanges.describe(change)));
        }
        return Optional.of(new Verdict(DiffRules.OPERATION_TAG_REMOVED, StructuralChanges.describe(change)
                + ": generated clients group operations into API classes by tag, so the method leaves its class"));
    }

    private static Optional<Verdict> links(NodeChange change) {
        boolean responseLinks = change.owner() == Slot.RESPONSE && "links".equals(change.keyword());
        if (!responseLinks && change.owner() != Slot.LINK) {
            return Optional.empty();
        }
        boolean added = responseLinks && change.kind() == Kind.ADDED && change.rest().size() <= 1;
        return Optional.of(new Verdict(added ? DiffRules.LINK_ADDED : DiffRules.LINK_CHANGED, StructuralChanges.describe(change)));
    }

    private Optional<Verdict> parameters(NodeChange change) {
        if ("parameters".equals(change.keyword()) && change.kind() == Kind.REORDERED) {
            return Optional.of(new Verdict(DiffRules.PARAMETER_ORDER_CHANGED, StructuralChanges.describe(change)
                    + ": generated client methods take parameters in this order"));
        }
        if (change.owner() != Slot.PARAMETER && change.owner() != Slot.HEADER) {
            return Optional.empty();
        }
        String text = StructuralChanges.describe(change);
        return switch (change.keyword()) {
            case "style", "explode", "allowReserved", "allowEmptyValue" -> Optional.of(new Verdict(change.owner() == Slot.HEADER
                    ? DiffRules.RESPONSE_HEADER_CHANGED : DiffRules.PARAMETER_STYLE_CHANGED, text + ": the same value is serialised differently"));
            case "name" -> isPathParameter(change)
                    ? Optional.of(new Verdict(DiffRules.DOCS_CHANGED, text + " (a path parameter: the URL on the wire is the same)"))
                    : Optional.empty();
            case "required" -> Optional.of(new Verdict(change.after() != null && change.after().asBoolean()
                    ? (change.owner() == Slot.HEADER ? DiffRules.RESPONSE_HEADER_ADDED : DiffRules.PARAMETER_REQUIRED_ADDED)
                    : (change.owner() == Slot.HEADER ? DiffRules.RESPONSE_HEADER_CHANGED : DiffRules.PARAMETER_NOW_OPTIONAL), text));
            default -> Optional.empty();
        };
    }

    private boolean isPathParameter(NodeChange change) {
        return change.kind() == Kind.CHANGED && change.ownerChanged() != null && change.ownerBase() != null
                && "path".equals(changed.root().at(change.ownerChanged()).path("in").asText())
                && "path".equals(base.root().at(change.ownerBase()).path("in").asText());
    }

    /** A path whose parameter names changed: {@code /a/{x}} and {@code /a/{y}} are one URL on the wire. */
    private static Optional<Verdict> paths(NodeChange change) {
        if (change.owner() == Slot.ROOT && "paths".equals(change.keyword()) && change.kind() == Kind.CHANGED
                && change.rest().size() == 1 && change.before().isTextual() && change.after().isTextual()) {
            return Optional.of(new Verdict(DiffRules.DOCS_CHANGED, "path " + change.before().asText() + " is now written "
                    + change.after().asText() + " (parameter names only: the URL on the wire is the same)"));
        }
        return Optional.empty();
    }
}
