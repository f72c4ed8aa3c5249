package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests that race, where the spec makes the outcome checkable: each burst must end in a state
 * some serial order of the same requests would give (the burst at a documented limit is part of
 * {@link LimitCases}). One resource deleted twice at once: one success, one documented not-found.
 * A delete racing lists: no list sent after the delete answered holds the resource. Bounded: a few
 * threads, about twenty requests, each check in a parent of its own.
 */
final class RaceCases {

    private static final int LISTS = 12;

    private RaceCases() {
    }

    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        for (ModelledCollection collection : ModelledCollection.find(run)) {
            SpecOperation create = collection.create();
            checks.add(PlannedCheck.creating(collection.delete(), collection.delete().id()
                    + ": one resource deleted twice at once is deleted once", probe -> doubleDelete(new Fresh(probe, collection))));
            checks.add(PlannedCheck.creating(collection.delete(), collection.delete().id()
                    + ": no list sent after a racing delete answered holds the resource", probe -> deleteRacingLists(new Fresh(probe, collection))));
        }
        return checks;
    }

    static void doubleDelete(Fresh fresh) {
        Fresh.Made one = fresh.create();
        if (one.id() == null) {
            return;
        }
        List<Exchange> answers = Burst.atOnce(2, () -> fresh.deleteAnswer(one.id()));
        if (answers.stream().anyMatch(Exchange::failed)) {
            return;
        }
        long succeeded = answers.stream().filter(Exchange::is2xx).count();
        if (succeeded != 1) {
            fresh.probe().report(CheckRules.RACE_DOUBLE_DELETE, fresh.collection().delete(), "", "the same resource deleted twice at once: "
                    + succeeded + " deletes succeeded (" + answers.get(0).status() + ", " + answers.get(1).status()
                    + "); a serial order gives one success and one not-found", answers.get(succeeded == 0 ? 0 : 1));
        }
        if (succeeded == 0) {
            fresh.delete(one.id());
        }
    }

    static void deleteRacingLists(Fresh fresh) {
        List<String> made = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Fresh.Made one = fresh.create();
                if (one.id() == null) {
                    return;
                }
                made.add(one.id());
            }
            String victim = made.remove(1);
            java.util.concurrent.atomic.AtomicReference<Exchange> delete = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicLong deletedAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            List<Listed> lists = Collections.synchronizedList(new ArrayList<>());
            // LISTS lists and, released with them, one delete: the delete is whichever task draws the middle number
            Burst.atOnce(LISTS + 1, () -> {
                if (next.getAndIncrement() == LISTS / 2) {
                    delete.set(fresh.deleteAnswer(victim));
                    deletedAt.set(System.nanoTime());
                } else {
                    long sent = System.nanoTime();
                    lists.add(new Listed(sent, fresh.list()));
                }
                return null;
            });
            if (!delete.get().is2xx()) {
                made.add(victim);
                if (!delete.get().failed()) {
                    fresh.probe().report(CheckRules.LIFECYCLE_DELETE, fresh.collection().delete(), "", "deleting a created resource"
                            + " while lists raced it answered " + delete.get().status(), delete.get());
                }
                return;
            }
            lists.add(new Listed(System.nanoTime(), fresh.list()));
            for (Listed list : lists) {
                if (list.sentAt() > deletedAt.get() && list.page().is2xx() && fresh.ids(list.page()).contains(victim)) {
                    fresh.probe().report(CheckRules.RACE_DELETED_LISTED, fresh.collection().pages().op(), "", "a list sent "
                            + (list.sentAt() - deletedAt.get()) / 1_000_000 + " ms after the delete of " + victim
                            + " answered still holds it (" + lists.size() + " lists raced the delete)", list.page());
                    return;
                }
            }
        } finally {
            made.forEach(fresh::delete);
        }
    }

    /** A list page and when it was sent. */
    private record Listed(long sentAt, Exchange page) {
    }

    /** Requests in one parent of this check's own, and bursts of them sent at once. */
    record Fresh(Probe probe, ModelledCollection collection, Map<String, String> parent) {

        Fresh(Probe probe, ModelledCollection collection) {
            this(probe, collection, parentOf(probe, collection));
        }

        private static Map<String, String> parentOf(Probe probe, ModelledCollection collection) {
            Map<String, String> parent = new LinkedHashMap<>(probe.run.contextValues);
            parent.put(collection.parentParameter(), "cgrace" + ValueGenerator.word(probe.random));
            return parent;
        }

        /** A create's answer and the id it gave ({@code null} when it was refused). */
        record Made(Exchange answer, String id) {
        }

        Made create() {
            JsonNode body = probe.validBody(collection.create());
            Exchange answer = probe.sendValid(collection.create(), authorized(probe.run.call(collection.create(), Map.of(), parent))
                    .withBody(SpecOperation.JSON, body.toString()));
            JsonNode json = answer.is2xx() ? ResponseChecks.json(answer.body()) : null;
            String id = json == null ? null : json.at(collection.idPointer()).asText(null);
            return new Made(answer, id);
        }

        Exchange deleteAnswer(String id) {
            return probe.send(collection.delete(), authorized(probe.run.call(collection.delete(), Map.of(collection.idParameter(), id), parent)));
        }

        void delete(String id) {
            deleteAnswer(id);
        }

        Exchange list() {
            HttpCall call = authorized(probe.run.call(collection.pages().op(), Map.of(), parent));
            if (collection.pages().limit() != null) {
                call = call.withQuery(collection.pages().limit().getName(), String.valueOf(largestLimit()));
            }
            return probe.sendValid(collection.pages().op(), call);
        }

        private int largestLimit() {
            var schema = collection.pages().limit().getSchema();
            return schema != null && schema.getMaximum() != null ? schema.getMaximum().min(java.math.BigDecimal.valueOf(1000)).intValue() : 100;
        }

        Integer total(Exchange page) {
            JsonNode json = page.is2xx() ? ResponseChecks.json(page.body()) : null;
            String field = collection.pages().totalField();
            return json == null || field == null || !json.path(field).isIntegralNumber() ? null : json.path(field).asInt();
        }

        List<String> ids(Exchange page) {
            JsonNode json = ResponseChecks.json(page.body());
            List<String> ids = new ArrayList<>();
            if (json != null) {
                json.path(collection.pages().itemsField()).forEach(item -> ids.add(item.at(collection.idPointer()).asText()));
            }
            return ids;
        }

        private HttpCall authorized(HttpCall call) {
            return call.withHeader("Authorization", "Bearer " + probe.run.options.token());
        }
    }
}
