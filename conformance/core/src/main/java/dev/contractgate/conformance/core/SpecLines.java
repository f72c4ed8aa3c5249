package dev.contractgate.conformance.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps JSON pointers of a YAML or JSON document to the 1-based line where each value
 * starts, so findings can say {@code agent-tokens.yaml:142}. Built once per spec by
 * streaming the document with Jackson (YAML is a superset of JSON, so one parser does both).
 */
public final class SpecLines {

    private final Map<String, Integer> lines;

    private SpecLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    public static SpecLines index(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            Deque<Frame> stack = new ArrayDeque<>();
            String pendingPointer = "";
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    Frame frame = stack.peek();
                    pendingPointer = frame.pointer + "/" + escape(parser.currentName());
                    lines.putIfAbsent(pendingPointer, parser.currentTokenLocation().getLineNr());
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String pointer = stack.isEmpty() ? "" : pointerOfValue(stack.peek(), pendingPointer);
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    stack.push(new Frame(pointer, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            // A document the parser cannot read has no line index; swagger-parser reports why.
            return new SpecLines(Map.of());
        }
        return new SpecLines(lines);
    }

    private static String pointerOfValue(Frame parent, String pendingPointer) {
        if (parent.array) {
            return parent.pointer + "/" + parent.nextIndex++;
        }
        return pendingPointer;
    }

    /** The line of the value at {@code pointer}, or of its nearest ancestor that has one; 0 if none. */
    public int lineOf(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return 0;
            }
            p = p.substring(0, slash);
        }
    }

    /** Escapes one reference token of a JSON pointer (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static final class Frame {
        final String pointer;
        final boolean array;
        int nextIndex;

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}
