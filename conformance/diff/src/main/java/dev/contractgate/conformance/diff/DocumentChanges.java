package dev.contractgate.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.SpecLines;
import dev.contractgate.conformance.diff.NodeChange.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural diff: every node in which two documents differ, as written, each with the
 * typed object it belongs to and the keyword that reaches it ({@link NodeChange}). Members of
 * lists are matched by what identifies them, not by position: parameters by {@code in} and
 * name (a path parameter by its place in the path template), {@code x-invariants} and
 * {@code x-unique} entries by id, tags by name; paths by their template with parameter names
 * left out. A {@code $ref} that names another definition is compared by what both define.
 */
final class DocumentChanges {

    private final SpecTree base;
    private final SpecTree changed;
    private final List<NodeChange> changes = new ArrayList<>();
    private final Set<String> comparedRefs = new HashSet<>();

    private DocumentChanges(SpecTree base, SpecTree changed) {
        this.base = base;
        this.changed = changed;
    }

    static List<NodeChange> between(SpecTree base, SpecTree changed) {
        DocumentChanges diff = new DocumentChanges(base, changed);
        diff.object(Slot.ROOT, base.root(), changed.root(), "", "", Templates.NONE);
        return List.copyOf(diff.changes);
    }

    /** The place inside a typed object: who owns what is compared, and the keys down from the owner. */
    private record Owner(Slot slot, String base, String changed, String keyword, List<String> rest) {

        Owner below(String key) {
            List<String> deeper = new ArrayList<>(rest);
            deeper.add(key);
            return new Owner(slot, base, changed, keyword, deeper);
        }
    }

    /** The path template each side's members sit under (path parameters are matched by their place in it). */
    private record Templates(String base, String changed) {
        static final Templates NONE = new Templates(null, null);
    }

    /** A typed object, present on both sides. */
    private void object(Slot slot, JsonNode b, JsonNode c, String bp, String cp, Templates templates) {
        if (refChanged(slot, b, c, bp, cp, templates)) {
            return;
        }
        for (String key : keys(b, c)) {
            Owner owner = new Owner(slot, bp, cp, key, List.of());
            value(slot.child(key), owner, b.get(key), c.get(key), bp + "/" + SpecLines.escape(key),
                    cp + "/" + SpecLines.escape(key), templates);
        }
    }

    /** Any value under an owner: a typed object, a container of them, or data. */
    private void value(Slot slot, Owner owner, JsonNode b, JsonNode c, String bp, String cp, Templates templates) {
        if (b == null || c == null) {
            if (b != c) {
                record(b == null ? Kind.ADDED : Kind.REMOVED, bp, cp, b, c, owner);
            }
            return;
        }
        if (slot.isObject() && b.isObject() && c.isObject()) {
            object(slot, b, c, bp, cp, templates);
        } else if (slot.isContainer() && b.isObject() && c.isObject()) {
            map(slot, owner, b, c, bp, cp, templates);
        } else if (slot.isContainer() && b.isArray() && c.isArray()) {
            list(slot, owner, b, c, bp, cp, templates);
        } else {
            data(owner, b, c, bp, cp);
        }
    }

    private void map(Slot slot, Owner owner, JsonNode b, JsonNode c, String bp, String cp, Templates templates) {
        Map<String, String> baseKeys = new LinkedHashMap<>();
        Map<String, String> changedKeys = new LinkedHashMap<>();
        b.fieldNames().forEachRemaining(k -> baseKeys.put(memberKey(slot, k), k));
        c.fieldNames().forEachRemaining(k -> changedKeys.put(memberKey(slot, k), k));
        Set<String> all = new LinkedHashSet<>(baseKeys.keySet());
        all.addAll(changedKeys.keySet());
        for (String key : all) {
            String bk = baseKeys.get(key);
            String ck = changedKeys.get(key);
            String name = ck != null ? ck : bk;
            String bPtr = bp + "/" + SpecLines.escape(bk != null ? bk : name);
            String cPtr = cp + "/" + SpecLines.escape(name);
            JsonNode bv = bk == null ? null : b.get(bk);
            JsonNode cv = ck == null ? null : c.get(ck);
            Owner member = owner.below(name);
            if (bk != null && ck != null && !bk.equals(ck)) {
                record(Kind.CHANGED, bPtr, cPtr, textNode(bk), textNode(ck), member);
            }
            if (bv != null && cv != null && slot.member().isObject() && bv.isObject() && cv.isObject()) {
                object(slot.member(), bv, cv, bPtr, cPtr, slot == Slot.PATHS ? new Templates(bk, ck) : templates);
            } else {
                value(Slot.DATA, member, bv, cv, bPtr, cPtr, templates);
            }
        }
    }

