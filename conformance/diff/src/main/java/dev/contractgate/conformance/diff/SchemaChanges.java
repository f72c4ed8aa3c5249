package dev.contractgate.conformance.diff;

import static dev.contractgate.conformance.core.Severity.ERROR;
import static dev.contractgate.conformance.core.Severity.WARNING;

import dev.contractgate.conformance.diff.FindingSink.Op;
import dev.contractgate.conformance.diff.SpecPointers.SchemaCursor;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * Classifies the schema changes openapi-diff found, node by node, for a consumer: in a
 * request a consumer sends data the server must accept (new required fields, narrower bounds
 * or enums break it); in a response a consumer reads data (removed fields and new enum values
 * break it; openapi-diff calls a widened response enum compatible, we do not).
 */
final class SchemaChanges {

    private final SpecPointers base;
    private final SpecPointers changed;
    private final FindingSink sink;

    SchemaChanges(SpecPointers base, SpecPointers changed, FindingSink sink) {
        this.base = base;
        this.changed = changed;
        this.sink = sink;
    }

    /**
     * @param where   what the schema belongs to, for messages ("request body", "response 200")
     * @param field   the field path so far ("" at the root)
     */
    void walk(Op op, ChangedSchema cs, SchemaCursor b, SchemaCursor c, boolean request, String where, String field) {
        if (cs == null) {
            return;
        }
        Schema<?> oldSchema = cs.getOldSchema();
        Schema<?> newSchema = cs.getNewSchema();
        String label = where + (field.isEmpty() ? "" : " field '" + field + "'");
        if (oldSchema != null && newSchema != null) {
            boolean typeChanged = cs.isChangedType() && !Objects.equals(typeOf(oldSchema), typeOf(newSchema));
            if (typeChanged) {
                // bounds and enums of another type say nothing more
                sink.add(op, request ? DiffRules.REQUEST_TYPE_CHANGED : DiffRules.RESPONSE_TYPE_CHANGED, ERROR,
                        label + ": type changed from " + typeOf(oldSchema) + " to " + typeOf(newSchema),
                        false, loc(base, b), loc(changed, c));
            } else {
                enums(op, oldSchema, newSchema, b, c, request, label);
                if (request) {
                    bounds(op, oldSchema, newSchema, b, c, label);
                }
            }
            properties(op, cs, oldSchema, newSchema, b, c, request, where, field);
        }
        for (Map.Entry<String, ChangedSchema> e : nullSafe(cs.getChangedProperties()).entrySet()) {
            walk(op, e.getValue(), base.property(b, e.getKey()), changed.property(c, e.getKey()), request, where,
                    join(field, e.getKey()));
        }
        if (cs.getItems() != null) {
            walk(op, cs.getItems(), base.items(b), changed.items(c), request, where, field + "[]");
        }
    }

    private void properties(Op op, ChangedSchema cs, Schema<?> oldSchema, Schema<?> newSchema,
                            SchemaCursor b, SchemaCursor c, boolean request, String where, String field) {
        List<String> oldRequired = nullSafe(oldSchema.getRequired());
        List<String> newRequired = nullSafe(newSchema.getRequired());
        if (request) {
            for (String name : newRequired) {
                if (!oldRequired.contains(name)) {
                    boolean isNew = nullSafe(cs.getIncreasedProperties()).containsKey(name);
                    sink.add(op, DiffRules.REQUEST_FIELD_REQUIRED_ADDED, ERROR,
                            where + ": " + (isNew ? "new required field '" : "field became required '")
                                    + join(field, name) + "'",
                            false, loc(base, isNew ? base.deref(b) : base.property(b, name)),
                            loc(changed, changed.property(c, name)));
                }
            }
        }
        for (String name : nullSafe(cs.getIncreasedProperties()).keySet()) {
            if (request && newRequired.contains(name)) {
                continue;
            }
            sink.add(op, request ? DiffRules.REQUEST_FIELD_OPTIONAL_ADDED : DiffRules.RESPONSE_FIELD_ADDED, WARNING,
                    where + ": new " + (request ? "optional " : "") + "field '" + join(field, name) + "'",
                    false, loc(base, base.deref(b)), loc(changed, changed.property(c, name)));
        }
        if (!request) {
            for (String name : nullSafe(cs.getMissingProperties()).keySet()) {
                sink.add(op, DiffRules.RESPONSE_FIELD_REMOVED, ERROR,
                        where + ": field '" + join(field, name) + "' removed; consumers that read it break",
                        true, loc(base, base.property(b, name)), loc(changed, changed.deref(c)));
            }
        }
    }

