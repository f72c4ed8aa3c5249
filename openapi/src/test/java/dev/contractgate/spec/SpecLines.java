package dev.contractgate.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names the place of each violation as {@code file:line (pointer)}, so a broken spec fails the
 * build with a message a person can follow. The line index is conformance-core's, the one every
 * engine of the toolkit uses.
 */
final class SpecLines {
    private final Path file;
    private final dev.contractgate.conformance.core.SpecLines index;

    private SpecLines(Path file, dev.contractgate.conformance.core.SpecLines index) {
        this.file = file;
        this.index = index;
    }

    static SpecLines of(Path file) {
        try {
            return new SpecLines(file, dev.contractgate.conformance.core.SpecLines.index(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The 1-based line of the pointer, or of the deepest ancestor the document has. */
    int lineOf(String pointer) {
        return index.lineOf(pointer);
    }

    String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.rule() + " at " + file + ":" + lineOf(v.pointer()) + " (" + v.pointer() + "): " + v.detail())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
