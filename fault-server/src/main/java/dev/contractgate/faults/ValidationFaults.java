package dev.contractgate.faults;

import static dev.contractgate.faults.Fault.onRequest;
import static dev.contractgate.faults.Fault.onResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Faults in what a server accepts: bounds, nulls, valid values refused, errors answered 5xx. */
final class ValidationFaults {

    private static final Pattern LIMIT = Pattern.compile("(^|&)limit=(\\d+)");

    private ValidationFaults() {
    }

    static List<PlantedFault> all() {
        return List.of(
                new PlantedFault("limit-above-maximum-accepted", "a limit above 1000 is served as 1000",
                        onRequest(ValidationFaults::clampLimit)),
                new PlantedFault("null-field-accepted", "a null field in a JSON body is taken as absent",
                        onRequest(ValidationFaults::dropNullFields)),
                new PlantedFault("expiry-maximum-3000", "tokenExpiryPeriodInDays above 3000 is refused (the spec allows 3650)",
                        (req, up) -> expiryAbove(req, 3000)
                                ? ProxiedResponse.json(400, "{\"message\":\"Invalid request\",\"requestId\":\"fault\","
                                        + "\"statusCode\":400,\"fieldErrors\":[{\"field\":\"tokenExpiryPeriodInDays\","
                                        + "\"code\":\"maximum\",\"message\":\"at most 3000\"}]}")
                                : up.apply(req)),
                new PlantedFault("validation-error-as-500", "every validation error is answered 500",
                        onResponse((req, res) -> res.status() == 400
                                ? res.editJson(o -> o.put("statusCode", 500)).withStatus(500) : res)));
    }

    private static ProxiedRequest clampLimit(ProxiedRequest req) {
        if (req.query() == null) {
            return req;
        }
        Matcher m = LIMIT.matcher(req.query());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2).length() > 9 || Long.parseLong(m.group(2)) > 1000 ? "1000" : m.group(2);
            m.appendReplacement(out, m.group(1) + "limit=" + value);
        }
        m.appendTail(out);
        return req.withQuery(out.toString());
    }

    private static ProxiedRequest dropNullFields(ProxiedRequest req) {
        if (req.body().isBlank()) {
            return req;
        }
        try {
            JsonNode body = ProxiedResponse.JSON.readTree(req.body());
            if (!(body instanceof ObjectNode object)) {
                return req;
            }
            List<String> nulls = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (object.get(name).isNull()) {
                    nulls.add(name);
                }
            });
            return nulls.isEmpty() ? req : req.withBody(object.without(nulls).toString());
        } catch (IOException notJson) {
            return req;
        }
    }

    private static boolean expiryAbove(ProxiedRequest req, int max) {
        if (!req.is("POST") || req.body().isBlank()) {
            return false;
        }
        try {
            JsonNode days = ProxiedResponse.JSON.readTree(req.body()).path("tokenExpiryPeriodInDays");
            return days.isIntegralNumber() && days.asLong() > max;
        } catch (IOException notJson) {
            return false;
        }
    }
}
