package dev.contractgate.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of the public Astro agent-token API, kept here as data, checked against a parsed
 * spec. Each broken fact becomes a {@link Violation} with a rule key and the pointer it concerns.
 */
final class ReferenceFacts {

    static final String SERVER_URL = "https://api.astronomer.io/v1";
    static final String TAG = "AgentToken";
    static final String LIST_PATH = "/organizations/{organizationId}/deployments/{deploymentId}/agent-tokens";
    static final String ITEM_PATH = LIST_PATH + "/{agentTokenId}";

    record Op(String id, PathItem.HttpMethod method, String path, String success, String successSchema) {
    }

    static final List<Op> OPERATIONS = List.of(
            new Op("ListAgentTokens", PathItem.HttpMethod.GET, LIST_PATH, "200", "ApiTokensPaginated"),
            new Op("CreateAgentToken", PathItem.HttpMethod.POST, LIST_PATH, "200", "ApiToken"),
            new Op("GetAgentToken", PathItem.HttpMethod.GET, ITEM_PATH, "200", "ApiToken"),
            new Op("DeleteAgentToken", PathItem.HttpMethod.DELETE, ITEM_PATH, "204", null));

    static final List<String> ERROR_STATUSES = List.of("400", "401", "403", "404", "500");

    static final Map<String, List<String>> REQUIRED = Map.of(
            "CreateAgentTokenRequest", List.of("name"),
            "ApiToken", List.of("createdAt", "description", "id", "kind", "name", "scope", "shortToken", "startAt", "updatedAt"),
            "ApiTokensPaginated", List.of("limit", "offset", "tokens", "totalCount"),
            "BasicSubjectProfile", List.of("id"),
            "ApiTokenRole", List.of("entityId", "entityType", "role"),
            "Error", List.of("message", "requestId", "statusCode"),
            "FieldValidationError", List.of("code", "field", "message"));

    /** Schema name, property name, enum values. */
    static final Map<String, Map<String, List<String>>> ENUMS = Map.of(
            "ApiToken", Map.of(
                    "kind", List.of("STANDARD", "DIRECT_ACCESS"),
                    "scope", List.of("DEPLOYMENT", "WORKSPACE", "ORGANIZATION")),
            "BasicSubjectProfile", Map.of("subjectType", List.of("USER", "SERVICEKEY")),
            "ApiTokenRole", Map.of("entityType", List.of("DEPLOYMENT", "WORKSPACE", "ORGANIZATION", "DAG", "DAG_TAG")));

    static final List<String> SORTS = List.of(
            "name:asc", "name:desc", "description:asc", "description:desc",
            "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc",
            "createdById:asc", "createdById:desc", "updatedById:asc", "updatedById:desc",
            "tokenStartAt:asc", "tokenStartAt:desc");

    /** name, type, minimum, maximum, default (null when the reference has none). */
    record Bound(String name, String type, Integer minimum, Integer maximum, Integer defaultValue) {
    }

    static final List<Bound> QUERY_BOUNDS = List.of(
            new Bound("offset", "integer", 0, null, 0),
            new Bound("limit", "integer", 0, 1000, 20));

    static final Bound EXPIRY = new Bound("tokenExpiryPeriodInDays", "integer", 1, 3650, null);
    static final Bound STATUS_CODE = new Bound("statusCode", "integer", 400, 600, null);

    private final OpenAPI api;
    private final List<Violation> violations = new ArrayList<>();

    private ReferenceFacts(OpenAPI api) {
        this.api = api;
    }

    static List<Violation> check(OpenAPI api) {
        ReferenceFacts facts = new ReferenceFacts(api);
        facts.checkInfo();
        facts.checkOperations();
        facts.checkSchemas();
        return facts.violations;
    }

    private void fail(String rule, String pointer, String detail) {
        violations.add(new Violation(rule, pointer, detail));
    }

