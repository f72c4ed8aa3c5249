package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.SecretMasker;

/** Last line of defence shared by the renderers: masks secrets in any text they print. */
final class ReportSafety {

    private ReportSafety() {
    }

    static String safe(String text) {
        return text == null ? "" : SecretMasker.mask(text);
    }
}
