package dev.contractgate.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Which direction a place of the spec travels in: what clients send (parameters, request
 * bodies), what they read (responses), both, or neither (a component nothing reaches). Read
 * from both documents, so a definition counts as used when either document uses it.
 */
final class SchemaUse {

    enum Use {
        NONE, REQUEST, RESPONSE, BOTH;

        boolean request() {
            return this == REQUEST || this == BOTH;
        }

        boolean response() {
            return this == RESPONSE || this == BOTH;
        }
    }

    private final SpecTree[] trees;
    private final Set<String> request = new HashSet<>();
    private final Set<String> response = new HashSet<>();
    /** For each security scheme's name, the pointers of the {@code security} lists that name it, in either document. */
    private final java.util.Map<String, Set<String>> schemeUsers = new java.util.HashMap<>();
    private final java.util.Map<String, Set<String>> reached = new java.util.concurrent.ConcurrentHashMap<>();

    SchemaUse(SpecTree... trees) {
        this.trees = trees;
        for (SpecTree tree : trees) {
            read(tree);
        }
    }

    private void read(SpecTree tree) {
        JsonNode paths = tree.root().path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode item = path.getValue();
            reach(tree, item.path("parameters"), request);
            for (Iterator<Map.Entry<String, JsonNode>> ops = item.fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().isObject() || "parameters".equals(op.getKey())) {
                    continue;
                }
                reach(tree, op.getValue().path("parameters"), request);
                reach(tree, op.getValue().path("requestBody"), request);
                reach(tree, op.getValue().path("responses"), response);
                reach(tree, op.getValue().path("callbacks"), request);
                reach(tree, op.getValue().path("callbacks"), response);
                String security = "/paths/" + dev.contractgate.conformance.core.SpecLines.escape(path.getKey())
                        + "/" + op.getKey() + "/security";
                op.getValue().path("security").forEach(req -> req.fieldNames().forEachRemaining(n -> usedBy(n, security)));
            }
        }
        tree.root().path("security").forEach(req -> req.fieldNames().forEachRemaining(n -> usedBy(n, "/security")));
    }

    private void usedBy(String scheme, String securityPointer) {
        schemeUsers.computeIfAbsent(scheme, k -> new HashSet<>()).add(securityPointer);
    }

    /** The pointers of the {@code security} lists that name a scheme, in either document. */
    Set<String> usersOf(String scheme) {
        return schemeUsers.getOrDefault(scheme, Set.of());
    }

    /** Adds every local definition the node reaches, through {@code $ref}s, to {@code reached}. */
    private static void reach(SpecTree tree, JsonNode node, Set<String> reached) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            String target = SpecTree.refPointer(node);
            if (target != null && reached.add(target)) {
                reach(tree, tree.at("#" + target), reached);
            }
            node.elements().forEachRemaining(child -> reach(tree, child, reached));
        } else if (node.isArray()) {
            node.forEach(child -> reach(tree, child, reached));
        }
    }

    /** The local definitions (pointers) a node of either document reaches through {@code $ref}s, itself included. */
    Set<String> reachedFrom(String pointer) {
        return reached.computeIfAbsent(pointer, p -> {
            Set<String> found = new HashSet<>();
            found.add(p);
            for (SpecTree tree : trees) {
                reach(tree, tree.root().at(p), found);
            }
            return found;
        });
    }

    /** The direction of the place a pointer names. */
    Use of(String pointer) {
        if (pointer.startsWith("/paths/")) {
            String[] parts = pointer.split("/", -1);
            String part = parts.length > 3 && "parameters".equals(parts[3]) ? "parameters" : parts.length > 4 ? parts[4] : "";
            return switch (part) {
                case "parameters", "requestBody" -> Use.REQUEST;
                case "responses" -> Use.RESPONSE;
                default -> Use.BOTH;
            };
        }
        boolean req = reached(request, pointer);
        boolean res = reached(response, pointer);
        return req && res ? Use.BOTH : req ? Use.REQUEST : res ? Use.RESPONSE : Use.NONE;
    }

    /** A component (under {@code /components/<section>/<name>}) that no operation of either document reaches. */
    boolean unreferenced(String pointer) {
        String[] parts = pointer.split("/", -1);
        if (parts.length < 4 || !"components".equals(parts[1])) {
            return false;
        }
        if ("securitySchemes".equals(parts[2])) {
            return !schemeUsers.containsKey(SpecTree.unescape(parts[3]));
        }
        return of(pointer) == Use.NONE;
    }

    private static boolean reached(Set<String> targets, String pointer) {
        for (String target : targets) {
            if (pointer.equals(target) || pointer.startsWith(target + "/")) {
                return true;
            }
        }
        return false;
    }
}