    private void list(Slot slot, Owner owner, JsonNode b, JsonNode c, String bp, String cp, Templates templates) {
        Map<String, Integer> baseIndex = new LinkedHashMap<>();
        Map<String, Integer> changedIndex = new LinkedHashMap<>();
        for (int i = 0; i < b.size(); i++) {
            baseIndex.putIfAbsent(itemKey(slot, base, b.get(i), i, templates.base()), i);
        }
        for (int i = 0; i < c.size(); i++) {
            changedIndex.putIfAbsent(itemKey(slot, changed, c.get(i), i, templates.changed()), i);
        }
        pairByIdentity(slot, b, c, baseIndex, changedIndex, templates);
        List<String> baseOrder = new ArrayList<>();
        List<String> changedOrder = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>(baseIndex.keySet());
        all.addAll(changedIndex.keySet());
        for (String key : all) {
            Integer bi = baseIndex.get(key);
            Integer ci = changedIndex.get(key);
            String bPtr = bp + "/" + (bi != null ? bi : (ci != null ? ci : 0));
            String cPtr = cp + "/" + (ci != null ? ci : bi);
            Owner member = owner.below(key);
            if (bi != null && ci != null) {
                baseOrder.add(key);
                if (slot.member().isObject() && b.get(bi).isObject() && c.get(ci).isObject()) {
                    object(slot.member(), b.get(bi), c.get(ci), bPtr, cPtr, templates);
                } else {
                    data(member, b.get(bi), c.get(ci), bPtr, cPtr);
                }
            } else {
                record(bi == null ? Kind.ADDED : Kind.REMOVED, bPtr, cPtr, bi == null ? null : b.get(bi),
                        ci == null ? null : c.get(ci), member);
            }
        }
        changedIndex.entrySet().stream().filter(e -> baseIndex.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByValue()).forEach(e -> changedOrder.add(e.getKey()));
        if (!baseOrder.equals(changedOrder)) {
            record(Kind.REORDERED, bp, cp, b, c, owner);
        }
    }

    /** Untyped data (an extension's value, a keyword's value): compared node by node. */
    private void data(Owner owner, JsonNode b, JsonNode c, String bp, String cp) {
        if (SpecTree.same(b, c)) {
            return;
        }
        if (b.isObject() && c.isObject()) {
            for (String key : keys(b, c)) {
                JsonNode bv = b.get(key);
                JsonNode cv = c.get(key);
                String bPtr = bp + "/" + SpecLines.escape(key);
                String cPtr = cp + "/" + SpecLines.escape(key);
                if (bv == null || cv == null) {
                    record(bv == null ? Kind.ADDED : Kind.REMOVED, bPtr, cPtr, bv, cv, owner.below(key));
                } else {
                    data(owner.below(key), bv, cv, bPtr, cPtr);
                }
            }
        } else if (b.isArray() && c.isArray() && keyedById(b) && keyedById(c)) {
            list(Slot.DATA, owner, b, c, bp, cp, Templates.NONE);
        } else if (b.isArray() && c.isArray() && !scalars(b) && !scalars(c) && b.size() == c.size()) {
            for (int i = 0; i < b.size(); i++) {
                data(owner.below(String.valueOf(i)), b.get(i), c.get(i), bp + "/" + i, cp + "/" + i);
            }
        } else {
            boolean sameMembers = b.isArray() && c.isArray() && b.size() == c.size() && sameMembers(b, c);
            record(sameMembers ? Kind.REORDERED : Kind.CHANGED, bp, cp, b, c, owner);
        }
    }

    /**
     * A typed object whose {@code $ref} names another definition (or that became, or stopped
     * being, a reference): the change of the reference is one change, and what the two
     * definitions say is compared in their place, once per pair of definitions.
     */
    private boolean refChanged(Slot slot, JsonNode b, JsonNode c, String bp, String cp, Templates templates) {
        String baseRef = b.has("$ref") ? b.get("$ref").asText() : null;
        String changedRef = c.has("$ref") ? c.get("$ref").asText() : null;
        if (baseRef == null && changedRef == null || baseRef != null && baseRef.equals(changedRef)) {
            return false;
        }
        Owner owner = new Owner(slot, bp, cp, "$ref", List.of());
        record(Kind.CHANGED, bp + "/$ref", cp + "/$ref", b, c, owner);
        JsonNode bt = baseRef == null ? b : base.at(baseRef);
        JsonNode ct = changedRef == null ? c : changed.at(changedRef);
        String btp = baseRef == null ? bp : SpecTree.refPointer(b);
        String ctp = changedRef == null ? cp : SpecTree.refPointer(c);
        if (bt != null && ct != null && bt.isObject() && ct.isObject() && comparedRefs.add(btp + " " + ctp)) {
            object(slot, bt, ct, btp, ctp, templates);
        }
        return true;
    }

