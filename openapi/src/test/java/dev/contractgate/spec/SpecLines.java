package dev.contractgate.spec;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the line of a JSON pointer in a YAML spec, so a failing check names the place as
 * {@code file:line}. A pointer that goes past the document names the deepest line it reached.
 */
final class SpecLines {
    private final Path file;
    private final Node root;

    private SpecLines(Path file, Node root) {
        this.file = file;
        this.root = root;
    }

    static SpecLines of(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new SpecLines(file, new Yaml(new LoaderOptions()).compose(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The 1-based line the pointer leads to: the line of its last key (or item) found. */
    int lineOf(String pointer) {
        Node node = root;
        if (node == null) {
            return 1;
        }
        int line = node.getStartMark().getLine();
        for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            Node[] keyAndValue = child(node, token.replace("~1", "/").replace("~0", "~"));
            if (keyAndValue == null) {
                break;
            }
            line = keyAndValue[0].getStartMark().getLine();
            node = keyAndValue[1];
        }
        return line + 1;
    }

    /** One line per violation: {@code rule at file:line (pointer): detail}. */
    String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.rule() + " at " + file + ":" + lineOf(v.pointer()) + " (" + v.pointer() + "): " + v.detail())
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    /** The key (or item) and the value a token leads to, or null. */
    private static Node[] child(Node node, String token) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(token)) {
                    return new Node[] {key, tuple.getValueNode()};
                }
            }
        } else if (node instanceof SequenceNode sequence && token.matches("\\d+")) {
            int index = Integer.parseInt(token);
            if (index < sequence.getValue().size()) {
                Node item = sequence.getValue().get(index);
                return new Node[] {item, item};
            }
        }
        return null;
    }
}
