package dev.contractgate.conformance.core;

/** Small text helpers every engine uses for messages: one place, one behaviour. */
public final class Text {

    private Text() {
    }

    /** The text on one line: every run of whitespace (newlines included) is one space; null is empty. */
    public static String oneLine(Object text) {
        return text == null ? "" : String.valueOf(text).replaceAll("\\s+", " ").trim();
    }

    /** {@link #oneLine} cut to at most {@code max} characters, with {@code ...} where it was cut. */
    public static String oneLine(Object text, int max) {
        String line = oneLine(text);
        return line.length() > max ? line.substring(0, Math.max(0, max - 3)) + "..." : line;
    }

    /** One token of a JSON pointer as the key it names ({@code ~1} is {@code /}, {@code ~0} is {@code ~}). */
    public static String pointerToken(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** A JSON pointer into a body ({@code /tokens/0/id}) as a JSON path ({@code $.tokens[0].id}). */
    public static String jsonPath(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = pointerToken(token);
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append('.').append(name);
            }
        }
        return path.toString();
    }
}
