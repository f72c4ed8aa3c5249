package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list operation of a collection (a GET on the path a create posts to) and its paging as the
 * spec describes it: the array field of its success schema, its {@code total...} count field,
 * and its {@code limit} and {@code offset} query parameters, each used only when present.
 */
record ListPages(SpecOperation op, String itemsField, String totalField, Parameter limit, Parameter offset) {

    @SuppressWarnings("rawtypes")
    static Optional<ListPages> find(RunContext run, SpecOperation create) {
        for (SpecOperation op : run.operations.all()) {
            if (!"get".equals(op.method()) || !op.path().equals(create.path()) || !run.resourceParameters(op).isEmpty()) {
                continue;
            }
            Schema schema = Schemas.resolve(run.spec.openApi(), op.response(op.successStatus())
                    .map(r -> r.getContent()).map(c -> c.get(SpecOperation.JSON)).map(MediaType::getSchema).orElse(null));
            String items = null;
            String total = null;
            for (Map.Entry<String, Schema> p : Schemas.properties(schema).entrySet()) {
                String type = Schemas.type(Schemas.resolve(run.spec.openApi(), p.getValue()));
                if (items == null && "array".equals(type)) {
                    items = p.getKey();
                } else if (total == null && "integer".equals(type) && p.getKey().toLowerCase().startsWith("total")) {
                    total = p.getKey();
                }
            }
            if (items != null) {
                return Optional.of(new ListPages(op, items, total, param(op, "limit"), param(op, "offset")));
            }
        }
        return Optional.empty();
    }

    private static Parameter param(SpecOperation op, String name) {
        return op.queryParameters().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
    }

    private record Page(Exchange exchange, List<String> ids, Integer total, JsonNode body) {
    }

