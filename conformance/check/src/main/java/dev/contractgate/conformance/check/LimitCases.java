package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A documented limit, tested at its exact boundary. A creating operation that declares
 * {@code x-resource-limit: {max, per, status}} is called in a fresh parent (a new value of
 * the path parameter {@code per}): {@code max - 2} creates one by one, then 4 at once, of which
 * exactly 2 must succeed (what any serial order of them gives), then one more gets the documented
 * 4xx and a delete frees a place. About {@code 2 * max + 6} requests, cleanup included.
 */
final class LimitCases {

    static final String EXTENSION = "x-resource-limit";
    /** Places left free for the burst: {@code 2 * FREE_PLACES} creates sent at once take them. */
    static final int FREE_PLACES = 2;

    /** The limit an operation declares. */
    record Limit(int max, String per, Integer status) {
    }

    private LimitCases() {
    }

    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        for (SpecOperation op : run.operations.all()) {
            limitOf(op).ifPresent(limit -> checks.add(PlannedCheck.creating(op, op.id() + " allows " + limit.max()
                    + " resources per " + limit.per() + " (the last " + FREE_PLACES + " taken by " + 2 * FREE_PLACES
                    + " creates at once), refuses one more, and frees a place on delete",
                    probe -> boundary(probe, op, limit))));
        }
        return checks;
    }

    static Optional<Limit> limitOf(SpecOperation op) {
        Object declared = op.operation().getExtensions() == null ? null : op.operation().getExtensions().get(EXTENSION);
        if (!(declared instanceof Map<?, ?> fields) || !(fields.get("max") instanceof Number max) || fields.get("per") == null) {
            return Optional.empty();
        }
        Integer status = fields.get("status") instanceof Number n ? n.intValue() : null;
        return Optional.of(new Limit(max.intValue(), String.valueOf(fields.get("per")), status));
    }

    private static void boundary(Probe probe, SpecOperation op, Limit limit) {
        Map<String, String> parent = new LinkedHashMap<>(probe.run.contextValues);
        parent.put(limit.per(), "cglimit" + ValueGenerator.word(probe.random));
        Fresh fresh = new Fresh(probe, op, parent);
        List<Exchange> created = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            int free = limit.max() > FREE_PLACES ? FREE_PLACES : 0;
            for (int i = 1; i <= limit.max() - free; i++) {
                Exchange ex = fresh.create();
                if (!ex.is2xx()) {
                    if (!ex.failed()) {
                        probe.report(CheckRules.POSITIVE_REJECTED, op, "", op.id() + " refused create " + i + " of the "
                                + limit.max() + " its " + EXTENSION + " allows per " + limit.per() + ": " + ex.status(), ex);
                    }
                    return;
                }
                created.add(ex);
            }
            List<Exchange> burst = Burst.atOnce(2 * free, fresh::create);
            List<Exchange> won = burst.stream().filter(Exchange::is2xx).toList();
            created.addAll(won);
            if (burst.stream().anyMatch(Exchange::failed)) {
                return;
            }
            Exchange over = fresh.create();
            if (over.is2xx()) {
                created.add(over);
                probe.report(CheckRules.LIMIT_NOT_ENFORCED, op, "", op.id() + " accepted resource " + (limit.max() - free + won.size() + 1)
                        + " in one " + limit.per() + ", beyond the documented limit of " + limit.max(), over);
                return;
            }
            if (won.size() != free) {
                String order = "answers in order of arrival: " + burst.stream().map(e -> String.valueOf(e.status())).toList();
                probe.report(CheckRules.RACE_LIMIT, op, "", won.size() + " of " + 2 * free + " creates sent at once succeeded with "
                        + free + " places left under the limit of " + limit.max() + "; a serial order lets exactly " + free
                        + " through (a single create beyond the limit is refused); " + order,
                        won.isEmpty() ? burst.get(0) : won.get(won.size() - 1));
                return;
            }
            if (!over.failed() && !refusedAsDocumented(op, limit, over.status())) {
                probe.report(CheckRules.LIMIT_WRONG_STATUS, op, "/responses", op.id() + " refused resource " + (limit.max() + 1)
                        + " with " + over.status() + ", not the documented " + expected(limit), over);
            }
            if (fresh.delete(created.remove(0))) {
                Exchange again = fresh.create();
                if (again.is2xx()) {
                    created.add(again);
                } else if (!again.failed()) {
                    probe.report(CheckRules.LIMIT_NOT_FREED, op, "", op.id() + " still refused a create after a delete freed a place"
                            + " under the limit of " + limit.max() + ": " + again.status(), again);
                }
            }
        } finally {
            created.forEach(fresh::delete);
        }
    }

    private static boolean refusedAsDocumented(SpecOperation op, Limit limit, int status) {
        return status >= 400 && status < 500 && op.documents(status) && (limit.status() == null || limit.status() == status);
    }

    private static String expected(Limit limit) {
        return limit.status() == null ? "4xx" : String.valueOf(limit.status());
    }

    /** Creates and deletes in one parent that only this check uses. */
    private record Fresh(Probe probe, SpecOperation op, Map<String, String> parent) {

        Exchange create() {
            JsonNode body = probe.validBody(op);
            HttpCall call = probe.run.call(op, Map.of(), parent)
                    .withHeader("Authorization", "Bearer " + probe.run.options.token());
            if (body != null) {
                call = call.withBody(SpecOperation.JSON, body.toString());
            }
            return probe.sendValid(op, call);
        }

        boolean delete(Exchange created) {
            for (SpecOperation target : probe.run.operations.all()) {
                if (!"delete".equals(target.method())) {
                    continue;
                }
                Map<String, String> ids = new LinkedHashMap<>();
                for (var p : probe.run.resourceParameters(target)) {
                    probe.run.provider(target, p.getName()).filter(found -> found.source().id().equals(op.id()))
                            .map(found -> Probe.providedValue(found, created)).ifPresent(v -> ids.put(p.getName(), v));
                }
                if (!ids.isEmpty() && ids.size() == probe.run.resourceParameters(target).size()) {
                    Exchange ex = probe.send(target, probe.run.call(target, ids, parent)
                            .withHeader("Authorization", "Bearer " + probe.run.options.token()));
                    return ex.is2xx();
                }
            }
            return false;
        }
    }
}