    private void checkInfo() {
        if (api.getInfo() == null || blank(api.getInfo().getDescription())) {
            fail("info.description", "/info/description", "the API needs a description");
        }
        if (api.getInfo() == null || api.getInfo().getContact() == null || blank(api.getInfo().getContact().getName())) {
            fail("info.contact", "/info/contact", "the API needs a contact");
        }
        if (api.getInfo() == null || api.getInfo().getLicense() == null || blank(api.getInfo().getLicense().getName())) {
            fail("info.license", "/info/license", "the API needs a licence");
        }
        if (api.getServers() == null || api.getServers().stream().noneMatch(s -> SERVER_URL.equals(s.getUrl()))) {
            fail("servers.url", "/servers", "expected server " + SERVER_URL);
        }
        boolean tagDescribed = api.getTags() != null && api.getTags().stream()
                .anyMatch(t -> TAG.equals(t.getName()) && !blank(t.getDescription()));
        if (!tagDescribed) {
            fail("tag.description", "/tags", "tag " + TAG + " must be declared with a description");
        }
        Map<String, SecurityScheme> schemes = api.getComponents() == null ? null : api.getComponents().getSecuritySchemes();
        SecurityScheme jwt = schemes == null ? null : schemes.get("JWT");
        if (jwt == null || jwt.getType() != SecurityScheme.Type.HTTP || !"bearer".equalsIgnoreCase(jwt.getScheme())) {
            fail("security.scheme", "/components/securitySchemes/JWT", "expected an http bearer scheme named JWT");
        }
    }

