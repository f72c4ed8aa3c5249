package dev.contractgate.conformance.core;

/**
 * Where in a spec a finding points: a JSON pointer into the document and, where known, the
 * file and the 1-based line the pointer resolves to ({@code line} 0 means unknown).
 */
public record SpecLocation(String pointer, String file, int line) {

    public static SpecLocation of(String pointer) {
        return new SpecLocation(pointer, null, 0);
    }

    public boolean hasLine() {
        return file != null && line > 0;
    }

    /** {@code file:line} when known, else the pointer alone. */
    @Override
    public String toString() {
        return hasLine() ? file + ":" + line + " " + pointer : pointer;
    }
}
