package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resources stay in their parent: a resource made under one organization and deployment is
 * requested through a sibling parent's path (another deployment, another organization). Every
 * operation on it must answer the documented not-found (404) or forbidden (403), the sibling's
 * list must not show it, and afterwards it must still exist under its own parent.
 */
final class TenancyCases {

    private TenancyCases() {
    }

    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        Optional<SpecOperation> read = run.operations.all().stream()
                .filter(op -> "get".equals(op.method()) && !run.resourceParameters(op).isEmpty() && run.linksProvide(op))
                .findFirst();
        for (String parent : run.operations.sharedPathParameters()) {
            if (!run.contextValues.containsKey(parent)) {
                continue;
            }
            for (SpecOperation op : run.operations.all()) {
                if (run.resourceParameters(op).isEmpty() || !run.linksProvide(op)) {
                    continue;
                }
                checks.add(PlannedCheck.creating(op, op.id() + " through another " + parent + " does not reach the resource",
                        probe -> throughSibling(probe, op, parent, read.orElse(null))));
            }
            run.plainRead().ifPresent(list -> checks.add(PlannedCheck.creating(list,
                    list.id() + " of another " + parent + " does not show the resource", probe -> listOfSibling(probe, list, parent))));
        }
        return checks;
    }

    private static void throughSibling(Probe probe, SpecOperation op, String parent, SpecOperation read) {
        Optional<Map<String, String>> ids = probe.resourcesFor(op);
        if (ids.isEmpty()) {
            return;
        }
        HttpCall call = probe.run.call(op, ids.get(), sibling(probe, parent))
                .withHeader("Authorization", "Bearer " + probe.run.options.token());
        if (op.jsonRequestBody().isPresent()) {
            call = call.withBody(SpecOperation.JSON, probe.run.values.valid(PositiveCases.schemaOf(op), probe.random, false).toString());
        }
        Exchange ex = probe.send(op, call);
        if (!ex.failed() && !refused(op, ex.status())) {
            probe.report("get".equals(op.method()) ? CheckRules.TENANCY_READ : CheckRules.TENANCY_WRITE, op, "/responses/404",
                    op.id() + " of a resource of one " + parent + " through another " + parent + "'s path answered "
                            + ex.status() + " instead of " + refusals(op), ex);
        }
        if (read != null && !"get".equals(op.method())) {
            Map<String, String> readIds = new LinkedHashMap<>(ids.get());
            Exchange still = probe.send(read, probe.run.call(read, readIds));
            if (!still.failed() && !still.is2xx()) {
                probe.report(CheckRules.TENANCY_LOST, op, "", op.id() + " through another " + parent
                        + "'s path changed the resource under its own: reading it there then answered " + still.status(), still);
            }
        }
    }

    private static void listOfSibling(Probe probe, SpecOperation list, String parent) {
        SpecOperation creator = probe.run.operations.all().stream()
                .filter(op -> op.createsResources() && op.path().equals(list.path())).findFirst().orElse(null);
        if (creator == null) {
            return;
        }
        Optional<Exchange> created = probe.create(creator,
                probe.run.values.valid(PositiveCases.schemaOf(creator), probe.random, false));
        if (created.isEmpty()) {
            return;
        }
        String id = Optional.ofNullable(ResponseChecks.json(created.get().body())).map(b -> b.path("id").asText(null)).orElse(null);
        if (id == null) {
            return;
        }
        Exchange ex = probe.send(list, probe.run.call(list, Map.of(), sibling(probe, parent))
                .withHeader("Authorization", "Bearer " + probe.run.options.token()));
        if (ex.is2xx() && ex.body() != null && ex.body().contains("\"" + id + "\"")) {
            probe.report(CheckRules.TENANCY_LISTED, list, "", list.id() + " of another " + parent
                    + " shows the resource " + id + " made under this one", ex);
        }
    }

    /** The run's context with one parent replaced by a sibling that has never been used. */
    private static Map<String, String> sibling(Probe probe, String parent) {
        Map<String, String> context = new LinkedHashMap<>(probe.run.contextValues);
        context.put(parent, "cgsibling" + ValueGenerator.word(probe.random));
        return context;
    }

    private static boolean refused(SpecOperation op, int status) {
        return status == 404 || (status == 403 && op.documents(403));
    }

    private static String refusals(SpecOperation op) {
        return op.documents(403) ? "404 or 403" : "404";
    }
}
