package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a request sets comes back as sent, in the create response, the read and the list:
 * strings of 1, 255 and 1,000 characters, non-ASCII text and emoji in every free-text field,
 * and every optional field at once. A body sent as {@code application/json; charset=utf-8} is
 * the same as {@code application/json}. Each check works in a parent of its own, so the list
 * holds only what it made.
 */
final class RoundTripCases {

    /**
     * Text a real client sends, each kept exactly: lengths, other scripts and planes, and what
     * servers tend to "clean": padding, markup, combining marks (a normalising server turns
     * {@code e}+U+0301 into {@code é}), right-to-left text, tabs and line breaks, zero-width characters.
     */
    private static final List<String> SAMPLES = List.of("a", "n".repeat(255), "l".repeat(1000),
            "Zürich Ωμέγα 東京 ñandú", "agent 🚀🔑 worker", "  padded on both sides  ",
            "<b>bold</b> & <script>alert(\"x\")</script> 'q'", "cafe\u0301 re\u0301sume\u0301 (combining marks)",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈 𠀀𪚥 astral planes 1 and 2", "עברית ومرحبا right-to-left", "tab\tand\nline break", "zero\u200bwidth\u200djoiner");

    private RoundTripCases() {
    }

    @SuppressWarnings("rawtypes")
    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        for (SpecOperation create : run.operations.all()) {
            Optional<SpecOperation> read = readOf(run, create);
            if (!create.createsResources() || create.jsonRequestBody().isEmpty() || read.isEmpty()) {
                continue;
            }
            Optional<SpecOperation> list = run.plainRead().filter(l -> l.path().equals(create.path()));
            Schema body = Schemas.resolve(run.spec.openApi(), PositiveCases.schemaOf(create));
            Schemas.properties(body).forEach((field, raw) -> {
                Schema schema = Schemas.resolve(run.spec.openApi(), raw);
                List<String> values = freeText(schema);
                if (!values.isEmpty()) {
                    checks.add(PlannedCheck.creating(create, create.id() + " keeps " + field + " as sent: 1, 255 and 1,000"
                            + " characters, other scripts and planes, padding, markup, combining marks, line breaks", probe -> {
                                for (String value : values) {
                                    ObjectNode sent = (ObjectNode) probe.run.values.valid(PositiveCases.schemaOf(create), probe.random, false);
                                    sent.set(field, TextNode.valueOf(value));
                                    roundTrip(probe, create, read.get(), list.orElse(null), sent, SpecOperation.JSON);
                                }
                            }));
                }
            });
            checks.add(PlannedCheck.creating(create, create.id() + " keeps every optional field as sent", probe ->
                    roundTrip(probe, create, read.get(), list.orElse(null),
                            probe.run.values.valid(PositiveCases.schemaOf(create), probe.random, true), SpecOperation.JSON)));
            checks.add(PlannedCheck.creating(create, create.id() + " takes application/json; charset=utf-8 like application/json",
                    probe -> roundTrip(probe, create, read.get(), list.orElse(null),
                            probe.run.values.valid(PositiveCases.schemaOf(create), probe.random, false),
                            SpecOperation.JSON + "; charset=utf-8")));
        }
        return checks;
    }

    /** The samples a string field accepts: free text only (no enum, pattern or format), within its length bounds. */
    @SuppressWarnings("rawtypes")
    private static List<String> freeText(Schema schema) {
        if (schema == null || !"string".equals(Schemas.type(schema)) || schema.getEnum() != null
                || schema.getPattern() != null || schema.getFormat() != null) {
            return List.of();
        }
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
        return SAMPLES.stream().filter(v -> v.codePointCount(0, v.length()) >= min && v.codePointCount(0, v.length()) <= max).toList();
    }

    private static Optional<SpecOperation> readOf(RunContext run, SpecOperation create) {
        return run.operations.all().stream()
                .filter(op -> "get".equals(op.method()) && !run.resourceParameters(op).isEmpty())
                .filter(op -> run.resourceParameters(op).stream().allMatch(p -> run.provider(op, p.getName())
                        .map(found -> found.source().id().equals(create.id())).orElse(false)))
                .findFirst();
    }

    private static void roundTrip(Probe probe, SpecOperation create, SpecOperation read, SpecOperation list, JsonNode sent,
                                  String contentType) {
        Map<String, String> parent = new LinkedHashMap<>(probe.run.contextValues);
        probe.run.operations.sharedPathParameters().stream().reduce((a, b) -> b)
                .ifPresent(last -> parent.put(last, "cground" + ValueGenerator.word(probe.random)));
        HttpCall call = authorized(probe, probe.run.call(create, Map.of(), parent)).withBody(contentType, sent.toString());
        Exchange made = probe.sendValid(create, call);
        if (!made.is2xx()) {
            if (!made.failed()) {
                probe.report(CheckRules.POSITIVE_REJECTED, create, "/requestBody", create.id() + " refused a valid request sent as "
                        + contentType + ": " + made.status(), made);
            }
            return;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (var p : probe.run.resourceParameters(read)) {
            probe.run.provider(read, p.getName()).map(found -> Probe.providedValue(found, made)).ifPresent(v -> ids.put(p.getName(), v));
        }
        try {
            compare(probe, create, sent, ResponseChecks.json(made.body()), "the create response", made);
            Exchange got = probe.sendValid(read, authorized(probe, probe.run.call(read, ids, parent)));
            if (got.is2xx()) {
                compare(probe, read, sent, ResponseChecks.json(got.body()), "the read", got);
            }
            if (list != null) {
                Exchange page = probe.sendValid(list, authorized(probe, probe.run.call(list, Map.of(), parent)));
                JsonNode item = page.is2xx() ? find(ResponseChecks.json(page.body()), ids.values()) : null;
                if (item != null) {
                    compare(probe, list, sent, item, "the list", page);
                }
            }
        } finally {
            probe.run.operations.all().stream().filter(op -> "delete".equals(op.method()))
                    .filter(op -> op.path().equals(read.path())).findFirst()
                    .ifPresent(delete -> probe.send(delete, authorized(probe, probe.run.call(delete, ids, parent))));
        }
    }

    private static void compare(Probe probe, SpecOperation op, JsonNode sent, JsonNode got, String where, Exchange ex) {
        if (got == null || !sent.isObject()) {
            return;
        }
        sent.fields().forEachRemaining(field -> {
            JsonNode back = got.get(field.getKey());
            if (back != null && !back.equals(field.getValue())) {
                probe.report(CheckRules.ROUND_TRIP, op, "", field.getKey() + " was sent as " + shortly(field.getValue())
                        + " but " + where + " gives " + shortly(back), ex);
            }
        });
    }

    private static String shortly(JsonNode value) {
        String text = value.toString();
        int length = value.isTextual() ? value.asText().codePointCount(0, value.asText().length()) : text.length();
        return text.length() > 60 ? text.substring(0, 40) + "…\" (" + length + " characters)" : text;
    }

    /** The object in a list body whose id is one of {@code ids}. */
    private static JsonNode find(JsonNode node, java.util.Collection<String> ids) {
        if (node == null) {
            return null;
        }
        if (node.isObject() && node.has("id") && ids.contains(node.get("id").asText())) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = find(child, ids);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static HttpCall authorized(Probe probe, HttpCall call) {
        return call.withHeader("Authorization", "Bearer " + probe.run.options.token());
    }
}
