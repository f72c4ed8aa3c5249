package dev.contractgate.faults;

import static dev.contractgate.faults.Fault.onResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Faults against what the spec states beside its schemas (its prose, now its {@code x-invariants},
 * {@code x-order} and {@code x-unique}): each is a bug a real server could have, firing on whatever
 * request shows it, and every answer still passes the schema.
 */
final class StatedFactFaults {

    private StatedFactFaults() {
    }

    static List<PlantedFault> all() {
        return List.of(
                new PlantedFault("request-id-header-differs", "an error's X-Request-Id header differs from its body's requestId",
                        onResponse((req, res) -> res.status() >= 400 && res.body().contains("\"requestId\"")
                                ? res.withHeader("X-Request-Id", UUID.randomUUID().toString()) : res)),
                new PlantedFault("default-order-newest-first", "a list without sorts comes newest first",
                        onResponse((req, res) -> isList(req, res) && sorts(req).isEmpty()
                                ? res.editJson(o -> reverse((ArrayNode) o.path("tokens"))) : res)),
                new PlantedFault("sort-ties-broken-by-id-descending", "ties the requested sorts leave come by id descending",
                        onResponse((req, res) -> isList(req, res) && !sorts(req).isEmpty()
                                ? res.editJson(o -> resort((ArrayNode) o.path("tokens"), sorts(req))) : res)),
                new PlantedFault("created-at-in-the-future", "every token's times lie a day in the future",
                        onResponse((req, res) -> res.isOk() && res.body().contains("\"createdAt\"")
                                ? res.editJson(o -> eachToken(o, t -> shiftTimes(t, 1))) : res)),
                new PlantedFault("updated-before-created", "every token's updatedAt is an hour before its createdAt",
                        onResponse((req, res) -> res.isOk() && res.body().contains("\"updatedAt\"")
                                ? res.editJson(o -> eachToken(o, t -> t.put("updatedAt", Instant.parse(t.path("createdAt")
                                .asText()).minus(1, ChronoUnit.HOURS).toString()))) : res)),
                new PlantedFault("same-secret-for-every-token", "every new token gets the same secret",
                        onResponse((req, res) -> req.is("POST") && res.isOk()
                                ? res.editJson(o -> o.put("token", "aat_static.c2FtZS1zZWNyZXQtZm9yLWFsbA")) : res)),
                new PlantedFault("short-token-is-the-secret", "shortToken is the secret itself, in the create and every read",
                        shortTokenIsTheSecret()),
                new PlantedFault("end-at-in-hours", "endAt is startAt plus the period in hours, not days",
                        onResponse((req, res) -> res.isOk() && res.body().contains("\"expiryPeriodInDays\"")
                                ? res.editJson(o -> eachToken(o, StatedFactFaults::endInHours)) : res)),
                new PlantedFault("offset-past-end-is-400", "an offset past the last token is a 400 instead of an empty page",
                        onResponse((req, res) -> isList(req, res) && res.json().path("tokens").isEmpty()
                                && res.json().path("offset").asInt() > 0
                                && res.json().path("offset").asInt() >= res.json().path("totalCount").asInt()
                                ? ProxiedResponse.json(400, "{\"message\":\"offset out of range\",\"requestId\":\"fault-offset\","
                                + "\"statusCode\":400}").withHeader("X-Request-Id", "fault-offset") : res)),
                new PlantedFault("total-count-counts-deleted", "a list's totalCount still counts the deleted tokens",
                        totalCountCountsDeleted()),
                new PlantedFault("limit-echo-not-the-default", "a list read without limit echoes limit 100, not the default 20",
                        onResponse((req, res) -> isList(req, res) && param(req, "limit").isEmpty()
                                ? res.editJson(o -> o.put("limit", 100)) : res)),
                new PlantedFault("deleted-id-reused", "a deleted token's id is given to the next token created in its Deployment",
                        deletedIdReused()),
                new PlantedFault("absent-description-not-empty", "a token created without description gets \"n/a\", not \"\"",
                        absentDescriptionNotEmpty()),
                new PlantedFault("role-on-the-organization", "a token's role names the Organization, not the Deployment",
                        onResponse((req, res) -> res.isOk() && res.body().contains("\"roles\"")
                                ? res.editJson(o -> eachToken(o, t -> t.path("roles").forEach(r ->
                                ((ObjectNode) r).put("entityId", organization(req))))) : res)));
    }

    private static boolean isList(ProxiedRequest req, ProxiedResponse res) {
        return req.is("GET") && req.isCollection() && res.isOk();
    }

