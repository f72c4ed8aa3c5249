package dev.contractgate.conformance.diff;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * The value constraints of one schema node compared old to new: lengths, ranges,
 * {@code exclusive*}, item and property counts, {@code pattern}, {@code multipleOf},
 * {@code uniqueItems}. Each step says whether the set of valid values got smaller (tighter),
 * larger (looser) or just different (a changed pattern), and which openapi-diff node reports it.
 */
final class BoundChanges {

    enum Direction { TIGHTER, LOOSER, DIFFERENT }

    /** One constraint that changed, e.g. {@code maxLength 50 -> 20}. */
    record Step(String text, Direction direction, Object node) {
    }

    private BoundChanges() {
    }

    static List<Step> of(ChangedSchema cs) {
        Schema<?> o = cs.getOldSchema();
        Schema<?> n = cs.getNewSchema();
        List<Step> steps = new ArrayList<>();
        upper(steps, "maxLength", num(o.getMaxLength()), num(n.getMaxLength()), cs.getMaxLength());
        lower(steps, "minLength", num(o.getMinLength()), num(n.getMinLength()), cs.getMinLength());
        upper(steps, "maximum", o.getMaximum(), n.getMaximum(), cs.getNumericRange());
        lower(steps, "minimum", o.getMinimum(), n.getMinimum(), cs.getNumericRange());
        flag(steps, "exclusiveMaximum", o.getExclusiveMaximum(), n.getExclusiveMaximum(), cs.getNumericRange());
        flag(steps, "exclusiveMinimum", o.getExclusiveMinimum(), n.getExclusiveMinimum(), cs.getNumericRange());
        upper(steps, "maxItems", num(o.getMaxItems()), num(n.getMaxItems()), cs.getMaxItems());
        lower(steps, "minItems", num(o.getMinItems()), num(n.getMinItems()), cs.getMinItems());
        upper(steps, "maxProperties", num(o.getMaxProperties()), num(n.getMaxProperties()), cs.getMaxProperties());
        lower(steps, "minProperties", num(o.getMinProperties()), num(n.getMinProperties()), cs.getMinProperties());
        flag(steps, "uniqueItems", o.getUniqueItems(), n.getUniqueItems(), cs.getUniqueItems());
        added(steps, "pattern", o.getPattern(), n.getPattern(), cs.getPattern());
        added(steps, "multipleOf", o.getMultipleOf(), n.getMultipleOf(), cs.getMultipleOf());
        return steps;
    }

    /** An upper bound: lower or newly set is tighter, higher or dropped looser. */
    private static void upper(List<Step> steps, String name, BigDecimal o, BigDecimal n, Object node) {
        if (same(o, n)) {
            return;
        }
        boolean tighter = o == null || (n != null && n.compareTo(o) < 0);
        steps.add(new Step(name + " " + o + " -> " + n, tighter ? Direction.TIGHTER : Direction.LOOSER, node));
    }

    /** A lower bound: higher or newly set is tighter, lower or dropped looser. */
    private static void lower(List<Step> steps, String name, BigDecimal o, BigDecimal n, Object node) {
        if (same(o, n)) {
            return;
        }
        boolean tighter = o == null || (n != null && n.compareTo(o) > 0);
        steps.add(new Step(name + " " + o + " -> " + n, tighter ? Direction.TIGHTER : Direction.LOOSER, node));
    }

    /** A flag that excludes values when true ({@code exclusiveMaximum}, {@code uniqueItems}). */
    private static void flag(List<Step> steps, String name, Boolean o, Boolean n, Object node) {
        boolean before = Boolean.TRUE.equals(o);
        boolean after = Boolean.TRUE.equals(n);
        if (before != after) {
            steps.add(new Step(name + " " + before + " -> " + after, after ? Direction.TIGHTER : Direction.LOOSER, node));
        }
    }

    /** A constraint that is either there or not: added is tighter, dropped looser, changed different. */
    private static void added(List<Step> steps, String name, Object o, Object n, Object node) {
        if (Objects.equals(o, n) || (o instanceof BigDecimal a && n instanceof BigDecimal b && a.compareTo(b) == 0)) {
            return;
        }
        Direction direction = o == null ? Direction.TIGHTER : n == null ? Direction.LOOSER : Direction.DIFFERENT;
        steps.add(new Step(name + " " + quoted(o) + " -> " + quoted(n), direction, node));
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static boolean same(BigDecimal o, BigDecimal n) {
        return Objects.equals(o, n) || (o != null && n != null && o.compareTo(n) == 0);
    }

    private static BigDecimal num(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
