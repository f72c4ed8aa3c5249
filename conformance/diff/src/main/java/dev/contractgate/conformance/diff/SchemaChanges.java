package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.SpecLocation;
import dev.contractgate.conformance.diff.FindingSink.Op;
import dev.contractgate.conformance.diff.SpecPointers.SchemaCursor;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedNullable;

/**
 * Classifies the schema changes openapi-diff found, node by node, for a consumer: in a
 * request a consumer sends data the server must accept (new required fields, narrower bounds
 * or enums, a changed format break it); in a response a consumer reads data (removed or no
 * longer required fields, new enum values, {@code nullable}, a changed format or wider bounds
 * break it; openapi-diff calls several of these compatible, we do not).
 *
 * <p>Every aspect of a node that a rule reports is claimed in the sink; what stays unclaimed
 * is reported by {@link UnclassifiedChanges}.
 */
final class SchemaChanges {

    /** What a schema belongs to: the request body or a parameter, or a response (its status) or a response header. */
    record Target(String label, boolean request, String status) {
        static Target request(String label) {
            return new Target(label, true, null);
        }

        static Target response(String label, String status) {
            return new Target(label, false, status);
        }
    }

    private final SpecPointers base;
    private final SpecPointers changed;
    private final FindingSink sink;
    private final Set<ChangedSchema> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    SchemaChanges(SpecPointers base, SpecPointers changed, FindingSink sink) {
        this.base = base;
        this.changed = changed;
        this.sink = sink;
    }

    /** @param field the field path so far ("" at the root, {@code tokens[].kind} below) */
    void walk(Op op, ChangedSchema cs, SchemaCursor b, SchemaCursor c, Target target, String field) {
        if (cs == null || !seen.add(cs)) {
            return;
        }
        Schema<?> oldSchema = cs.getOldSchema();
        Schema<?> newSchema = cs.getNewSchema();
        Node node = new Node(op, cs, b, c, target, field);
        if (oldSchema != null && newSchema != null) {
            if (cs.isChangedType() && !Objects.equals(typeOf(oldSchema), typeOf(newSchema))) {
                node.report(target.request() ? DiffRules.REQUEST_TYPE_CHANGED : DiffRules.RESPONSE_TYPE_CHANGED,
                        "type changed from " + typeOf(oldSchema) + " to " + typeOf(newSchema), cs, "type");
                // bounds, enums and formats of another type say nothing more
                constraintNodes(cs).forEach(n -> sink.claim(n, ""));
                sink.claim(cs, "format");
            } else {
                format(node, oldSchema, newSchema);
                enums(node, values(oldSchema.getEnum()), values(newSchema.getEnum()));
                nullable(node, cs.getNullable());
                bounds(node);
            }
            if (cs.isChangeDefault()) {
                node.report(DiffRules.DEFAULT_CHANGED, "default " + oldSchema.getDefault() + " -> " + newSchema.getDefault(),
                        cs, "default");
            }
            new FieldChanges(node, base, changed).classify();
        }
        for (Map.Entry<String, ChangedSchema> e : nullSafe(cs.getChangedProperties()).entrySet()) {
            walk(op, e.getValue(), base.property(b, e.getKey()), changed.property(c, e.getKey()), target,
                    join(field, e.getKey()));
        }
        if (cs.getItems() != null) {
            walk(op, cs.getItems(), base.items(b), changed.items(c), target, field + "[]");
        }
    }

    /**
     * A changed {@code format}. openapi-diff flags it as {@code changeFormat}, or, where the
     * parser made schemas of different classes of it ({@code date-time} and {@code date}), as a
     * type change: both are claimed here when the formats differ.
     */
    private void format(Node node, Schema<?> o, Schema<?> n) {
        if (!Objects.equals(o.getFormat(), n.getFormat())) {
            if (node.cs().isChangedType()) {
                sink.claim(node.cs(), "type");
            }
            node.report(node.target().request() ? DiffRules.REQUEST_FORMAT_CHANGED : DiffRules.RESPONSE_FORMAT_CHANGED,
                    "format changed from " + o.getFormat() + " to " + n.getFormat()
                            + (node.target().request() ? "; values valid before may be rejected" : "; readers parse it differently"),
                    node.cs(), "format");
        }
    }

    private void enums(Node node, List<String> oldValues, List<String> newValues) {
        Object claim = node.cs().getEnumeration();
        if (oldValues == null && newValues == null) {
            return;
        }
        List<String> added = newValues == null ? List.of() : minus(newValues, oldValues);
        List<String> dropped = oldValues == null ? List.of() : minus(oldValues, newValues);
        boolean nowRestricted = oldValues == null;
        boolean nowOpen = newValues == null;
        if (node.target().request()) {
            if (nowRestricted || !dropped.isEmpty()) {
                node.report(DiffRules.REQUEST_ENUM_NARROWED, "accepted values narrowed"
                        + (dropped.isEmpty() ? " to " + newValues : ", dropped " + dropped), claim, "");
            } else if (nowOpen || !added.isEmpty()) {
                node.report(DiffRules.REQUEST_ENUM_WIDENED, "accepts more values"
                        + (added.isEmpty() ? " (enum removed)" : ": " + added), claim, "");
            }
        } else if (nowOpen || !added.isEmpty()) {
            node.report(DiffRules.RESPONSE_ENUM_WIDENED, "response may carry values consumers do not know"
                    + (added.isEmpty() ? " (enum removed)" : ": " + added), claim, "");
        } else if (nowRestricted || !dropped.isEmpty()) {
            node.report(DiffRules.RESPONSE_ENUM_NARROWED, "fewer values may be sent"
                    + (dropped.isEmpty() ? ": now only " + newValues : ", dropped " + dropped), claim, "");
        }
    }

