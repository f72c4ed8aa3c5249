package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.contractgate.conformance.core.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Runs one sequence of steps against the server in two fresh parents and compares every answer with
 * a model of what the server must hold: which resources exist under which parent, with which values.
 * A read of what exists succeeds with the values its create returned (secrets aside), of what does not
 * gives the documented not-found; a list holds exactly the model's resources of that parent, in the
 * documented order for the sorts asked, sliced by offset and limit, with the model's total; a create
 * beyond {@code x-resource-limit} is refused with its status, below it succeeds with an id never given
 * before. The first divergence ends the run.
 */
final class ModelExecution {

    /** What diverged: the rule, the step (index into the sequence), what the model expected, and what came. */
    record Divergence(String rule, int step, SpecOperation op, String message, Exchange exchange) {
    }

    /**
     * One step as sent: the call, its answer, the id a create returned ({@code idOfLabel}), and what the model
     * expected of it, for the reproducers: a status ({@code "2xx"}, {@code "404"}, {@code "4xx"} or an exact one),
     * for a list the labels of the resources it must hold (in order when {@code ordered}) and its total, for a
     * read the label whose create it must repeat.
     */
    record Sent(ModelStep step, Request request, Exchange answer, String idOfLabel, String expectStatus,
                List<Integer> expectLabels, boolean ordered, Integer expectTotal, Integer sameAsLabel) {

        Sent(ModelStep step, Request request, Exchange answer, String idOfLabel, String expectStatus) {
            this(step, request, answer, idOfLabel, expectStatus, null, false, null, null);
        }

        HttpCall call() {
            return request.call();
        }
    }

    /** A step's request: the operation, the path parameters' values it was built from, and the call as sent. */
    record Request(SpecOperation op, Map<String, String> pathValues, HttpCall call) {

        Request with(HttpCall changed) {
            return new Request(op, pathValues, changed);
        }
    }

    record Result(Optional<Divergence> divergence, List<Sent> transcript, List<String> parents) {

        /** The parents (0, 1) some step of the transcript names. */
        java.util.Set<Integer> usedParents() {
            java.util.Set<Integer> used = new java.util.TreeSet<>();
            transcript.forEach(sent -> used.add(sent.step().parent()));
            return used;
        }
    }

    private final RunContext run;
    private final ModelledCollection collection;
    private final BiFunction<SpecOperation, HttpCall, Exchange> send;

    ModelExecution(RunContext run, ModelledCollection collection, BiFunction<SpecOperation, HttpCall, Exchange> send) {
        this.run = run;
        this.collection = collection;
        this.send = send;
    }

    Result execute(List<ModelStep> steps, List<String> parents) {
        List<Map<String, JsonNode>> held = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        Map<Integer, String> ids = new HashMap<>();
        Set<String> given = new java.util.HashSet<>();
        List<Sent> transcript = new ArrayList<>();
        Optional<Divergence> divergence = Optional.empty();
        for (int i = 0; i < steps.size() && divergence.isEmpty(); i++) {
            ModelStep step = steps.get(i);
            Map<String, JsonNode> model = held.get(step.parent());
            Map<String, String> context = Map.of(collection.parentParameter(), parents.get(step.parent()));
            if (step instanceof ModelStep.Create c) {
                divergence = create(i, c, model, context, ids, given, transcript);
            } else if (step instanceof ModelStep.Read r) {
                divergence = read(i, r, model, context, ids, transcript);
            } else if (step instanceof ModelStep.Delete d) {
                divergence = delete(i, d, model, context, ids, transcript);
            } else {
                divergence = list(i, (ModelStep.ListPage) step, model, context, labelOfId(ids), transcript);
            }
        }
        cleanUp(held, parents);
        return new Result(divergence, transcript, parents);
    }

    private Request call(SpecOperation op, Map<String, String> context, Map<String, String> resource) {
        Map<String, String> values = new LinkedHashMap<>(run.contextValues);
        values.putAll(context);
        Map<String, String> path = new LinkedHashMap<>(values);
        path.putAll(resource);
        return new Request(op, path, run.call(op, resource, values).withHeader("Authorization", "Bearer " + run.options.token()));
    }

