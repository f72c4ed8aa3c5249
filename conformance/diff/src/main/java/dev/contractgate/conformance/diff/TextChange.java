package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.Text;

/**
 * Two texts shown where they differ: the common beginning and end are cut down to a little
 * context, so two long descriptions that differ in one word do not print as two identical-looking
 * cut lines.
 */
final class TextChange {

    private static final int CONTEXT = 24;
    private static final int WHOLE = 100;

    private TextChange() {
    }

    /** {@code "before" -> "after"}, or {@code "…fore X aft…" -> "…fore Y aft…"} when they are long. */
    static String of(String before, String after) {
        if (before.length() <= WHOLE && after.length() <= WHOLE) {
            return quote(before) + " -> " + quote(after);
        }
        int prefix = 0;
        int shorter = Math.min(before.length(), after.length());
        while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int from = Math.max(0, prefix - CONTEXT);
        return quote(cut(before, from, suffix)) + " -> " + quote(cut(after, from, suffix));
    }

    private static String cut(String text, int from, int suffix) {
        int to = Math.min(text.length(), text.length() - suffix + CONTEXT);
        String middle = text.substring(from, Math.max(from, to));
        if (middle.length() > WHOLE * 2) {
            middle = middle.substring(0, WHOLE) + "…" + middle.substring(middle.length() - WHOLE);
        }
        return (from > 0 ? "…" : "") + middle + (to < text.length() ? "…" : "");
    }

    private static String quote(String text) {
        return "\"" + Text.oneLine(text, 400) + "\"";
    }
}
