package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.FindingSink.Op;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedExample;
import org.openapitools.openapidiff.core.model.ChangedExamples;
import org.openapitools.openapidiff.core.model.ChangedMetadata;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedExtensions;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.schema.ChangedReadOnly;
import org.openapitools.openapidiff.core.model.schema.ChangedWriteOnly;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * The fail-safe: walks every node of openapi-diff's result, and every difference that no rule
 * claimed becomes a breaking {@code diff.unclassified} finding with openapi-diff's own
 * description and verdict. Documentation-only differences (descriptions, summaries, examples,
 * {@code deprecated}) are classified here by {@code diff.docs.changed}.
 *
 * <p>Component schemas that no operation uses ({@code getChangedSchemas()}) are not walked: a
 * schema no request or response reaches cannot break a consumer, and every one that is
 * reached is walked under its operation.
 */
final class UnclassifiedChanges {

    /** The key under which changes outside any operation are filed. */
    static final String DOCUMENT = "(document)";

    private final SpecPointers base;
    private final SpecPointers changed;
    private final FindingSink sink;
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    UnclassifiedChanges(SpecPointers base, SpecPointers changed, FindingSink sink) {
        this.base = base;
        this.changed = changed;
        this.sink = sink;
    }

    void report(ChangedOpenApi diff) {
        Op document = new Op(DOCUMENT, null);
        for (String aspect : ChangeAspects.of(diff)) {
            unclaimed(document, null, diff, aspect, "/paths", "the document");
        }
        if (diff.getChangedExtensions() != null) {
            visit(document, null, diff.getChangedExtensions(), "/", "the document");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            String path = operation.getPathUrl();
            String method = operation.getHttpMethod().name();
            Op op = new Op(OperationChanges.key(method, path), changed.operationId(path, method));
            visit(op, operation, operation, SpecSource.operationPointer(path, method), OperationChanges.key(method, path));
        }
    }

    private void visit(Op op, ChangedOperation operation, Changed node, String pointer, String where) {
        if (node == null || !seen.add(node) || sink.claimed(node, FindingSink.WHOLE) || !node.isDifferent()) {
            return;
        }
        if (node instanceof ComposedChanged composed) {
            for (String aspect : ChangeAspects.of(composed)) {
                unclaimed(op, operation, node, aspect, pointer, where);
            }
            Map<Object, String> keys = ChangeAspects.childKeys(composed);
            for (Changed child : composed.getChangedElements()) {
                if (child == null) {
                    continue;
                }
                String key = keys.get(child);
                visit(op, operation, child, pointer, where + " > " + (key != null ? key : ChangeAspects.name(child)));
            }
        } else {
            unclaimed(op, operation, node, "", pointer, where);
        }
    }

    private void unclaimed(Op op, ChangedOperation operation, Object node, String aspect, String pointer, String where) {
        if (sink.claimed(node, aspect)) {
            return;
        }
        String basePointer = pointer;
        if (documentation(node, aspect)) {
            // reported, node by node with both texts, by the structural diff (StructuralRules)
            sink.claim(node, aspect);
            return;
        }
        DiffResult verdict = node instanceof ComposedChanged c && !aspect.isEmpty() ? c.isCoreChanged()
                : node instanceof Changed c ? c.isChanged() : DiffResult.UNKNOWN;
        sink.add(op, DiffRules.UNCLASSIFIED, where + ": " + ChangeAspects.describe(node, aspect)
                        + " (openapi-diff: " + verdict.getValue() + "; no rule of ours classifies it, so it counts as breaking)",
                false, base.locate(basePointer), changed.locate(pointer), node, aspect);
    }

    /**
     * Differences the structural diff classifies itself, node by node with both values
     * ({@link StructuralRules}): documentation, {@code deprecated}, {@code readOnly}/{@code writeOnly},
     * a discriminator, the {@code x-} extensions. It sees every node of both documents, so a
     * difference handed to it cannot pass unclassified.
     */
    private static boolean documentation(Object node, String aspect) {
        return node instanceof ChangedMetadata || node instanceof ChangedExample || node instanceof ChangedExamples
                || node instanceof ChangedReadOnly || node instanceof ChangedWriteOnly || node instanceof ChangedExtensions
                || "deprecated".equals(aspect) || "discriminator".equals(aspect) || aspect.startsWith("extensions.");
    }
}
