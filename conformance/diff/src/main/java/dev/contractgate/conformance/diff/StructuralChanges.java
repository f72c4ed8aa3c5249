package dev.contractgate.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.Text;
import dev.contractgate.conformance.diff.FindingSink.Claimant;
import dev.contractgate.conformance.diff.FindingSink.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second fail-safe, below openapi-diff's model: both documents are compared as written
 * ({@link DocumentChanges}), and every node that differs must be accounted for. A change is
 * claimed by a finding the openapi-diff-based rules already made ({@link ChangeClaims}), or
 * classified by one of our structural rules ({@link StructuralRules}: the spec's own
 * extensions, servers, links, documentation…), or it is {@code diff.unclassified}, breaking,
 * with its pointer and both values.
 */
final class StructuralChanges {

    private final SpecPointers base;
    private final SpecPointers changed;
    private final FindingSink sink;

    StructuralChanges(SpecPointers base, SpecPointers changed, FindingSink sink) {
        this.base = base;
        this.changed = changed;
        this.sink = sink;
    }

    /** What each structural change was accounted for by (for the property test: nothing dropped). */
    record Account(NodeChange change, List<Claimant> claimedBy) {
    }

    List<Account> report() {
        SpecTree baseTree = base.tree();
        SpecTree changedTree = changed.tree();
        List<NodeChange> changes = DocumentChanges.between(baseTree, changedTree);
        List<Claimant> earlier = sink.claimants();
        SchemaUse uses = new SchemaUse(baseTree, changedTree);
        StructuralRules rules = new StructuralRules(baseTree, changedTree, uses);
        Map<NodeChange, List<Claimant>> claimed = new LinkedHashMap<>();
        List<NodeChange> open = new ArrayList<>();
        for (NodeChange change : changes) {
            List<Claimant> by = ChangeClaims.of(earlier, change, uses);
            if (by.isEmpty()) {
                open.add(change);
            } else {
                claimed.put(change, by);
            }
        }
        for (NodeChange change : open) {
            Optional<StructuralRules.Verdict> verdict = rules.classify(change);
            int before = sink.claimantCount();
            if (verdict.isPresent()) {
                add(change, verdict.get().rule(), verdict.get().message());
            } else {
                add(change, DiffRules.UNCLASSIFIED, describe(change)
                        + "; no rule of ours classifies this change, so it counts as breaking");
            }
            claimed.put(change, sink.claimantsFrom(before));
        }
        List<Account> accounts = new ArrayList<>();
        for (NodeChange change : changes) {
            accounts.add(new Account(change, claimed.get(change)));
        }
        return accounts;
    }

    private void add(NodeChange change, String rule, String message) {
        Op op = operation(change);
        sink.add(op, rule, message, change.kind() == NodeChange.Kind.REMOVED,
                base.locate(change.basePointer()), changed.locate(change.changedPointer()), null, null);
    }

    /** {@code <pointer>: <before> -> <after>}, each value cut to one short line. */
    static String describe(NodeChange change) {
        String where = Text.jsonPath(change.pointer());
        return switch (change.kind()) {
            case ADDED -> where + " added: " + value(change.after());
            case REMOVED -> where + " removed (was " + value(change.before()) + ")";
            case REORDERED -> where + " reordered: " + value(change.before()) + " -> " + value(change.after());
            case CHANGED -> change.before().isTextual() && change.after().isTextual()
                    ? where + " changed: " + TextChange.of(change.before().asText(), change.after().asText())
                    : where + " changed: " + value(change.before()) + " -> " + value(change.after());
        };
    }

    static String value(JsonNode node) {
        return node == null ? "(none)" : Text.oneLine(node.toString(), 120);
    }

    /** The operation a change belongs to ({@code /paths/{p}/{method}/…}), or the document. */
    private Op operation(NodeChange change) {
        String pointer = change.pointer();
        String[] parts = pointer.split("/", -1);
        if (parts.length >= 4 && "paths".equals(parts[1])) {
            String path = SpecTree.unescape(parts[2]);
            String method = parts[3];
            if (Slot.PATH_ITEM.child(method) == Slot.OPERATION) {
                SpecPointers spec = change.kind() == NodeChange.Kind.REMOVED ? base : changed;
                return new Op(OperationChanges.key(method.toUpperCase(java.util.Locale.ROOT), path),
                        spec.operationId(path, method.toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return new Op(UnclassifiedChanges.DOCUMENT, null);
    }
}
