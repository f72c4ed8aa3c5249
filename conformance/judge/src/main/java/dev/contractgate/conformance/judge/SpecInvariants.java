package dev.contractgate.conformance.judge;

import dev.contractgate.conformance.core.SpecLines;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.spec.SpecOperation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every machine-readable promise the spec makes beside its schemas, read and compiled once:
 * <ul>
 *   <li>{@code x-invariants} (a list of {@code {id, rule, message}}, {@code rule} in CEL) on the document
 *       (every exchange), an operation (its exchanges), a response (exchanges answered with it) or a
 *       schema (over {@code self}: every value that schema describes, wherever it is judged);</li>
 *   <li>{@code x-order} on a list operation (see {@link ListOrder});</li>
 *   <li>{@code x-unique} on a response: values never given twice in a run (see {@link UniqueValue});</li>
 *   <li>{@code x-secret: true} on a property and {@code x-returns-secrets: true} on the one response
 *       that may carry such properties.</li>
 * </ul>
 * What cannot be applied (a rule that does not compile, a field its schema lacks) is kept as a
 * {@link InvariantProblem}: lint reports it, the other engines refuse the spec.
 */
public final class SpecInvariants {

    static final String INVARIANTS = "x-invariants";
    static final String ORDER = "x-order";
    static final String UNIQUE = "x-unique";
    static final String SECRET = "x-secret";
    static final String RETURNS_SECRETS = "x-returns-secrets";

    private final SpecSource spec;
    private final CelEnvironment cel = new CelEnvironment();
    private final SchemaWalk walk;
    private final List<InvariantProblem> problems = new ArrayList<>();
    private final List<Invariant> document;
    private final Map<String, List<Invariant>> byPointer = new HashMap<>();
    private final Map<Schema<?>, List<Invariant>> bySchema = new IdentityHashMap<>();
    private final Map<String, ListOrder> orders = new HashMap<>();
    private final Map<String, List<UniqueValue>> unique = new HashMap<>();