    private void enums(Op op, Schema<?> oldSchema, Schema<?> newSchema, SchemaCursor b, SchemaCursor c,
                       boolean request, String label) {
        List<String> oldValues = values(oldSchema.getEnum());
        List<String> newValues = values(newSchema.getEnum());
        if (request) {
            List<String> dropped = oldValues == null ? List.of() : minus(oldValues, newValues);
            if ((oldValues == null && newValues != null) || !dropped.isEmpty()) {
                sink.add(op, DiffRules.REQUEST_ENUM_NARROWED, ERROR,
                        label + ": accepted values narrowed" + (dropped.isEmpty() ? " to " + newValues : ", dropped " + dropped),
                        false, loc(base, b), loc(changed, c));
            }
        } else {
            List<String> added = newValues == null ? List.of() : minus(newValues, oldValues);
            if ((oldValues != null && newValues == null) || !added.isEmpty()) {
                sink.add(op, DiffRules.RESPONSE_ENUM_WIDENED, ERROR,
                        label + ": response may carry values consumers do not know"
                                + (added.isEmpty() ? " (enum removed)" : ": " + added),
                        false, loc(base, b), loc(changed, c));
            }
        }
    }

    private void bounds(Op op, Schema<?> o, Schema<?> n, SchemaCursor b, SchemaCursor c, String label) {
        List<String> narrowed = new ArrayList<>();
        List<String> relaxed = new ArrayList<>();
        upper("maxLength", num(o.getMaxLength()), num(n.getMaxLength()), narrowed, relaxed);
        lower("minLength", num(o.getMinLength()), num(n.getMinLength()), narrowed, relaxed);
        upper("maximum", o.getMaximum(), n.getMaximum(), narrowed, relaxed);
        lower("minimum", o.getMinimum(), n.getMinimum(), narrowed, relaxed);
        upper("maxItems", num(o.getMaxItems()), num(n.getMaxItems()), narrowed, relaxed);
        lower("minItems", num(o.getMinItems()), num(n.getMinItems()), narrowed, relaxed);
        if (!narrowed.isEmpty()) {
            sink.add(op, DiffRules.REQUEST_BOUNDS_NARROWED, ERROR, label + ": bounds narrowed " + narrowed,
                    false, loc(base, b), loc(changed, c));
        }
        if (!relaxed.isEmpty()) {
            sink.add(op, DiffRules.REQUEST_BOUNDS_RELAXED, WARNING, label + ": bounds relaxed " + relaxed,
                    false, loc(base, b), loc(changed, c));
        }
    }

    /** An upper bound: lower or newly set narrows, higher or dropped relaxes. */
    private static void upper(String name, BigDecimal o, BigDecimal n, List<String> narrowed, List<String> relaxed) {
        if (Objects.equals(o, n) || (o != null && n != null && o.compareTo(n) == 0)) {
            return;
        }
        boolean narrows = o == null || (n != null && n.compareTo(o) < 0);
        (narrows ? narrowed : relaxed).add(name + " " + o + " -> " + n);
    }

    /** A lower bound: higher or newly set narrows, lower or dropped relaxes. */
    private static void lower(String name, BigDecimal o, BigDecimal n, List<String> narrowed, List<String> relaxed) {
        if (Objects.equals(o, n) || (o != null && n != null && o.compareTo(n) == 0)) {
            return;
        }
        boolean narrows = o == null || (n != null && n.compareTo(o) > 0);
        (narrows ? narrowed : relaxed).add(name + " " + o + " -> " + n);
    }

    private static BigDecimal num(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static String typeOf(Schema<?> schema) {
        return schema.getType() != null ? schema.getType()
                : schema.getTypes() == null || schema.getTypes().isEmpty() ? null : String.join("|", schema.getTypes());
    }

    private static List<String> values(List<?> values) {
        return values == null ? null : values.stream().map(String::valueOf).toList();
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(v -> b == null || !b.contains(v)).toList();
    }

    private static String join(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }

    static dev.contractgate.conformance.core.SpecLocation loc(SpecPointers spec, SchemaCursor cursor) {
        return spec.locate(cursor.pointer());
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> nullSafe(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