    private void checkOperations() {
        Map<String, String> pointerById = new HashMap<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                    pointerById.put(op.getOperationId(), Pointer.of("paths", path, method.name().toLowerCase()))));
        }
        for (Op expected : OPERATIONS) {
            PathItem item = api.getPaths() == null ? null : api.getPaths().get(expected.path());
            Operation op = item == null ? null : item.readOperationsMap().get(expected.method());
            String at = Pointer.of("paths", expected.path(), expected.method().name().toLowerCase());
            if (op == null || !expected.id().equals(op.getOperationId())) {
                fail("operation.missing", pointerById.getOrDefault(expected.id(), at),
                        "expected " + expected.id() + " at " + expected.method() + " " + expected.path());
                continue;
            }
            checkOperation(expected, item, op, at);
        }
    }

    private void checkOperation(Op expected, PathItem item, Operation op, String at) {
        if (op.getTags() == null || !op.getTags().equals(List.of(TAG))) {
            fail("operation.tag", at + "/tags", "expected tag " + TAG);
        }
        if (op.getSecurity() == null || op.getSecurity().stream().noneMatch(r -> r.containsKey("JWT"))) {
            fail("operation.security", at + "/security", "bearer security JWT must be declared on the operation");
        }
        if (blank(op.getDescription())) {
            fail("description.missing", at + "/description", "operation needs a description");
        }
        List<Parameter> params = new ArrayList<>();
        if (item.getParameters() != null) {
            params.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            params.addAll(op.getParameters());
        }
        checkPathParameters(expected, params.stream().map(this::resolve).toList(), at);
        if (expected.id().equals("ListAgentTokens")) {
            checkQueryParameters(params.stream().map(this::resolve).toList(), at);
        }
        if (expected.id().equals("CreateAgentToken")) {
            checkRequestBody(op, at);
            checkLinks(op, at);
        }
        checkResponses(expected, op, at);
    }

    private void checkPathParameters(Op expected, List<Parameter> params, String at) {
        List<String> names = new ArrayList<>(List.of("organizationId", "deploymentId"));
        if (expected.path().equals(ITEM_PATH)) {
            names.add("agentTokenId");
        }
        for (String name : names) {
            Parameter p = find(params, name, "path");
            if (p == null || !Boolean.TRUE.equals(p.getRequired()) || p.getSchema() == null
                    || !"string".equals(p.getSchema().getType())) {
                fail("parameter.path", at + "/parameters", name + " must be a required string path parameter");
            } else if (blank(p.getDescription())) {
                fail("description.missing", Pointer.of("components", "parameters", name), "parameter needs a description");
            }
        }
    }

    private void checkQueryParameters(List<Parameter> params, String at) {
        for (Bound bound : QUERY_BOUNDS) {
            Parameter p = find(params, bound.name(), "query");
            if (p == null) {
                fail("parameter.missing", at + "/parameters", "missing query parameter " + bound.name());
                continue;
            }
            checkBound(bound, p.getSchema(), at + "/parameters/" + bound.name());
            if (blank(p.getDescription())) {
                fail("description.missing", at + "/parameters/" + bound.name(), "parameter needs a description");
            }
        }
        Parameter sorts = find(params, "sorts", "query");
        if (sorts == null) {
            fail("parameter.missing", at + "/parameters", "missing query parameter sorts");
            return;
        }
        String sortsAt = Pointer.of("components", "parameters", "Sorts");
        if (sorts.getStyle() != Parameter.StyleEnum.FORM || !Boolean.TRUE.equals(sorts.getExplode())) {
            fail("parameter.style", sortsAt, "sorts must be style form, explode true");
        }
        Schema<?> schema = sorts.getSchema();
        if (schema == null || !"array".equals(schema.getType()) || schema.getItems() == null
                || !"string".equals(schema.getItems().getType())) {
            fail("parameter.type", sortsAt + "/schema", "sorts must be an array of strings");
        } else if (!SORTS.equals(strings(schema.getItems().getEnum()))) {
            fail("schema.enum", sortsAt + "/schema/items/enum", "expected " + SORTS);
        }
    }

    private void checkRequestBody(Operation op, String at) {
        var body = op.getRequestBody();
        if (body == null || !Boolean.TRUE.equals(body.getRequired())) {
            fail("requestBody.required", at + "/requestBody/required", "the create request body must be required");
        }
        MediaType json = body == null || body.getContent() == null ? null : body.getContent().get("application/json");
        if (json == null || !refersTo(json.getSchema(), "CreateAgentTokenRequest")) {
            fail("requestBody.schema", at + "/requestBody/content", "expected application/json CreateAgentTokenRequest");
        }
    }

    private void checkLinks(Operation op, String at) {
        ApiResponse created = op.getResponses() == null ? null : op.getResponses().get("200");
        Map<String, Link> links = created == null || created.getLinks() == null ? Map.of() : created.getLinks();
        for (String target : List.of("GetAgentToken", "DeleteAgentToken")) {
            boolean linked = links.values().stream().anyMatch(l -> target.equals(l.getOperationId())
                    && l.getParameters() != null
                    && "$response.body#/id".equals(l.getParameters().get("agentTokenId")));
            if (!linked) {
                fail("link.missing", at + "/responses/200/links",
                        "expected a link to " + target + " with agentTokenId $response.body#/id");
            }
        }
    }

    private void checkResponses(Op expected, Operation op, String at) {
        Map<String, ApiResponse> responses = op.getResponses() == null ? Map.of() : op.getResponses();
        ApiResponse success = resolve(responses.get(expected.success()));
        String successAt = at + "/responses/" + expected.success();
        if (success == null) {
            fail("response.success", successAt, "missing success response " + expected.success());
        } else if (expected.successSchema() == null) {
            if (success.getContent() != null && !success.getContent().isEmpty()) {
                fail("response.noContent", successAt + "/content", expected.success() + " must have no content");
            }
        } else {
            MediaType json = success.getContent() == null ? null : success.getContent().get("application/json");
            if (json == null || !refersTo(json.getSchema(), expected.successSchema())) {
                fail("response.success", successAt + "/content", "expected application/json " + expected.successSchema());
            }
        }
        for (String status : ERROR_STATUSES) {
            ApiResponse error = resolve(responses.get(status));
            MediaType json = error == null || error.getContent() == null ? null : error.getContent().get("application/json");
            if (json == null || !refersTo(json.getSchema(), "Error")) {
                fail("response.error", at + "/responses/" + status, "expected " + status + " with the Error schema");
            }
        }
    }

    private void checkSchemas() {
        Map<String, Schema> schemas = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        REQUIRED.forEach((name, required) -> {
            Schema<?> schema = schemas.get(name);
            String at = Pointer.of("components", "schemas", name);
            if (schema == null) {
                fail("schema.missing", at, "schema " + name + " is missing");
                return;
            }
            List<String> actual = schema.getRequired() == null ? List.of() : schema.getRequired();
            if (!new TreeSet<>(required).equals(new TreeSet<>(actual)) || actual.size() != required.size()) {
                fail("schema.required", at + "/required", "expected required " + required + " but was " + actual);
            }
        });
        schemas.forEach((name, schema) -> checkDescriptions(schema, Pointer.of("components", "schemas", name)));
        if (api.getComponents() != null && api.getComponents().getParameters() != null) {
            api.getComponents().getParameters().forEach((name, p) -> {
                if (blank(p.getDescription())) {
                    fail("description.missing", Pointer.of("components", "parameters", name, "description"), "parameter needs a description");
                }
            });
        }
        ENUMS.forEach((name, properties) -> properties.forEach((property, values) -> {
            Schema<?> prop = property(schemas.get(name), property);
            String at = Pointer.of("components", "schemas", name, "properties", property, "enum");
            if (prop == null || !values.equals(strings(prop.getEnum()))) {
                fail("schema.enum", at, "expected " + values + " but was " + (prop == null ? null : prop.getEnum()));
            }
        }));
        checkBound(EXPIRY, property(schemas.get("CreateAgentTokenRequest"), EXPIRY.name()),
                Pointer.of("components", "schemas", "CreateAgentTokenRequest", "properties", EXPIRY.name()));
        checkBound(STATUS_CODE, property(schemas.get("Error"), STATUS_CODE.name()),
                Pointer.of("components", "schemas", "Error", "properties", STATUS_CODE.name()));
    }

    private void checkDescriptions(Schema<?> schema, String at) {
        if (blank(schema.getDescription())) {
            fail("description.missing", at + "/description", "schema needs a description");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, prop) -> {
                if (prop.get$ref() == null && blank(prop.getDescription())) {
                    fail("description.missing", at + "/properties/" + name + "/description", "property needs a description");
                }
            });
        }
    }

    private void checkBound(Bound bound, Schema<?> schema, String at) {
        if (schema == null) {
            fail("schema.missing", at, bound.name() + " is missing");
            return;
        }
        if (!bound.type().equals(schema.getType())) {
            fail("schema.type", at + "/type", "expected " + bound.type());
        }
        if (!sameNumber(bound.minimum(), schema.getMinimum())) {
            fail("schema.minimum", at + "/minimum", "expected " + bound.minimum() + " but was " + schema.getMinimum());
        }
        if (!sameNumber(bound.maximum(), schema.getMaximum())) {
            fail("schema.maximum", at + "/maximum", "expected " + bound.maximum() + " but was " + schema.getMaximum());
        }
        Object actualDefault = schema.getDefault();
        if (!Objects.equals(bound.defaultValue(), actualDefault == null ? null : ((Number) actualDefault).intValue())) {
            fail("schema.default", at + "/default", "expected " + bound.defaultValue() + " but was " + actualDefault);
        }
    }

    private Parameter resolve(Parameter p) {
        if (p != null && p.get$ref() != null && api.getComponents() != null && api.getComponents().getParameters() != null) {
            return api.getComponents().getParameters().get(simpleName(p.get$ref()));
        }
        return p;
    }

    private ApiResponse resolve(ApiResponse r) {
        if (r != null && r.get$ref() != null && api.getComponents() != null && api.getComponents().getResponses() != null) {
            return api.getComponents().getResponses().get(simpleName(r.get$ref()));
        }
        return r;
    }

    private static Parameter find(List<Parameter> params, String name, String in) {
        return params.stream().filter(p -> p != null && name.equals(p.getName()) && in.equals(p.getIn())).findFirst().orElse(null);
    }

    private static Schema<?> property(Schema<?> schema, String name) {
        return schema == null || schema.getProperties() == null ? null : schema.getProperties().get(name);
    }

    private static boolean refersTo(Schema<?> schema, String name) {
        return schema != null && ("#/components/schemas/" + name).equals(schema.get$ref());
    }

    private static boolean sameNumber(Integer expected, BigDecimal actual) {
        return expected == null ? actual == null : actual != null && actual.compareTo(BigDecimal.valueOf(expected)) == 0;
    }

    private static List<String> strings(List<?> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Set<String> rules(List<Violation> violations) {
        Set<String> rules = new TreeSet<>();
        violations.forEach(v -> rules.add(v.rule()));
        return rules;
    }
}