    private void nullable(Node node, ChangedNullable nullable) {
        if (nullable == null || Boolean.TRUE.equals(nullable.getLeft()) == Boolean.TRUE.equals(nullable.getRight())) {
            return;
        }
        boolean nowNullable = Boolean.TRUE.equals(nullable.getRight());
        String rule = node.target().request()
                ? (nowNullable ? DiffRules.REQUEST_NULLABLE_ADDED : DiffRules.REQUEST_NULLABLE_REMOVED)
                : (nowNullable ? DiffRules.RESPONSE_NULLABLE_ADDED : DiffRules.RESPONSE_NULLABLE_REMOVED);
        node.report(rule, nowNullable ? "became nullable" + (node.target().request() ? "" : "; readers may get null")
                : "no longer nullable" + (node.target().request() ? "; clients that send null are rejected" : ""), nullable, "");
    }

    private void bounds(Node node) {
        List<BoundChanges.Step> steps = BoundChanges.of(node.cs());
        boolean request = node.target().request();
        List<BoundChanges.Step> breaking = steps.stream()
                .filter(s -> s.direction() == BoundChanges.Direction.DIFFERENT
                        || (s.direction() == BoundChanges.Direction.TIGHTER) == request)
                .toList();
        List<BoundChanges.Step> safe = steps.stream().filter(s -> !breaking.contains(s)).toList();
        if (!breaking.isEmpty()) {
            node.report(request ? DiffRules.REQUEST_BOUNDS_NARROWED : DiffRules.RESPONSE_BOUNDS_WIDENED,
                    (request ? "bounds narrowed " : "bounds widened ") + texts(breaking), null, "");
        }
        if (!safe.isEmpty()) {
            node.report(request ? DiffRules.REQUEST_BOUNDS_RELAXED : DiffRules.RESPONSE_BOUNDS_NARROWED,
                    (request ? "bounds relaxed " : "bounds narrowed ") + texts(safe), null, "");
        }
        steps.forEach(s -> sink.claim(s.node(), ""));
    }

    private static List<String> texts(List<BoundChanges.Step> steps) {
        return steps.stream().map(BoundChanges.Step::text).toList();
    }

    private static Stream<Object> constraintNodes(ChangedSchema cs) {
        return Stream.of(cs.getEnumeration(), cs.getNullable(), cs.getMaxLength(), cs.getMinLength(),
                cs.getNumericRange(), cs.getMaxItems(), cs.getMinItems(), cs.getMaxProperties(),
                cs.getMinProperties(), cs.getUniqueItems(), cs.getPattern(), cs.getMultipleOf());
    }

    /**
     * One schema node being classified, with its place in both specs; {@link #report} files a
     * finding located there and claims the openapi-diff node (and aspect) it classifies.
     */
    final class Node {
        private final Op op;
        private final ChangedSchema cs;
        private final SchemaCursor b;
        private final SchemaCursor c;
        private final Target target;
        private final String field;

        Node(Op op, ChangedSchema cs, SchemaCursor b, SchemaCursor c, Target target, String field) {
            this.op = op;
            this.cs = cs;
            this.b = b;
            this.c = c;
            this.target = target;
            this.field = field;
        }

        ChangedSchema cs() {
            return cs;
        }

        Target target() {
            return target;
        }

        String field() {
            return field;
        }

        SchemaCursor base() {
            return b;
        }

        SchemaCursor changed() {
            return c;
        }

        String label(String fieldPath) {
            return target.label() + (fieldPath.isEmpty() ? "" : " field '" + fieldPath + "'");
        }

        void claim(Object claimNode, String aspect) {
            sink.claim(claimNode, aspect);
        }

        void report(String rule, String what, Object claimNode, String aspect) {
            report(rule, label(field) + ": " + what, false, loc(base, b), loc(changed, c), field, claimNode, aspect);
        }

        /** A finding about this node or one of its fields ({@code fieldPath}), recorded for consumer impact too. */
        void report(String rule, String message, boolean inBase, SpecLocation baseLoc, SpecLocation changedLoc,
                    String fieldPath, Object claimNode, String aspect) {
            dev.contractgate.conformance.core.Finding made = sink.add(op, rule, message, inBase, baseLoc, changedLoc,
                    claimNode, aspect);
            if (!target.request() && target.status() != null) {
                sink.responseField(op, target.status(), fieldPath, made);
            }
        }
    }

    static String typeOf(Schema<?> schema) {
        return schema.getType() != null ? schema.getType()
                : schema.getTypes() == null || schema.getTypes().isEmpty() ? null : String.join("|", schema.getTypes());
    }

    private static List<String> values(List<?> values) {
        return values == null ? null : values.stream().map(String::valueOf).toList();
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(v -> b == null || !b.contains(v)).toList();
    }

    static String join(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }

    static SpecLocation loc(SpecPointers spec, SchemaCursor cursor) {
        return spec.locate(cursor.pointer());
    }

    static <K, V> Map<K, V> nullSafe(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
