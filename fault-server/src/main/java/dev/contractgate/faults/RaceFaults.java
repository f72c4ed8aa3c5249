package dev.contractgate.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Check-then-act bugs: a server that looks before it writes, without holding anything between the
 * look and the write. One request at a time they behave; requests that race get through together.
 * Both widen the window a little (a real server's time between its read and its write).
 */
final class RaceFaults {

    private static final int LIMIT = 50;
    private static final long WINDOW_MILLIS = 40;

    private RaceFaults() {
    }

    static List<PlantedFault> all() {
        return List.of(
                new PlantedFault("concurrent-creates-pass-the-limit", "a create counts the Deployment's tokens, then"
                        + " stores: creates that race at the limit of 50 all succeed", createsPassTheLimit()),
                new PlantedFault("concurrent-deletes-both-succeed", "a delete reads the token, then removes it: two"
                        + " deletes of one token that race both answer 204", deletesBothSucceed()));
    }

    private static Fault createsPassTheLimit() {
        Map<String, ProxiedResponse> lastCreated = new ConcurrentHashMap<>();
        return (req, upstream) -> {
            if (!req.is("POST") || !req.isCollection()) {
                return upstream.apply(req);
            }
            ProxiedResponse count = upstream.apply(new ProxiedRequest("GET", req.collection(), "limit=0", req.headers(), ""));
            int held = count.isOk() ? count.json().path("totalCount").asInt(LIMIT) : LIMIT;
            boolean room = held < LIMIT;
            if (held >= LIMIT - 5) {
                pause(); // the window matters only near the limit; elsewhere the fault costs no time
            }
            ProxiedResponse res = upstream.apply(req);
            if (res.isOk()) {
                lastCreated.put(req.collection(), res);
                return res;
            }
            ProxiedResponse earlier = lastCreated.get(req.collection());
            if (room && res.status() == 400 && earlier != null) {
                // the count said there was room: the server "stores" it anyway and answers as for a new token
                return earlier.editJson(o -> fresh(o, req));
            }
            return res;
        };
    }

    private static void fresh(ObjectNode token, ProxiedRequest req) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 25);
        token.put("id", id);
        token.put("token", "aat_" + id.substring(0, 8) + "." + UUID.randomUUID().toString().replace("-", ""));
        token.put("shortToken", "aat_" + id.substring(0, 8));
        try {
            var body = ProxiedResponse.JSON.readTree(req.body());
            if (body.hasNonNull("name")) {
                token.set("name", body.get("name"));
            }
        } catch (java.io.IOException notJson) {
            // keep the earlier name
        }
    }

    private static Fault deletesBothSucceed() {
        return (req, upstream) -> {
            if (!req.is("DELETE") || !req.isItem()) {
                return upstream.apply(req);
            }
            ProxiedResponse read = upstream.apply(new ProxiedRequest("GET", req.path(), null, req.headers(), ""));
            pause();
            ProxiedResponse res = upstream.apply(req);
            return read.isOk() && res.status() == 404 ? new ProxiedResponse(204, Map.of(), "") : res;
        };
    }

    private static void pause() {
        try {
            Thread.sleep(WINDOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
