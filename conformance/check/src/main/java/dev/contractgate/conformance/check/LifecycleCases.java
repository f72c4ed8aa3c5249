package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.LinkExpression;
import dev.contractgate.conformance.core.spec.SpecOperation;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.links.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stateful sequences that follow the spec's {@code links}: create a few resources, read each
 * back by the id the link names (same resource), find them in the list (totalCount consistent,
 * limit and offset respected), delete them (documented success), then read and delete again
 * (404). Plus: an id that names nothing gives 404 on every operation that takes one.
 */
final class LifecycleCases {

    static final int CREATED = 3;

    private LifecycleCases() {
    }

    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        for (SpecOperation source : run.operations.all()) {
            List<SpecOperation> reads = targets(run, source, "get");
            List<SpecOperation> deletes = targets(run, source, "delete");
            if (reads.isEmpty() && deletes.isEmpty()) {
                continue;
            }
            ListPages lists = ListPages.find(run, source).orElse(null);
            String name = source.id() + " then " + String.join(", ", names(reads, lists, deletes))
                    + ": read back, listed, paged, deleted, then 404";
            checks.add(new PlannedCheck(source.id(), name, PlannedCheck.Phase.SEQUENCE, probe -> sequence(probe, source, reads, lists, deletes)));
        }
        for (SpecOperation op : run.operations.all()) {
            if (!run.resourceParameters(op).isEmpty()) {
                checks.add(PlannedCheck.of(op, op.id() + " with an id that names nothing gives 404", probe -> {
                    Exchange ex = probe.send(op, probe.run.call(op, AuthCases.unknownIds(probe, op)));
                    if (!ex.failed() && ex.status() != 404) {
                        probe.report(CheckRules.UNKNOWN_ID, op, "/responses/404", op.id() + " answered " + ex.status()
                                + " for an id that names nothing", ex);
                    }
                }));
            }
        }
        return checks;
    }

    private static List<String> names(List<SpecOperation> reads, ListPages lists, List<SpecOperation> deletes) {
        List<String> names = new ArrayList<>();
        reads.forEach(o -> names.add(o.id()));
        if (lists != null) {
            names.add(lists.op().id());
        }
        deletes.forEach(o -> names.add(o.id()));
        return names;
    }

    private static List<SpecOperation> targets(RunContext run, SpecOperation source, String method) {
        List<SpecOperation> out = new ArrayList<>();
        for (Link link : source.successLinks().values()) {
            run.operations.byId(link.getOperationId()).filter(t -> method.equals(t.method())).ifPresent(out::add);
        }
        return out;
    }

    private static Map<String, String> ids(SpecOperation source, SpecOperation target, JsonNode created) {
        for (Link link : source.successLinks().values()) {
            if (target.id().equals(link.getOperationId())) {
                return Probe.linkValues(link, created);
            }
        }
        return Map.of();
    }

    private static void sequence(Probe probe, SpecOperation source, List<SpecOperation> reads, ListPages lists,
                                 List<SpecOperation> deletes) {
        List<JsonNode> created = new ArrayList<>();
        for (int i = 0; i < CREATED; i++) {
            JsonNode body = probe.run.values.valid(PositiveCases.schemaOf(source), probe.random, true);
            probe.create(source, body, deletes.isEmpty()).ifPresent(ex -> created.add(ResponseChecks.json(ex.body())));
        }
        if (created.isEmpty()) {
            return;
        }
        for (SpecOperation read : reads) {
            for (JsonNode resource : created) {
                readBack(probe, read, ids(source, read, resource), resource);
            }
        }
        String idPointer = reads.isEmpty() ? null : lists == null ? null : linkPointer(source, reads.get(0));
        if (lists != null && idPointer != null) {
            lists.checkPaging(probe, created, idPointer);
        }
        for (SpecOperation delete : deletes) {
            for (JsonNode resource : created) {
                Map<String, String> ids = ids(source, delete, resource);
                Exchange ex = probe.sendValid(delete, probe.run.call(delete, ids));
                if (!ex.failed() && ex.status() != delete.successStatus()) {
                    probe.report(CheckRules.LIFECYCLE_DELETE, delete, "/responses", delete.id() + " of a resource just created by "
                            + source.id() + " answered " + ex.status() + ", not " + delete.successStatus(), ex);
                }
            }
            JsonNode gone = created.get(0);
            for (SpecOperation read : reads) {
                Exchange again = probe.send(read, probe.run.call(read, ids(source, read, gone)));
                if (!again.failed() && again.status() != 404) {
                    probe.report(CheckRules.LIFECYCLE_READ_AFTER_DELETE, read, "/responses/404", read.id()
                            + " of a deleted resource answered " + again.status() + " instead of 404", again);
                }
            }
            Exchange twice = probe.send(delete, probe.run.call(delete, ids(source, delete, gone)));
            if (!twice.failed() && twice.status() != 404) {
                probe.report(CheckRules.LIFECYCLE_DELETE_TWICE, delete, "/responses/404", delete.id()
                        + " of an already deleted resource answered " + twice.status() + " instead of 404", twice);
            }
            if (lists != null && idPointer != null) {
                lists.checkAbsent(probe, gone.at(idPointer).asText(), idPointer);
            }
        }
    }

    private static String linkPointer(SpecOperation source, SpecOperation read) {
        for (Link link : source.successLinks().values()) {
            if (read.id().equals(link.getOperationId())) {
                for (LinkExpression expression : SpecOperation.linkParameters(link).values()) {
                    if (expression.responseBodyPointer().isPresent()) {
                        return expression.responseBodyPointer().get();
                    }
                }
            }
        }
        return null;
    }

    private static void readBack(Probe probe, SpecOperation read, Map<String, String> ids, JsonNode created) {
        Exchange ex = probe.sendValid(read, probe.run.call(read, ids));
        if (ex.failed()) {
            return;
        }
        if (!ex.is2xx()) {
            probe.report(CheckRules.LIFECYCLE_NOT_FOUND, read, "/responses", read.id() + " of a resource just created answered "
                    + ex.status(), ex);
            return;
        }
        JsonNode got = ResponseChecks.json(ex.body());
        List<String> differ = new ArrayList<>();
        created.fields().forEachRemaining(field -> {
            if (!probe.run.judge.secretFields().contains(field.getKey())
                    && (got == null || !field.getValue().equals(got.get(field.getKey())))) {
                differ.add(field.getKey());
            }
        });
        if (!differ.isEmpty()) {
            probe.report(CheckRules.LIFECYCLE_MISMATCH, read, "/responses", read.id() + " returned other values than the create"
                    + " response for " + differ, ex);
        }
    }
}
