package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.spec.SpecOperation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Before the suite, what every later check depends on, each a bad input (exit 2, one line naming the
 * request and the option to fix) instead of dozens of findings:
 * <ul>
 *   <li>one read with the run's token: 401 or 403 there means the server refuses the token itself;</li>
 *   <li>the documented collections answer under the base URL: when a collection's list and a valid create
 *   on it both answer 404, no documented path is served there (a {@code --base-url} with a prefix the
 *   server does not serve, or a parent that does not exist). One that answers the other way is left to the
 *   checks, which report an operation that is not served as its own root cause; a resource the probe
 *   creates is deleted again.</li>
 * </ul>
 */
final class Preflight {

    private Preflight() {
    }

    static void require(RunContext run, HttpRunner http) {
        Optional<SpecOperation> read = run.plainRead();
        if (read.isEmpty()) {
            return;
        }
        HttpCall call = run.call(read.get(), Map.of());
        Exchange ex = http.send(call);
        if (ex.status() == 401) {
            throw new BadInputException("the server refused the token: GET " + call.pathAndQuery()
                    + " answered 401; pass a token it accepts with --token (or CONTRACT_TOKEN)");
        }
        if (ex.status() == 403) {
            throw new BadInputException("the token may not act here: GET " + call.pathAndQuery()
                    + " answered 403; pass --organization and --deployment that the token may use");
        }
        if (ex.status() == 404) {
            requireServedCollection(run, http);
        }
    }

    private static void requireServedCollection(RunContext run, HttpRunner http) {
        List<ModelledCollection> collections = ModelledCollection.find(run);
        StringBuilder answered = new StringBuilder();
        for (ModelledCollection collection : collections) {
            SpecOperation list = collection.pages().op();
            HttpCall listCall = run.call(list, Map.of());
            Exchange listed = http.send(listCall);
            SpecOperation create = collection.create();
            JsonNode body = run.values.valid(PositiveCases.schemaOf(create), new Random(run.options.seed()), false);
            HttpCall createCall = run.call(create, Map.of()).withBody(SpecOperation.JSON, body.toString());
            Exchange created = http.send(createCall);
            deleteWhatWasCreated(run, http, collection, created);
            if (listed.status() != 404 || created.status() != 404) {
                return;
            }
            answered.append(answered.length() == 0 ? "" : "; ").append("GET and POST ").append(listCall.path())
                    .append(" answered 404");
        }
        if (!collections.isEmpty()) {
            throw new BadInputException("no documented path answers under " + http.base() + ": " + answered
                    + ". Is --base-url right? The spec's paths are appended to it as written (so it ends where the"
                    + " server's API starts, e.g. without a /v1 the server does not serve), and the path's"
                    + " parameters (--organization, --deployment, --param) must name what exists there");
        }
    }

    private static void deleteWhatWasCreated(RunContext run, HttpRunner http, ModelledCollection collection, Exchange created) {
        if (!created.is2xx()) {
            return;
        }
        JsonNode answer = ResponseChecks.json(created.body());
        JsonNode id = answer == null ? null : answer.at(collection.idPointer());
        if (id != null && id.isValueNode()) {
            http.send(run.call(collection.delete(), Map.of(collection.idParameter(), id.asText())));
        }
    }
}
