package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.SecretMasker;
import java.util.regex.Pattern;

/**
 * Last line of defence shared by the renderers: masks secrets in any text they print, and takes out
 * terminal control characters (an operationId or a server's message holding {@code ESC[2J} must not
 * clear the terminal of the person reading the console or a report), keeping line breaks and tabs.
 */
final class ReportSafety {

    /** C0 controls but tab and line breaks, DEL, and the C1 controls (CSI and OSC among them). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

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
        return CONTROL.matcher(document).replaceAll("\uFFFD");
    }
}
