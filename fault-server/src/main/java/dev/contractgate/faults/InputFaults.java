package dev.contractgate.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What real servers get wrong about the inputs real clients send: numbers past the 64-bit range
 * parsed into a {@code long}, text "cleaned" before it is stored (trimmed, stripped of markup,
 * normalised), a property the schema does not name refused, a body that is JSON but not an
 * object, a query parameter given twice. Each fires on any request that shows it.
 */
final class InputFaults {

    private static final Pattern HUGE_NUMBER = Pattern.compile("(^|[^0-9.\"a-zA-Z])-?[0-9]{19,}");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
    private static final Set<String> CREATE_FIELDS = Set.of("name", "description", "tokenExpiryPeriodInDays");

    private InputFaults() {
    }

    static List<PlantedFault> all() {
        return List.of(
                new PlantedFault("huge-number-overflows-to-500", "a number past the 64-bit range, in a body or a query,"
                        + " overflows the server's long and is answered 500", (req, up) -> hugeNumber(req)
                        ? error(500, "Internal server error") : up.apply(req)),
                new PlantedFault("text-trimmed", "text fields of a create are trimmed before they are stored",
                        Fault.onRequest(req -> editText(req, String::strip))),
                new PlantedFault("markup-stripped", "markup is stripped from text fields of a create before they are stored",
                        Fault.onRequest(req -> editText(req, t -> MARKUP.matcher(t).replaceAll("")))),
                new PlantedFault("text-normalized-nfc", "text fields of a create are stored in Unicode normal form C",
                        Fault.onRequest(req -> editText(req, t -> Normalizer.normalize(t, Normalizer.Form.NFC)))),
                new PlantedFault("unknown-property-refused", "a create body with a property the schema does not name is"
                        + " refused with 400 (the schema allows additional properties)", (req, up) -> unknownProperty(req)
                        ? error(400, "Unrecognized field") : up.apply(req)),
                new PlantedFault("scalar-body-is-500", "a body that is a JSON string, number, boolean or null is answered 500",
                        (req, up) -> scalarBody(req) ? error(500, "Internal server error") : up.apply(req)),
                new PlantedFault("many-sorts-refused", "a list with more than 10 sorts is refused with 400 (the spec sets no"
                        + " bound on how many)", (req, up) -> sortsCount(req) > 10 ? error(400, "Too many sorts") : up.apply(req)),
                new PlantedFault("repeated-query-parameter-is-500", "a single-valued query parameter given twice is answered 500",
                        (req, up) -> repeatedParameter(req) ? error(500, "Internal server error") : up.apply(req)));
    }

    private static ProxiedResponse error(int status, String message) {
        return ProxiedResponse.json(status, "{\"message\":\"" + message + "\",\"requestId\":\"fault\",\"statusCode\":" + status + "}")
                .withHeader("X-Request-Id", "fault");
    }

    private static boolean hugeNumber(ProxiedRequest req) {
        return req.query() != null && HUGE_NUMBER.matcher(req.query().replace('=', ' ')).find()
                || !req.body().isBlank() && HUGE_NUMBER.matcher(req.body()).find();
    }

    private static ProxiedRequest editText(ProxiedRequest req, UnaryOperator<String> change) {
        JsonNode body = createBody(req);
        if (!(body instanceof ObjectNode object)) {
            return req;
        }
        for (String field : List.of("name", "description")) {
            if (object.get(field) instanceof TextNode text) {
                object.put(field, change.apply(text.asText()));
            }
        }
        return req.withBody(object.toString());
    }

    private static boolean unknownProperty(ProxiedRequest req) {
        JsonNode body = createBody(req);
        if (!(body instanceof ObjectNode object)) {
            return false;
        }
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        names.removeAll(CREATE_FIELDS);
        return !names.isEmpty();
    }

    private static boolean scalarBody(ProxiedRequest req) {
        JsonNode body = req.body().isBlank() ? null : parse(req.body());
        return body != null && body.isValueNode();
    }

    private static boolean repeatedParameter(ProxiedRequest req) {
        if (req.query() == null) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (String pair : req.query().split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!name.equals("sorts") && !name.isEmpty() && !seen.add(name)) {
                return true;
            }
        }
        return false;
    }

    private static int sortsCount(ProxiedRequest req) {
        int count = 0;
        if (req.query() != null) {
            for (String pair : req.query().split("&")) {
                if (pair.startsWith("sorts=")) {
                    count++;
                }
            }
        }
        return count;
    }

    private static JsonNode createBody(ProxiedRequest req) {
        return req.is("POST") && req.isCollection() && !req.body().isBlank() ? parse(req.body()) : null;
    }

    private static JsonNode parse(String body) {
        try {
            return ProxiedResponse.JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
