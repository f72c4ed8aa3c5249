package dev.contractgate.faults;

import static dev.contractgate.faults.Fault.onResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults of a resource API that real implementations have: authentication after lookup or
 * validation, tenancy leaks between parents, a cap that is not enforced, text that does not
 * come back as sent, a content type compared as a string. Each fires on whatever request shows
 * the bug.
 */
final class ResourceFaults {

    private static final String NOT_FOUND = "{\"message\":\"Agent token not found\",\"requestId\":\"fault\",\"statusCode\":404}";

    private ResourceFaults() {
    }

    static List<PlantedFault> all(Credentials c) {
        String valid = c.bearer(c.valid());
        String restricted = c.bearer(c.restricted());
        return List.of(
                new PlantedFault("lookup-before-auth",
                        "a token id is looked up before the caller is authenticated: an unknown id gets 404 without a token",
                        (req, up) -> {
                            if (req.isItem() && !authenticated(req, valid, restricted)) {
                                ProxiedResponse lookup = up.apply(new ProxiedRequest("GET", req.path(), null,
                                        Map.of("authorization", valid), ""));
                                if (lookup.status() == 404) {
                                    return lookup;
                                }
                            }
                            return up.apply(req);
                        }),
                new PlantedFault("body-validated-before-auth",
                        "a create body is validated before the caller is authenticated: a bad body gets 400 without a token",
                        (req, up) -> req.is("POST") && !authenticated(req, valid, restricted) && !namedObject(req.body())
                                ? ProxiedResponse.json(400, "{\"message\":\"Invalid request: 1 field failed validation\","
                                + "\"requestId\":\"fault\",\"statusCode\":400,\"fieldErrors\":[{\"field\":\"name\","
                                + "\"code\":\"required\",\"message\":\"name is required\"}]}")
                                : up.apply(req)),
                new PlantedFault("lookup-ignores-deployment",
                        "a token is found by its id alone: it is read and deleted through any Deployment's path",
                        lookupByIdAlone()),
                new PlantedFault("list-shows-other-deployments",
                        "a list shows the tokens created in other Deployments too", listAcrossDeployments()),
                new PlantedFault("token-cap-not-enforced",
                        "a Deployment takes more than 50 agent tokens", capNotEnforced()),
                new PlantedFault("long-text-truncated",
                        "names and descriptions are stored in 255 characters: longer ones come back cut",
                        onResponse((req, res) -> res.status() / 100 == 2 && isJson(res) ? res.withBody(cut(res.json()).toString()) : res)),
                new PlantedFault("non-ascii-mangled", "text is stored as ASCII: every other character comes back as '?'",
                        onResponse((req, res) -> res.status() / 100 == 2 && isJson(res)
                                ? res.withBody(res.body().replaceAll("[^\\x00-\\x7F]", "?")) : res)),
                new PlantedFault("charset-parameter-rejected",
                        "a JSON body is refused when its Content-Type carries a charset parameter",
                        (req, up) -> req.header("Content-Type") != null && req.header("Content-Type").contains(";")
                                ? ProxiedResponse.json(400, "{\"message\":\"Invalid request: the body must be application/json\","
                                + "\"requestId\":\"fault\",\"statusCode\":400}")
                                : up.apply(req)));
    }

    private static boolean authenticated(ProxiedRequest req, String valid, String restricted) {
        String auth = req.header("Authorization");
        return valid.equals(auth) || restricted.equals(auth);
    }

    private static boolean namedObject(String body) {
        try {
            JsonNode node = ProxiedResponse.JSON.readTree(body == null ? "" : body);
            return node != null && node.isObject() && node.path("name").isTextual();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean isJson(ProxiedResponse res) {
        String body = res.body();
        return body != null && (body.startsWith("{") || body.startsWith("["));
    }

    private static JsonNode cut(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (value.isTextual() && value.asText().length() > 255
                        && (field.getKey().equals("name") || field.getKey().equals("description"))) {
                    field.setValue(object.textNode(value.asText().substring(0, 255)));
                } else {
                    cut(value);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(ResourceFaults::cut);
        }
        return node;
    }

    private static Fault lookupByIdAlone() {
        Map<String, String> home = new ConcurrentHashMap<>();
        return (req, up) -> {
            if (req.isItem() && home.containsKey(req.lastSegment()) && !home.get(req.lastSegment()).equals(req.collection())) {
                return up.apply(req.withPath(home.get(req.lastSegment()) + "/" + req.lastSegment()));
            }
            ProxiedResponse res = up.apply(req);
            if (req.is("POST") && req.isCollection() && res.status() / 100 == 2 && isJson(res)) {
                home.put(res.json().path("id").asText(), req.collection());
            }
            return res;
        };
    }

    private static Fault listAcrossDeployments() {
        Map<String, JsonNode> created = new ConcurrentHashMap<>();
        Map<String, String> where = new ConcurrentHashMap<>();
        return (req, up) -> {
            ProxiedResponse res = up.apply(req);
            if (req.is("POST") && req.isCollection() && res.status() / 100 == 2 && isJson(res)) {
                ObjectNode token = (ObjectNode) res.json();
                token.remove("token");
                created.put(token.path("id").asText(), token);
                where.put(token.path("id").asText(), req.collection());
            } else if (req.is("DELETE") && req.isItem() && res.status() / 100 == 2) {
                created.remove(req.lastSegment());
            } else if (req.is("GET") && req.isCollection() && res.isOk() && isJson(res)) {
                return res.editJson(page -> created.forEach((id, token) -> {
                    if (!where.get(id).equals(req.collection()) && page.path("tokens") instanceof ArrayNode tokens) {
                        tokens.add(token);
                    }
                }));
            }
            return res;
        };
    }

    private static Fault capNotEnforced() {
        Map<String, JsonNode> lastCreated = new ConcurrentHashMap<>();
        return (req, up) -> {
            ProxiedResponse res = up.apply(req);
            if (!req.is("POST") || !req.isCollection()) {
                return res;
            }
            if (res.status() / 100 == 2 && isJson(res)) {
                lastCreated.put(req.collection(), res.json());
            } else if (res.status() == 400 && res.body().contains("50") && lastCreated.containsKey(req.collection())) {
                ObjectNode copy = lastCreated.get(req.collection()).deepCopy();
                copy.put("id", copy.path("id").asText() + "x" + Integer.toHexString(req.hashCode()));
                return ProxiedResponse.json(200, copy.toString());
            }
            return res;
        };
    }
}
