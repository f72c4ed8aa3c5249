package dev.contractgate.conformance.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What a spec document may ask of us before any parser follows it: bounded size and aliases
 * (a billion-laughs document is refused, not expanded), {@code $ref}s that stay inside the
 * document or the spec's own folder (no remote server is contacted, no file outside the folder
 * is read), and local {@code $ref}s that point at something. Each refusal is bad input naming
 * the file and the place.
 */
final class SpecGuard {

    private static final com.fasterxml.jackson.databind.ObjectMapper YAML =
            new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());

    /** The largest spec text read (the agent-token spec is about 30 KB). */
    static final int MAX_CHARS = 5 * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 200;

    private SpecGuard() {
    }

    /** Size, aliases and nesting, before the document is parsed into a tree. */
    static void checkText(Path path, String text) {
        if (text.length() > MAX_CHARS) {
            throw new BadInputException(path + " is " + text.length() + " characters, more than the " + MAX_CHARS
                    + " a spec may have (pass --spec with the API's OpenAPI document)");
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(true);
        try {
            new Yaml(options).compose(new java.io.StringReader(text));
        } catch (YAMLException e) {
            String why = Text.oneLine(e.getMessage(), 200);
            if (why.contains("aliases") || why.contains("Nesting Depth") || why.contains("exceeds")) {
                throw new BadInputException(path + " is refused: " + why + " (a spec needs no more than " + MAX_ALIASES
                        + " YAML aliases and " + MAX_DEPTH + " levels of nesting)");
            }
            // any other YAML error: the parser's own message is clearer, let it report
        }
    }

    /**
     * Every {@code $ref}: local ones must resolve, file ones stay in the spec's folder, remote ones
     * are refused unless {@link RemoteRefs} allows them, and then must answer in time.
     *
     * @return the distinct remote documents referenced (0 when none)
     */
    static int checkRefs(Path path, JsonNode root, String text) {
        java.util.Set<java.net.URI> remote = new java.util.LinkedHashSet<>();
        walk(new Place(path, SpecLines.index(text), remote, path, new java.util.HashSet<>()), root, root, "");
        return remote.size();
    }

    /** The file, and a way to name a pointer's line in it. */
    private record Place(Path path, SpecLines lines, java.util.Set<java.net.URI> remoteDocuments, Path root,
                         java.util.Set<Path> visited) {
        String at(String pointer) {
            return path + ":" + lines.lineOf(pointer) + " " + pointer;
        }
    }

    private static void walk(Place path, JsonNode root, JsonNode node, String pointer) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                check(path, root, ref.asText(), pointer + "/$ref");
            }
            // a discriminator's mapping values are references too: the parser follows them like $refs
            JsonNode mapping = node.path("discriminator").path("mapping");
            if (mapping.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = mapping.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isTextual() && (e.getValue().asText().contains("/") || e.getValue().asText().contains(":")
                            || e.getValue().asText().contains("#"))) {
                        check(path, root, e.getValue().asText(), pointer + "/discriminator/mapping/" + SpecLines.escape(e.getKey()));
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(path, root, e.getValue(), pointer + "/" + SpecLines.escape(e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path, root, node.get(i), pointer + "/" + i);
            }
        }
    }

    private static void check(Place place, JsonNode root, String ref, String where) {
        Path path = place.path();
        String lower = ref.toLowerCase(java.util.Locale.ROOT);
        java.time.Duration remoteTimeout = RemoteRefs.allowedTimeout();
        if (remoteTimeout != null && (lower.startsWith("http://") || lower.startsWith("https://"))) {
            java.net.URI document;
            try {
                document = new java.net.URI(ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref);
            } catch (java.net.URISyntaxException e) {
                throw new BadInputException("the $ref '" + ref + "' at " + place.at(where) + " is not a URL: " + e.getReason());
            }
            if (place.remoteDocuments().add(document)) {
                RemoteRefs.requireAnswer(document, remoteTimeout, place.at(where));
            }
            return;
        }
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")
                || lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            throw new BadInputException("the $ref '" + ref + "' at " + place.at(where) + " points outside the document;"
                    + " remote references are not followed (inline or copy what it names into the spec's folder,"
                    + " or pass --allow-remote-refs)");
        }
        if (ref.startsWith("#")) {
            String pointer = java.net.URLDecoder.decode(ref.substring(1), java.nio.charset.StandardCharsets.UTF_8);
            if (!pointer.isEmpty() && root.at(pointer).isMissingNode()) {
                throw new BadInputException("the $ref '" + ref + "' at " + place.at(where) + " names nothing in the document"
                        + " (fix the reference or add what it names)");
            }
            return;
        }
        String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        Path folder = place.root().toAbsolutePath().getParent();
        Path here = path.toAbsolutePath().getParent();
        Path target = here == null ? null : here.resolve(file).normalize();
        if (folder == null || file.startsWith("/") || !target.startsWith(folder.normalize()) || !insideReally(target, folder)) {
            throw new BadInputException("the $ref '" + ref + "' at " + place.at(where) + " reads a file outside the spec's"
                    + " folder, which is refused (keep referenced files beside the spec)");
        }
        if (Files.isRegularFile(target) && place.visited().add(target)) {
            // the references of a referenced file are held to the same rules, relative to that file
            String text;
            try {
                text = Files.readString(target);
            } catch (java.io.IOException e) {
                return; // the parser reports a file it cannot read
            }
            checkText(target, text);
            JsonNode tree;
            try {
                tree = YAML.readTree(text);
            } catch (java.io.IOException e) {
                return;
            }
            if (tree != null) {
                walk(new Place(target, SpecLines.index(text), place.remoteDocuments(), place.root(), place.visited()), tree, tree, "");
            }
        }
    }

    /** Whether a path, its links resolved, is inside the folder, its links resolved (a missing file counts by name). */
    private static boolean insideReally(Path target, Path folder) {
        if (!Files.exists(target)) {
            return true; // nothing to read (a nominal path, a git revision's spec): the name was checked
        }
        try {
            return target.toRealPath().startsWith(folder.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