    private Optional<Divergence> create(int i, ModelStep.Create c, Map<String, JsonNode> model, Map<String, String> context,
                                        Map<Integer, String> ids, Set<String> given,
                                        List<Sent> transcript) {
        SpecOperation op = collection.create();
        Request call = call(op, context, Map.of());
        call = call.with(call.call().withBody(SpecOperation.JSON, c.body().toString()));
        Exchange ex = send.apply(op, call.call());
        LimitCases.Limit limit = collection.limit();
        boolean full = limit != null && model.size() >= limit.max();
        transcript.add(new Sent(c, call, ex, null, full ? (limit.status() == null ? "4xx" : String.valueOf(limit.status())) : "2xx"));
        if (ex.failed()) {
            return Optional.empty();
        }
        if (full) {
            boolean refused = limit.status() == null ? ex.status() >= 400 && ex.status() < 500 : ex.status() == limit.status();
            return refused ? Optional.empty() : diverged(CheckRules.MODEL_CREATE, i, op, op.id() + " answered " + ex.status()
                    + " with " + model.size() + " resources in the parent already, the most x-resource-limit allows ("
                    + limit.max() + "): expected " + (limit.status() == null ? "a 4xx" : limit.status()), ex);
        }
        if (!ex.is2xx()) {
            return diverged(CheckRules.MODEL_CREATE, i, op, op.id() + " refused a valid create with " + ex.status() + " ("
                    + model.size() + " resources in the parent, so there is room)", ex);
        }
        JsonNode body = ResponseChecks.json(ex.body());
        JsonNode id = body == null ? null : body.at(collection.idPointer());
        if (id == null || id.isMissingNode() || id.isNull()) {
            return diverged(CheckRules.MODEL_CREATE, i, op, op.id() + " answered without " + collection.idPointer(), ex);
        }
        if (!given.add(id.asText())) {
            return diverged(CheckRules.MODEL_CREATE, i, op, op.id() + " gave the new resource the id " + id.asText()
                    + ", which an earlier resource of this sequence had", ex);
        }
        ids.put(c.label(), id.asText());
        model.put(id.asText(), withoutSecrets(body));
        transcript.set(transcript.size() - 1, new Sent(c, call, ex, id.asText(), "2xx"));
        return Optional.empty();
    }

    private Optional<Divergence> read(int i, ModelStep.Read r, Map<String, JsonNode> model, Map<String, String> context,
                                      Map<Integer, String> ids, List<Sent> transcript) {
        SpecOperation op = collection.read();
        String id = idOf(r.label(), ids, i);
        Request call = call(op, context, Map.of(collection.idParameter(), id));
        Exchange ex = send.apply(op, call.call());
        JsonNode held = model.get(id);
        transcript.add(new Sent(r, call, ex, null, held == null ? notFoundStatus(op) : "2xx", null, false, null,
                held == null ? null : r.label()));
        if (ex.failed()) {
            return Optional.empty();
        }
        if (held == null) {
            return notFound(i, op, ex, "read " + describe(r.label(), ids) + " that the model does not hold in this parent");
        }
        if (!ex.is2xx()) {
            return diverged(CheckRules.MODEL_READ, i, op, op.id() + " answered " + ex.status() + " for a resource that exists"
                    + " in this parent (created, never deleted)", ex);
        }
        List<String> differ = differences(held, ResponseChecks.json(ex.body()));
        return differ.isEmpty() ? Optional.empty() : diverged(CheckRules.MODEL_READ, i, op, op.id()
                + " returned other values than its create gave for " + differ, ex);
    }

    private Optional<Divergence> delete(int i, ModelStep.Delete d, Map<String, JsonNode> model, Map<String, String> context,
                                        Map<Integer, String> ids, List<Sent> transcript) {
        SpecOperation op = collection.delete();
        String id = idOf(d.label(), ids, i);
        Request call = call(op, context, Map.of(collection.idParameter(), id));
        Exchange ex = send.apply(op, call.call());
        transcript.add(new Sent(d, call, ex, null, model.containsKey(id) ? "2xx" : notFoundStatus(op)));
        if (ex.failed()) {
            return Optional.empty();
        }
        if (!model.containsKey(id)) {
            return notFound(i, op, ex, "delete " + describe(d.label(), ids) + " that the model does not hold in this parent");
        }
        if (!ex.is2xx()) {
            return diverged(CheckRules.MODEL_DELETE, i, op, op.id() + " answered " + ex.status() + " for a resource that exists", ex);
        }
        model.remove(id);
        return Optional.empty();
    }