    private void record(Kind kind, String bp, String cp, JsonNode b, JsonNode c, Owner owner) {
        changes.add(new NodeChange(kind, bp, cp, b, c, owner.slot(), owner.base(), owner.changed(), owner.keyword(),
                List.copyOf(owner.rest())));
    }

    /** A path's identity is its template with the parameter names left out: {@code /a/{x}} is {@code /a/{y}}. */
    private static String memberKey(Slot slot, String key) {
        return slot == Slot.PATHS ? key.replaceAll("\\{[^}/]*}", "{}") : key;
    }

    /**
     * A parameter written as a {@code $ref} is identified by its reference (a change of what the
     * component says is compared at the component, once); members left unpaired that way are
     * paired by what they define ({@code in} and name), so a parameter moved inline or into a
     * component is one member whose {@code $ref} changed.
     */
    private void pairByIdentity(Slot slot, JsonNode b, JsonNode c, Map<String, Integer> baseIndex,
                                Map<String, Integer> changedIndex, Templates templates) {
        if (slot != Slot.PARAMETERS) {
            return;
        }
        Map<String, String> unpairedBase = new LinkedHashMap<>();
        baseIndex.forEach((key, i) -> {
            if (!changedIndex.containsKey(key)) {
                unpairedBase.put(identity(base, b.get(i), templates.base()), key);
            }
        });
        for (String key : List.copyOf(changedIndex.keySet())) {
            if (baseIndex.containsKey(key)) {
                continue;
            }
            String baseKey = unpairedBase.remove(identity(changed, c.get(changedIndex.get(key)), templates.changed()));
            if (baseKey != null) {
                changedIndex.put(baseKey, changedIndex.remove(key));
            }
        }
    }

    /** What identifies a list member across the two documents. */
    private static String itemKey(Slot slot, SpecTree tree, JsonNode item, int index, String template) {
        if (slot == Slot.PARAMETERS && item.isObject() && item.has("$ref")) {
            return "$ref:" + item.get("$ref").asText();
        }
        return slot == Slot.PARAMETERS ? identity(tree, item, template) : otherKey(slot, item, index);
    }

    /** A parameter's identity: {@code in} and name, a path parameter by its place in the path template. */
    private static String identity(SpecTree tree, JsonNode item, String template) {
        JsonNode target = tree.follow(item);
        if (target != null && target.isObject() && target.has("in") && target.has("name")) {
            String in = target.get("in").asText();
            String name = target.get("name").asText();
            if ("path".equals(in) && template != null) {
                int place = pathParameterPlace(template, name);
                if (place >= 0) {
                    return "path#" + place;
                }
            }
            return in + ":" + name;
        }
        return "?" + item;
    }

    private static String otherKey(Slot slot, JsonNode item, int index) {
        if (slot == Slot.TAGS && item.has("name")) {
            return item.get("name").asText();
        }
        if (slot == Slot.DATA && item.isObject() && item.has("id")) {
            return item.get("id").asText();
        }
        return String.valueOf(index);
    }

    private static int pathParameterPlace(String template, String name) {
        int place = 0;
        for (String segment : template.split("/")) {
            int open = segment.indexOf('{');
            while (open >= 0) {
                int close = segment.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                if (segment.substring(open + 1, close).equals(name)) {
                    return place;
                }
                place++;
                open = segment.indexOf('{', close);
            }
        }
        return -1;
    }

    private static boolean keyedById(JsonNode list) {
        if (list.isEmpty()) {
            return false;
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode item : list) {
            if (!item.isObject() || !item.has("id") || !ids.add(item.get("id").asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean scalars(JsonNode list) {
        for (JsonNode item : list) {
            if (item.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameMembers(JsonNode b, JsonNode c) {
        List<JsonNode> left = new ArrayList<>();
        b.forEach(left::add);
        for (JsonNode item : c) {
            boolean found = false;
            for (Iterator<JsonNode> it = left.iterator(); it.hasNext(); ) {
                if (SpecTree.same(it.next(), item)) {
                    it.remove();
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return left.isEmpty();
    }

    private static Set<String> keys(JsonNode b, JsonNode c) {
        Set<String> keys = new LinkedHashSet<>();
        b.fieldNames().forEachRemaining(keys::add);
        c.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode textNode(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
    }
}