    private Page fetch(Probe probe, Integer limitValue, Integer offsetValue, String idPointer) {
        HttpCall call = probe.run.call(op, Map.of());
        if (limit != null && limitValue != null) {
            call = QueryValues.add(call, limit.getName(), IntNode.valueOf(limitValue));
        }
        if (offset != null && offsetValue != null) {
            call = QueryValues.add(call, offset.getName(), IntNode.valueOf(offsetValue));
        }
        Exchange ex = probe.sendValid(op, call);
        if (!ex.failed() && !ex.is2xx()) {
            // every page asked for here is a valid request: an offset past the end is an empty page, not an error
            probe.report(CheckRules.POSITIVE_REJECTED, op, "/responses", op.id() + " refused a valid page request ("
                    + (limitValue == null ? "" : limit.getName() + "=" + limitValue + " ")
                    + (offsetValue == null ? "" : offset.getName() + "=" + offsetValue) + ") with " + ex.status(), ex);
        }
        JsonNode body = ex.is2xx() ? ResponseChecks.json(ex.body()) : null;
        if (body == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        body.path(itemsField).forEach(item -> ids.add(item.at(idPointer).asText()));
        Integer total = totalField != null && body.path(totalField).isInt() ? body.path(totalField).asInt() : null;
        return new Page(ex, ids, total, body);
    }

    private Integer maxLimit() {
        return limit == null || limit.getSchema() == null || limit.getSchema().getMaximum() == null ? null
                : limit.getSchema().getMaximum().intValue();
    }

    void checkPaging(Probe probe, List<JsonNode> created, String idPointer) {
        Integer max = maxLimit();
        Page all = fetch(probe, max, null, idPointer);
        if (all == null) {
            return;
        }
        for (JsonNode resource : created) {
            String id = resource.at(idPointer).asText();
            if (!all.ids().contains(id)) {
                probe.report(CheckRules.LIFECYCLE_LIST_MISSING, op, "/responses/200", op.id() + " does not list " + id
                        + ", just created", all.exchange());
            }
        }
        boolean complete = max == null || all.ids().size() < max;
        if (all.total() != null && (complete ? all.total() != all.ids().size() : all.total() < all.ids().size())) {
            probe.report(CheckRules.LIFECYCLE_TOTAL_COUNT, op, "/responses/200", op.id() + " says " + totalField + "="
                    + all.total() + " but lists " + all.ids().size() + " items", all.exchange());
        }
        checkSorting(probe, created, idPointer, max);
        if (limit == null) {
            return;
        }
        for (int size : new int[] {0, 1}) {
            Page page = fetch(probe, size, null, idPointer);
            if (page == null) {
                continue;
            }
            JsonNode echoed = page.body().get(limit.getName());
            if (page.ids().size() > size || (echoed != null && echoed.asInt(-1) != size)) {
                probe.report(CheckRules.LIFECYCLE_LIMIT, op, "/parameters", op.id() + " with " + limit.getName() + "=" + size
                        + " returned " + page.ids().size() + " items (" + limit.getName() + " echoed as " + echoed + ")",
                        page.exchange());
            }
            if (page.total() != null && all.total() != null && !page.total().equals(all.total())) {
                probe.report(CheckRules.LIFECYCLE_TOTAL_COUNT, op, "/responses/200", op.id() + " says " + totalField + "="
                        + page.total() + " on a page of " + size + " but " + all.total() + " on the full list",
                        page.exchange());
            }
        }
        if (offset == null || all.ids().size() < 2 || !complete) {
            return;
        }
        Page second = fetch(probe, 1, 1, idPointer);
        if (second != null && (!second.ids().equals(all.ids().subList(1, 2))
                || (second.body().has(offset.getName()) && second.body().get(offset.getName()).asInt(-1) != 1))) {
            probe.report(CheckRules.LIFECYCLE_OFFSET, op, "/parameters", op.id() + " with " + offset.getName()
                    + "=1&" + limit.getName() + "=1 returned " + second.ids() + ", expected " + all.ids().subList(1, 2),
                    second.exchange());
        }
        walkPages(probe, all, idPointer);
        Page beyond = fetch(probe, null, all.ids().size(), idPointer);
        if (beyond != null && !beyond.ids().isEmpty()) {
            probe.report(CheckRules.LIFECYCLE_OFFSET, op, "/parameters", op.id() + " with " + offset.getName() + "="
                    + all.ids().size() + " (past the end) returned " + beyond.ids().size() + " items", beyond.exchange());
        }
    }

    /** Pages of two, offset by offset, must add up to the full list in the same order. */
    private void walkPages(Probe probe, Page all, String idPointer) {
        if (all.ids().size() > 20) {
            return;
        }
        List<String> walked = new ArrayList<>();
        Exchange last = all.exchange();
        for (int at = 0; at < all.ids().size(); at += 2) {
            Page page = fetch(probe, 2, at, idPointer);
            if (page == null) {
                return;
            }
            walked.addAll(page.ids());
            last = page.exchange();
        }
        if (!walked.equals(all.ids())) {
            probe.report(CheckRules.LIFECYCLE_OFFSET, op, "/parameters", op.id() + " pages of 2 walked by " + offset.getName()
                    + " give " + walked + ", the full list is " + all.ids(), last);
        }
    }

    private static final java.util.regex.Pattern SORT = java.util.regex.Pattern.compile("([A-Za-z_][A-Za-z0-9_]*):(asc|desc)");

    /**
     * For each {@code field:asc|desc} value an array query parameter allows, where the items have
     * that field: the resources this check created must come in that order (others are ignored,
     * so existing data with other collations cannot confuse it).
     */
    @SuppressWarnings("rawtypes")
    private void checkSorting(Probe probe, List<JsonNode> created, String idPointer, Integer max) {
        java.util.Set<String> ours = new java.util.HashSet<>();
        created.forEach(c -> ours.add(c.at(idPointer).asText()));
        for (Parameter p : op.queryParameters()) {
            Schema items = p.getSchema() == null ? null : Schemas.resolve(probe.run.spec.openApi(), p.getSchema().getItems());
            if (items == null || items.getEnum() == null) {
                continue;
            }
            for (Object value : items.getEnum()) {
                java.util.regex.Matcher m = SORT.matcher(String.valueOf(value));
                if (!m.matches() || created.stream().anyMatch(c -> !c.path(m.group(1)).isValueNode())) {
                    continue;
                }
                HttpCall call = probe.run.call(op, Map.of()).withQuery(p.getName(), String.valueOf(value));
                if (limit != null && max != null) {
                    call = call.withQuery(limit.getName(), String.valueOf(max));
                }
                Exchange ex = probe.sendValid(op, call);
                JsonNode body = ex.is2xx() ? ResponseChecks.json(ex.body()) : null;
                if (body == null) {
                    continue;
                }
                List<JsonNode> order = new ArrayList<>();
                body.path(itemsField).forEach(item -> {
                    if (ours.contains(item.at(idPointer).asText())) {
                        order.add(item.path(m.group(1)));
                    }
                });
                boolean descending = "desc".equals(m.group(2));
                for (int i = 1; i < order.size(); i++) {
                    int cmp = compare(order.get(i - 1), order.get(i));
                    if (descending ? cmp < 0 : cmp > 0) {
                        probe.report(CheckRules.LIFECYCLE_SORT_ORDER, op, "/parameters", op.id() + " with " + p.getName() + "="
                                + value + " put " + order.get(i - 1) + " before " + order.get(i), ex);
                        break;
                    }
                }
            }
        }
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.asText().compareTo(b.asText());
    }

    void checkAbsent(Probe probe, String id, String idPointer) {
        Page all = fetch(probe, maxLimit(), null, idPointer);
        if (all != null && all.ids().contains(id)) {
            probe.report(CheckRules.LIFECYCLE_LIST_AFTER_DELETE, op, "/responses/200", op.id() + " still lists " + id
                    + " after it was deleted", all.exchange());
        }
    }
}