    private Optional<Divergence> list(int i, ModelStep.ListPage l, Map<String, JsonNode> model, Map<String, String> context,
                                      Map<String, Integer> labels, List<Sent> transcript) {
        ListPages pages = collection.pages();
        SpecOperation op = pages.op();
        Request prepared = call(op, context, Map.of());
        HttpCall call = prepared.call();
        for (String sort : l.sorts()) {
            call = QueryValues.add(call, collection.sortsParameter(), TextNode.valueOf(sort));
        }
        if (l.offset() != null && pages.offset() != null) {
            call = QueryValues.add(call, pages.offset().getName(), IntNode.valueOf(l.offset()));
        }
        if (l.limit() != null && pages.limit() != null) {
            call = QueryValues.add(call, pages.limit().getName(), IntNode.valueOf(l.limit()));
        }
        Exchange ex = send.apply(op, call);
        List<JsonNode> expected = new ArrayList<>(model.values());
        Comparator<JsonNode> order = run.judge.itemOrder(op, l.sorts()).orElse(null);
        if (order != null) {
            expected.sort(order);
        }
        int offset = l.offset() == null ? 0 : l.offset();
        Integer limit = l.limit() != null ? l.limit() : collection.defaultLimit();
        List<String> want = expected.stream().skip(offset).limit(limit == null ? Long.MAX_VALUE : limit)
                .map(n -> n.at(collection.idPointer()).asText()).toList();
        transcript.add(new Sent(l, prepared.with(call), ex, null, "2xx", want.stream().map(labels::get).toList(), order != null,
                pages.totalField() == null ? null : model.size(), null));
        if (ex.failed()) {
            return Optional.empty();
        }
        if (!ex.is2xx()) {
            return diverged(CheckRules.MODEL_LIST, i, op, op.id() + " refused a valid list with " + ex.status(), ex);
        }
        JsonNode body = ResponseChecks.json(ex.body());
        if (body == null) {
            return diverged(CheckRules.MODEL_LIST, i, op, op.id() + " answered a list without a JSON body", ex);
        }
        List<String> got = new ArrayList<>();
        body.path(pages.itemsField()).forEach(item -> got.add(item.at(collection.idPointer()).asText()));
        boolean ordered = order != null;
        if (!(ordered ? got.equals(want) : new java.util.HashSet<>(got).equals(new java.util.HashSet<>(want)))) {
            return diverged(CheckRules.MODEL_LIST, i, op, op.id() + " listed " + got + ", the model holds " + want
                    + (ordered ? " in this order" : "") + " for this page (" + model.size() + " resources in the parent)", ex);
        }
        if (pages.totalField() != null && body.path(pages.totalField()).isNumber()
                && body.path(pages.totalField()).asInt() != model.size()) {
            return diverged(CheckRules.MODEL_LIST, i, op, op.id() + " says " + pages.totalField() + "="
                    + body.path(pages.totalField()).asInt() + ", the model holds " + model.size(), ex);
        }
        return Optional.empty();
    }

    private static Map<String, Integer> labelOfId(Map<Integer, String> ids) {
        Map<String, Integer> labels = new HashMap<>();
        ids.forEach((label, id) -> labels.put(id, label));
        return labels;
    }

    private static String notFoundStatus(SpecOperation op) {
        return op.documents(404) ? "404" : "4xx";
    }

    private Optional<Divergence> notFound(int i, SpecOperation op, Exchange ex, String what) {
        boolean documented = op.documents(404);
        boolean ok = documented ? ex.status() == 404 : ex.status() >= 400 && ex.status() < 500;
        String rule = op == collection.delete() ? CheckRules.MODEL_DELETE : CheckRules.MODEL_READ;
        return ok ? Optional.empty() : diverged(rule, i, op, op.id() + " answered " + ex.status() + " to a " + what
                + ": expected " + (documented ? "404" : "a 4xx"), ex);
    }

    private static Optional<Divergence> diverged(String rule, int step, SpecOperation op, String message, Exchange ex) {
        return Optional.of(new Divergence(rule, step, op, message, ex));
    }

    private String idOf(int label, Map<Integer, String> ids, int step) {
        String id = ids.get(label);
        return id != null ? id : "cgmodelunknown" + Math.abs((label * 31 + step) % 100000);
    }

    private static String describe(int label, Map<Integer, String> ids) {
        return ids.containsKey(label) ? "#" + label : "an id never given";
    }

    private JsonNode withoutSecrets(JsonNode body) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = body.deepCopy();
        run.judge.secretFields().forEach(copy::remove);
        return copy;
    }

    private static List<String> differences(JsonNode held, JsonNode got) {
        List<String> differ = new ArrayList<>();
        held.fieldNames().forEachRemaining(name -> {
            if (got == null || !held.get(name).equals(got.get(name))) {
                differ.add(name);
            }
        });
        return differ;
    }

    /** Deletes what the sequence left, so the server holds nothing of it (answers not judged). */
    private void cleanUp(List<Map<String, JsonNode>> held, List<String> parents) {
        for (int p = 0; p < held.size(); p++) {
            for (String id : held.get(p).keySet()) {
                Request call = call(collection.delete(), Map.of(collection.parentParameter(), parents.get(p)),
                        Map.of(collection.idParameter(), id));
                run.http.send(call.call());
            }
        }
    }
}
