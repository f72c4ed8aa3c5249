package dev.contractgate.conformance.lint;

/** JSON pointer pieces. */
final class Pointers {

    private Pointers() {
    }

    /** Escapes one reference token (RFC 6901: ~ as ~0, / as ~1). */
    static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, String name) {
        return pointer + "/" + token(name);
    }
}