    private SpecInvariants(SpecSource spec) {
        this.spec = spec;
        this.walk = new SchemaWalk(spec.openApi());
        OpenAPI api = spec.openApi();
        FieldReferences fields = new FieldReferences(walk);
        this.document = read(api.getExtensions(), "", List.of(), fields);
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().forEach((name, schema) ->
                    schemas(schema, "/components/schemas/" + SpecLines.escape(name), fields, 0));
        }
        for (SpecOperation op : spec.operations().all()) {
            List<Schema<?>> responseSchemas = new ArrayList<>();
            if (op.operation().getResponses() != null) {
                op.operation().getResponses().forEach((key, raw) -> {
                    String pointer = responsePointer(op, key, raw);
                    ApiResponse response = resolved(op, raw);
                    Schema<?> schema = jsonSchema(response);
                    if (schema != null) {
                        responseSchemas.add(schema);
                        schemas(schema, pointer + "/content/application~1json/schema", fields, 0);
                    }
                    if (response != null && !byPointer.containsKey(pointer)) {
                        byPointer.put(pointer, read(response.getExtensions(), pointer,
                                schema == null ? List.of() : List.of(schema), fields));
                        unique.put(pointer, UniqueValue.read(response.getExtensions(), pointer, problems));
                    }
                });
            }
            op.jsonRequestBody().map(MediaType::getSchema).ifPresent(s ->
                    schemas(s, op.pointer() + "/requestBody/content/application~1json/schema", fields, 0));
            byPointer.put(op.pointer(), read(op.operation().getExtensions(), op.pointer(), responseSchemas, fields));
            ListOrder.read(op, problems).ifPresent(order -> orders.put(op.pointer(), order));
        }
    }

    /** Reads and compiles the invariants of a spec. */
    public static SpecInvariants of(SpecSource spec) {
        return new SpecInvariants(spec);
    }

    public List<InvariantProblem> problems() {
        return List.copyOf(problems);
    }

    /** How many invariants, orders and uniqueness declarations the spec states (for the report's stats). */
    public int count() {
        int n = document.size() + orders.size();
        for (List<Invariant> list : byPointer.values()) {
            n += list.size();
        }
        for (List<Invariant> list : bySchema.values()) {
            n += list.size();
        }
        for (List<UniqueValue> list : unique.values()) {
            n += list.size();
        }
        return n;
    }

    SpecSource spec() {
        return spec;
    }

    SchemaWalk walk() {
        return walk;
    }

    CelEnvironment cel() {
        return cel;
    }

    List<Invariant> document() {
        return document;
    }

    List<Invariant> operation(SpecOperation op) {
        return byPointer.getOrDefault(op.pointer(), List.of());
    }

    List<Invariant> response(SpecOperation op, int status) {
        return op.documentedKey(status).map(key -> byPointer.getOrDefault(
                responsePointer(op, key, op.operation().getResponses().get(key)), List.of())).orElse(List.of());
    }

    List<UniqueValue> unique(SpecOperation op, int status) {
        return op.documentedKey(status).map(key -> unique.getOrDefault(
                responsePointer(op, key, op.operation().getResponses().get(key)), List.of())).orElse(List.of());
    }

    List<Invariant> schema(Schema<?> schema) {
        return bySchema.getOrDefault(schema, List.of());
    }

    Optional<ListOrder> order(SpecOperation op) {
        return Optional.ofNullable(orders.get(op.pointer()));
    }

    boolean returnsSecrets(SpecOperation op, int status) {
        return op.response(status).map(ApiResponse::getExtensions)
                .map(e -> Boolean.TRUE.equals(e.get(RETURNS_SECRETS))).orElse(false);
    }

    /** The JSON schema of a response, when it documents a JSON body. */
    static Schema<?> jsonSchema(ApiResponse response) {
        if (response == null || response.getContent() == null) {
            return null;
        }
        MediaType json = response.getContent().get(SpecOperation.JSON);
        return json == null ? null : json.getSchema();
    }

    /** Where a response is written: its shared component when it is a {@code $ref}, else under the operation. */
    static String responsePointer(SpecOperation op, String key, ApiResponse raw) {
        if (raw != null && raw.get$ref() != null && raw.get$ref().startsWith("#/components/responses/")) {
            return raw.get$ref().substring(1);
        }
        return op.pointer() + "/responses/" + SpecLines.escape(key);
    }

    private static ApiResponse resolved(SpecOperation op, ApiResponse raw) {
        ApiResponse r = raw;
        for (int hops = 0; r != null && r.get$ref() != null && hops < 10; hops++) {
            String ref = r.get$ref();
            r = op.sharedResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return r;
    }

    private void schemas(Schema<?> schema, String pointer, FieldReferences fields, int depth) {
        if (schema == null || schema.get$ref() != null || depth > 32 || bySchema.containsKey(schema)) {
            return;
        }
        bySchema.put(schema, read(schema.getExtensions(), pointer, List.of(schema), fields));
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, child) ->
                    schemas(child, pointer + "/properties/" + SpecLines.escape(name), fields, depth + 1));
        }
        if (schema.getItems() != null) {
            schemas(schema.getItems(), pointer + "/items", fields, depth + 1);
        }
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                schemas(schema.getAllOf().get(i), pointer + "/allOf/" + i, fields, depth + 1);
            }
        }
    }

    /** The {@code x-invariants} of one object of the spec, compiled; problems are collected, not thrown. */
    private List<Invariant> read(Map<String, Object> extensions, String pointer, List<Schema<?>> bodySchemas,
                                 FieldReferences fields) {
        Object declared = extensions == null ? null : extensions.get(INVARIANTS);
        if (declared == null) {
            return List.of();
        }
        String where = pointer + "/" + INVARIANTS;
        if (!(declared instanceof List<?> list)) {
            problems.add(new InvariantProblem(where, INVARIANTS + " must be a list of {id, rule, message}"));
            return List.of();
        }
        List<Invariant> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + "/" + i;
            if (!(list.get(i) instanceof Map<?, ?> entry) || !(entry.get("id") instanceof String id)
                    || !(entry.get("rule") instanceof String rule) || !(entry.get("message") instanceof String message)) {
                problems.add(new InvariantProblem(at, "an invariant needs a text id, rule and message"));
                continue;
            }
            CelEnvironment.Compiled program = cel.rule(rule);
            if (!program.ok()) {
                problems.add(new InvariantProblem(at + "/rule", "invariant '" + id + "' does not compile as a CEL"
                        + " expression of type bool: " + program.error()));
                continue;
            }
            String unknown = fields.unknownField(rule, bodySchemas, pointer.startsWith("/components/schemas"));
            if (unknown != null) {
                problems.add(new InvariantProblem(at + "/rule", "invariant '" + id + "' names " + unknown));
                continue;
            }
            List<Invariant.Seen> seen = new ArrayList<>();
            for (String expression : FieldReferences.valuesNamed(rule)) {
                CelEnvironment.Compiled value = cel.value(expression);
                if (value.ok()) {
                    seen.add(new Invariant.Seen(expression, value));
                }
            }
            out.add(new Invariant(id, rule, message, at, program, List.copyOf(seen)));
        }
        return List.copyOf(out);
    }
}