    static List<String> param(ProxiedRequest req, String name) {
        List<String> values = new ArrayList<>();
        if (req.query() == null) {
            return values;
        }
        for (String pair : req.query().split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static List<String> sorts(ProxiedRequest req) {
        return param(req, "sorts");
    }

    private static String organization(ProxiedRequest req) {
        String[] parts = req.path().split("/");
        return parts.length > 2 ? parts[2] : "";
    }

    /** Applies an edit to the token a body is, or to each token of a page. */
    private static void eachToken(ObjectNode body, Consumer<ObjectNode> edit) {
        if (body.has("tokens")) {
            body.path("tokens").forEach(t -> edit.accept((ObjectNode) t));
        } else if (body.has("id")) {
            edit.accept(body);
        }
    }

    private static void reverse(ArrayNode items) {
        List<JsonNode> copy = new ArrayList<>();
        items.forEach(copy::add);
        items.removeAll();
        for (int i = copy.size() - 1; i >= 0; i--) {
            items.add(copy.get(i));
        }
    }

    /** The requested order, with ties broken by id descending (the documented tiebreak is ascending). */
    private static void resort(ArrayNode items, List<String> sorts) {
        Comparator<JsonNode> order = (a, b) -> 0;
        for (String sort : sorts) {
            String field = sort.substring(0, Math.max(0, sort.indexOf(':')));
            String at = switch (field) {
                case "createdById" -> "/createdBy/id";
                case "updatedById" -> "/updatedBy/id";
                case "tokenStartAt" -> "/startAt";
                default -> "/" + field;
            };
            Comparator<JsonNode> key = Comparator.comparing(n -> n.at(at).asText());
            order = order.thenComparing(sort.endsWith(":desc") ? key.reversed() : key);
        }
        order = order.thenComparing(Comparator.comparing((JsonNode n) -> n.path("id").asText()).reversed());
        List<JsonNode> copy = new ArrayList<>();
        items.forEach(copy::add);
        copy.sort(order);
        items.removeAll();
        copy.forEach(items::add);
    }

    private static void shiftTimes(ObjectNode token, int days) {
        for (String field : List.of("createdAt", "updatedAt", "startAt", "endAt")) {
            if (token.hasNonNull(field)) {
                token.put(field, Instant.parse(token.path(field).asText()).plus(days, ChronoUnit.DAYS).toString());
            }
        }
    }

    private static void endInHours(ObjectNode token) {
        if (token.has("expiryPeriodInDays") && token.has("startAt")) {
            token.put("endAt", Instant.parse(token.path("startAt").asText())
                    .plus(token.path("expiryPeriodInDays").asLong(), ChronoUnit.HOURS).toString());
        }
    }

    private static Fault shortTokenIsTheSecret() {
        Map<String, String> secrets = new ConcurrentHashMap<>();
        return onResponse((req, res) -> {
            if (!res.isOk() || !res.body().contains("\"shortToken\"")) {
                return res;
            }
            if (req.is("POST")) {
                return res.editJson(o -> {
                    secrets.put(o.path("id").asText(), o.path("token").asText());
                    o.put("shortToken", o.path("token").asText());
                });
            }
            return res.editJson(o -> eachToken(o, t -> {
                String secret = secrets.get(t.path("id").asText());
                if (secret != null) {
                    t.put("shortToken", secret);
                }
            }));
        });
    }

    private static Fault totalCountCountsDeleted() {
        Map<String, AtomicInteger> deleted = new ConcurrentHashMap<>();
        return (req, upstream) -> {
            ProxiedResponse res = upstream.apply(req);
            if (req.is("DELETE") && res.status() == 204) {
                deleted.computeIfAbsent(req.collection(), k -> new AtomicInteger()).incrementAndGet();
            } else if (isList(req, res) && deleted.containsKey(req.collection())) {
                int extra = deleted.get(req.collection()).get();
                return res.editJson(o -> o.put("totalCount", o.path("totalCount").asInt() + extra));
            }
            return res;
        };
    }

    /**
     * The next token created in a Deployment after a delete is shown under the deleted token's id, and
     * reached under it afterwards: requests naming the reused id go to the token that now has it.
     */
    private static Fault deletedIdReused() {
        Map<String, ConcurrentLinkedDeque<String>> freed = new ConcurrentHashMap<>();
        Map<String, String> shownToReal = new ConcurrentHashMap<>();
        Map<String, String> realToShown = new ConcurrentHashMap<>();
        return (req, upstream) -> {
            ProxiedRequest sent = req;
            if (req.isItem() && shownToReal.containsKey(req.lastSegment())) {
                sent = req.withPath(req.collection() + "/" + shownToReal.get(req.lastSegment()));
            }
            ProxiedResponse res = upstream.apply(sent);
            if (req.is("DELETE") && res.status() == 204) {
                String shown = req.lastSegment();
                String real = shownToReal.remove(shown);
                if (real != null) {
                    realToShown.remove(real);
                }
                freed.computeIfAbsent(req.collection(), k -> new ConcurrentLinkedDeque<>()).add(shown);
                return res;
            }
            if (req.is("POST") && req.isCollection() && res.isOk()) {
                String reused = freed.getOrDefault(req.collection(), new ConcurrentLinkedDeque<>()).poll();
                if (reused != null) {
                    String real = res.json().path("id").asText();
                    shownToReal.put(reused, real);
                    realToShown.put(real, reused);
                }
            }
            if (realToShown.isEmpty() || !res.body().contains("\"id\"")) {
                return res;
            }
            return res.editJson(o -> eachToken(o, t -> {
                String shown = realToShown.get(t.path("id").asText());
                if (shown != null) {
                    t.put("id", shown);
                }
            }));
        };
    }

    private static Fault absentDescriptionNotEmpty() {
        java.util.Set<String> defaulted = ConcurrentHashMap.newKeySet();
        return onResponse((req, res) -> {
            if (!res.isOk() || !res.body().contains("\"description\"")) {
                return res;
            }
            if (req.is("POST") && req.body() != null && !req.body().contains("\"description\"")) {
                return res.editJson(o -> {
                    defaulted.add(o.path("id").asText());
                    o.put("description", "n/a");
                });
            }
            return res.editJson(o -> eachToken(o, t -> {
                if (defaulted.contains(t.path("id").asText())) {
                    t.put("description", "n/a");
                }
            }));
        });
    }
}
