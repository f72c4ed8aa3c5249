package dev.contractgate.conformance.core;

import java.util.ArrayList;
import java.util.List;

/**
 * swagger-parser's messages ({@code attribute paths.'/items'(post).requestBody.requird is unexpected}) read
 * as places in the spec: the attribute path becomes a JSON pointer, so a message points at its own line
 * instead of the top of the file, and a spec the validator cannot load is refused with that line.
 */
public final class ParserMessages {

    private ParserMessages() {
    }

    /** Where a message points, or the document's top when it names no attribute. */
    public static SpecLocation locate(SpecSource spec, String message) {
        return spec.locate(pointer(message));
    }

    /** A spec that a validator refused to load, as bad input naming the first message's {@code file:line}. */
    public static BadInputException refusal(SpecSource spec, List<String> messages) {
        String first = messages == null || messages.isEmpty() ? "the validator could not load it" : messages.get(0);
        SpecLocation at = locate(spec, first);
        String place = at.hasLine() ? at.file() + ":" + at.line() : spec.path().toString();
        int more = messages == null ? 0 : messages.size() - 1;
        return new BadInputException(place + ": the spec cannot be judged: " + Text.oneLine(first, 300)
                + (more > 0 ? " (and " + more + " more: contract lint lists them)" : "")
                + "; fix the spec (a misspelt or misplaced key, or a value of the wrong kind)");
    }

    /** {@code attribute a.'/x/y'(get).b is …} → {@code /a/~1x~1y/get/b}; {@code ""} when there is none. */
    static String pointer(String message) {
        if (message == null || !message.startsWith("attribute ")) {
            return "";
        }
        String rest = message.substring("attribute ".length());
        int end = rest.indexOf(" is ");
        String path = end < 0 ? rest : rest.substring(0, end);
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '\'') {
                int close = path.indexOf('\'', i + 1);
                close = close < 0 ? path.length() : close;
                tokens.add(path.substring(i + 1, close));
                i = close + 1;
            } else if (c == '(') {
                int close = path.indexOf(')', i + 1);
                close = close < 0 ? path.length() : close;
                tokens.add(path.substring(i + 1, close));
                i = close + 1;
            } else {
                int stop = i;
                while (stop < path.length() && path.charAt(stop) != '.' && path.charAt(stop) != '(') {
                    stop++;
                }
                tokens.add(path.substring(i, stop));
                i = stop;
            }
        }
        StringBuilder pointer = new StringBuilder();
        tokens.forEach(t -> pointer.append('/').append(SpecLines.escape(t)));
        return pointer.toString();
    }
}
