package dev.contractgate.faults;

import static dev.contractgate.faults.Fault.onRequest;
import static dev.contractgate.faults.Fault.onResponse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults in what the API does over time: the life cycle of a token, paging, sorting, secrets.
 * Some keep state (what was created, read or deleted), so each call makes fresh instances.
 */
final class BehaviourFaults {

    private BehaviourFaults() {
    }

    static List<PlantedFault> all() {
        return List.of(
                new PlantedFault("secret-leaked-on-read", "GET of one token returns the secret token given at create",
                        leakSecretOnRead()),
                new PlantedFault("secret-missing-on-create", "create does not return the secret token",
                        onResponse((req, res) -> req.is("POST") && res.isOk() ? res.editJson(o -> o.remove("token")) : res)),
                new PlantedFault("create-ignores-name", "create stores another name than the one sent",
                        onResponse((req, res) -> req.is("POST") && res.isOk() ? res.editJson(o -> o.put("name", "renamed")) : res)),
                new PlantedFault("created-token-not-readable", "GET of a token that exists answers 404",
                        onResponse((req, res) -> req.is("GET") && req.isItem() && res.isOk()
                                ? ProxiedResponse.json(404, "{\"message\":\"gone\",\"requestId\":\"fault\",\"statusCode\":404}")
                                : res)),
                new PlantedFault("unknown-id-answers-400", "an unknown token id is answered 400, not 404",
                        onResponse((req, res) -> req.isItem() && res.status() == 404
                                ? res.editJson(o -> o.put("statusCode", 400)).withStatus(400) : res)),
                new PlantedFault("deleted-token-still-readable", "GET after delete still returns the token",
                        readAfterDelete()),
                new PlantedFault("deleted-token-still-listed", "a list after delete still shows the token",
                        listAfterDelete()),
                new PlantedFault("second-delete-answers-204", "deleting a deleted token answers 204 again",
                        deleteTwice()),
                new PlantedFault("list-drops-first-token", "a list page leaves out its first token",
                        onResponse((req, res) -> req.is("GET") && req.isCollection() && res.isOk()
                                ? res.editJson(o -> {
                                    if (o.path("tokens").size() > 0) {
                                        ((ArrayNode) o.path("tokens")).remove(0);
                                    }
                                }) : res)),
                new PlantedFault("total-count-off-by-one", "a list page's totalCount is one more than the tokens",
                        onResponse((req, res) -> req.is("GET") && req.isCollection() && res.isOk()
                                ? res.editJson(o -> o.put("totalCount", o.path("totalCount").asInt() + 1)) : res)),
                new PlantedFault("offset-ignored", "list ignores offset and always starts at the first token",
                        onRequest(req -> req.query() == null ? req
                                : req.withQuery(req.query().replaceAll("(^|&)offset=[^&]*", "$1offset=0")))),
                new PlantedFault("limit-ignored", "list ignores limit and always pages by 20",
                        onRequest(req -> req.query() == null ? req
                                : req.withQuery(req.query().replaceAll("(^|&)limit=[^&]*", "$1limit=20")))),
                new PlantedFault("sort-direction-ignored", "list sorts ascending whatever direction is asked",
                        onRequest(req -> req.query() == null ? req
                                : req.withQuery(req.query().replace("%3Adesc", "%3Aasc").replace(":desc", ":asc")))));
    }

    private static Fault leakSecretOnRead() {
        Map<String, String> secrets = new ConcurrentHashMap<>();
        return (req, up) -> {
            ProxiedResponse res = up.apply(req);
            if (req.is("POST") && res.isOk() && res.json().hasNonNull("token")) {
                secrets.put(res.json().path("id").asText(), res.json().path("token").asText());
            } else if (req.is("GET") && req.isItem() && res.isOk()) {
                String secret = secrets.get(res.json().path("id").asText());
                return secret == null ? res : res.editJson(o -> o.put("token", secret));
            }
            return res;
        };
    }

    private static Fault readAfterDelete() {
        Map<String, String> read = new ConcurrentHashMap<>();
        return (req, up) -> {
            ProxiedResponse res = up.apply(req);
            if (req.is("GET") && req.isItem() && res.isOk()) {
                read.put(req.path(), res.body());
            } else if (req.is("GET") && res.status() == 404 && read.containsKey(req.path())) {
                return ProxiedResponse.json(200, read.get(req.path()));
            }
            return res;
        };
    }

    private static Fault listAfterDelete() {
        Map<String, String> read = new ConcurrentHashMap<>();
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        return (req, up) -> {
            ProxiedResponse res = up.apply(req);
            if (req.is("GET") && req.isItem() && res.isOk()) {
                read.put(req.path(), res.body());
            } else if (req.is("DELETE") && res.status() == 204) {
                deleted.add(req.path());
            } else if (req.is("GET") && req.isCollection() && res.isOk()) {
                return res.editJson(o -> deleted.stream().filter(read::containsKey)
                        .filter(path -> path.startsWith(req.path()))
                        .forEach(path -> ((ArrayNode) o.path("tokens")).add(parse(read.get(path)))));
            }
            return res;
        };
    }

    private static Fault deleteTwice() {
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        return (req, up) -> {
            ProxiedResponse res = up.apply(req);
            if (req.is("DELETE") && res.status() == 204) {
                deleted.add(req.path());
            } else if (req.is("DELETE") && res.status() == 404 && deleted.contains(req.path())) {
                return new ProxiedResponse(204, Map.of(), "");
            }
            return res;
        };
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return ProxiedResponse.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
