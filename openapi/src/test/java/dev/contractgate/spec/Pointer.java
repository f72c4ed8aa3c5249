package dev.contractgate.spec;

/** Builds JSON pointers (RFC 6901) into the spec document. */
final class Pointer {
    private Pointer() {
    }

    static String of(String... tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            out.append('/').append(dev.contractgate.conformance.core.SpecLines.escape(token));
        }
        return out.toString();
    }
}
