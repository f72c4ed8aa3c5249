package dev.contractgate.faults;

import static dev.contractgate.faults.Fault.onResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Faults in what a response says: missing fields, wrong types, formats, enums, headers. */
final class ResponseBodyFaults {

    private ResponseBodyFaults() {
    }

    static List<PlantedFault> all() {
        return List.of(
                new PlantedFault("read-drops-shortToken", "GET of one token leaves out the required shortToken",
                        onResponse((req, res) -> req.is("GET") && req.isItem() && res.isOk()
                                ? res.editJson(o -> o.remove("shortToken")) : res)),
                new PlantedFault("list-drops-updatedAt", "every token in a list page lacks the required updatedAt",
                        onResponse((req, res) -> req.is("GET") && req.isCollection() && res.isOk()
                                ? res.editJson(o -> o.path("tokens").forEach(t -> ((ObjectNode) t).remove("updatedAt")))
                                : res)),
                new PlantedFault("create-kind-outside-enum", "create answers kind LEGACY, outside the enum",
                        onResponse((req, res) -> req.is("POST") && res.isOk()
                                ? res.editJson(o -> o.put("kind", "LEGACY")) : res)),
                new PlantedFault("total-count-as-string", "a list page's totalCount is a string",
                        onResponse((req, res) -> req.is("GET") && req.isCollection() && res.isOk()
                                ? res.editJson(o -> o.put("totalCount", o.path("totalCount").asText())) : res)),
                new PlantedFault("created-at-not-a-date-time", "every token's createdAt is not a date-time",
                        onResponse((req, res) -> res.isOk() && res.body().contains("\"createdAt\"")
                                ? res.editJson(ResponseBodyFaults::breakCreatedAt) : res)),
                new PlantedFault("json-served-as-text-plain", "successful GETs say Content-Type: text/plain",
                        onResponse((req, res) -> req.is("GET") && res.isOk()
                                ? res.withHeader("Content-Type", "text/plain") : res)),
                new PlantedFault("error-status-code-mismatch", "a 404's body says statusCode 400",
                        onResponse((req, res) -> res.status() == 404
                                ? res.editJson(o -> o.put("statusCode", 400)) : res)),
                new PlantedFault("delete-answers-200", "delete answers an undocumented 200 instead of 204",
                        onResponse((req, res) -> req.is("DELETE") && res.status() == 204 ? res.withStatus(200) : res)));
    }

    private static void breakCreatedAt(ObjectNode body) {
        if (body.has("createdAt")) {
            body.put("createdAt", "yesterday");
        }
        for (JsonNode token : body.path("tokens")) {
            ((ObjectNode) token).put("createdAt", "yesterday");
        }
    }
}
