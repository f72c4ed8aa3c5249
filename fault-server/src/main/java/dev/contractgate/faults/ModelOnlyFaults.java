package dev.contractgate.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Faults that show only over a longer history of one Deployment (several tokens, deletes between
 * creates): what a model of the server's state sees and a scripted probe of one token does not. Each
 * keeps per-Deployment state, so each call makes fresh instances, and every single answer still
 * passes the schema and the invariants.
 */
final class ModelOnlyFaults {

    private ModelOnlyFaults() {
    }

    static List<PlantedFault> all() {
        return List.of(
                new PlantedFault("delete-removes-the-oldest", "with two or more tokens, a delete removes the Deployment's"
                        + " oldest token instead of the one it names (and answers 204)", deleteRemovesTheOldest()),
                new PlantedFault("deleted-token-returns-after-next-create", "a deleted token comes back, in reads and"
                        + " lists, once another token is created in its Deployment", deletedTokenReturns()),
                new PlantedFault("list-cached-beyond-three-tokens", "once a Deployment holds four tokens, each list"
                        + " answer is served again for the same query, missing what changed since", listCached()));
    }

    /** The tokens each Deployment's collection holds, oldest first, as the proxy saw them created and deleted. */
    private static final class Holdings {
        private final Map<String, List<String>> byCollection = new ConcurrentHashMap<>();

        List<String> of(String collection) {
            return byCollection.computeIfAbsent(collection, k -> new CopyOnWriteArrayList<>());
        }
    }

    private static Fault deleteRemovesTheOldest() {
        Holdings held = new Holdings();
        return (req, upstream) -> {
            if (req.is("DELETE") && req.isItem()) {
                List<String> tokens = held.of(req.collection());
                String named = req.lastSegment();
                String victim = tokens.size() >= 2 && tokens.contains(named) ? tokens.get(0) : named;
                ProxiedResponse res = upstream.apply(req.withPath(req.collection() + "/" + victim));
                if (res.status() == 204) {
                    tokens.remove(victim);
                }
                return res;
            }
            ProxiedResponse res = upstream.apply(req);
            if (req.is("POST") && req.isCollection() && res.isOk()) {
                held.of(req.collection()).add(res.json().path("id").asText());
            }
            return res;
        };
    }

    private static Fault deletedTokenReturns() {
        Map<String, ObjectNode> lastSeen = new ConcurrentHashMap<>();
        Map<String, List<String>> deleted = new ConcurrentHashMap<>();
        Map<String, List<ObjectNode>> returned = new ConcurrentHashMap<>();
        return (req, upstream) -> {
            String collection = req.collection();
            List<ObjectNode> back = returned.getOrDefault(collection, List.of());
            if (req.is("GET") && req.isItem()) {
                for (ObjectNode token : back) {
                    if (token.path("id").asText().equals(req.lastSegment())) {
                        return ProxiedResponse.json(200, token.toString());
                    }
                }
            }
            ProxiedResponse res = upstream.apply(req);
            if (req.is("POST") && req.isCollection() && res.isOk()) {
                ObjectNode created = (ObjectNode) res.json();
                created.remove("token");
                lastSeen.put(created.path("id").asText(), created);
                for (String id : deleted.getOrDefault(collection, List.of())) {
                    ObjectNode token = lastSeen.get(id);
                    if (token != null) {
                        returned.computeIfAbsent(collection, k -> new CopyOnWriteArrayList<>()).add(token);
                    }
                }
                deleted.remove(collection);
            } else if (req.is("DELETE") && req.isItem() && res.status() == 204) {
                deleted.computeIfAbsent(collection, k -> new CopyOnWriteArrayList<>()).add(req.lastSegment());
            } else if (req.is("GET") && req.isCollection() && res.isOk() && !back.isEmpty()
                    && StatedFactFaults.param(req, "offset").isEmpty() && StatedFactFaults.param(req, "sorts").isEmpty()) {
                return res.editJson(page -> {
                    ArrayNode tokens = (ArrayNode) page.path("tokens");
                    List<JsonNode> all = new ArrayList<>();
                    back.forEach(all::add);
                    tokens.forEach(all::add);
                    int limit = page.path("limit").asInt(20);
                    tokens.removeAll();
                    all.stream().limit(limit).forEach(tokens::add);
                    page.put("totalCount", page.path("totalCount").asInt() + back.size());
                });
            }
            return res;
        };
    }

    private static Fault listCached() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        Map<String, ProxiedResponse> cache = new ConcurrentHashMap<>();
        return (req, upstream) -> {
            if (req.is("GET") && req.isCollection()) {
                String key = req.collection() + "?" + req.query();
                ProxiedResponse cached = cache.get(key);
                if (cached != null) {
                    return cached;
                }
                ProxiedResponse res = upstream.apply(req);
                if (res.isOk() && counts.getOrDefault(req.collection(), 0) >= 4) {
                    cache.put(key, res);
                }
                return res;
            }
            ProxiedResponse res = upstream.apply(req);
            if (req.is("POST") && req.isCollection() && res.isOk()) {
                counts.merge(req.collection(), 1, Integer::sum);
            } else if (req.is("DELETE") && req.isItem() && res.status() == 204) {
                counts.merge(req.collection(), -1, Integer::sum);
            }
            return res;
        };
    }
}
