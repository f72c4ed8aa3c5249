package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.SecretMasker;

/**
 * Last line of defence shared by the renderers: masks secrets in any text they print, and takes out
 * terminal control characters (an operationId or a server's message holding {@code ESC[2J} must not
 * clear the terminal of the person reading the console or a report), keeping line breaks and tabs.
 */
final class ReportSafety {

    private ReportSafety() {
    }

    static String safe(String text) {
        return text == null ? "" : withoutControls(SecretMasker.mask(text));
    }

    /**
     * A whole rendered document with every control character replaced: the renderers make their
     * documents of many fields (operation names, rule keys, locations, filter lists), and a field one of
     * them forgot to pass through {@link #safe} must still not reach a terminal that shows the file.
     */
    static String withoutControls(String document) {
        int first = 0;
        while (first < document.length() && !isControl(document.charAt(first))) {
            first++;
        }
        if (first == document.length()) {
            return document; // the usual case, and a report can be tens of megabytes: one pass, no copy
        }
        StringBuilder clean = new StringBuilder(document.length()).append(document, 0, first);
        for (int i = first; i < document.length(); i++) {
            char c = document.charAt(i);
            clean.append(isControl(c) ? '\uFFFD' : c);
        }
        return clean.toString();
    }

    /** C0 controls but tab and line breaks, DEL, and the C1 controls (CSI and OSC among them). */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
