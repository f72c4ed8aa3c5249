package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.SpecLines;

/** JSON pointer pieces. */
final class Pointers {

    private Pointers() {
    }

    /** Escapes one reference token (RFC 6901), as conformance-core does for every engine. */
    static String token(String name) {
        return SpecLines.escape(name);
    }

    static String child(String pointer, String name) {
        return pointer + "/" + token(name);
    }
}
