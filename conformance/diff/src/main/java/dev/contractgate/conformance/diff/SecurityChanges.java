package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.FindingSink.Op;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;

/**
 * Security per operation, compared by what a client must send: the effective requirements
 * (the operation's, else the document's) and the definition of every scheme they use
 * (type, {@code in}, {@code name}, HTTP scheme, bearer format, URLs). openapi-diff compares
 * requirements only by scheme type and {@code in}, and never an API key's {@code name}; this
 * compares everything, then claims openapi-diff's security nodes of the operation.
 */
final class SecurityChanges {

    private final SpecPointers base;
    private final SpecPointers changed;
    private final FindingSink sink;

    SecurityChanges(SpecPointers base, SpecPointers changed, FindingSink sink) {
        this.base = base;
        this.changed = changed;
        this.sink = sink;
    }

    void classify(ChangedOpenApi diff) {
        Map<String, ChangedOperation> changedOps = new HashMap<>();
        for (ChangedOperation op : diff.getChangedOperations()) {
            changedOps.put(normalised(op.getHttpMethod().name(), op.getPathUrl()), op);
        }
        Map<String, String[]> baseOps = operations(base.spec().openApi());
        operations(changed.spec().openApi()).forEach((key, place) -> {
            String[] old = baseOps.get(key);
            if (old == null) {
                return;
            }
            Op op = new Op(OperationChanges.key(place[0], place[1]), changed.operationId(place[1], place[0]));
            int before = sink.findings(op.key()).size();
            compare(op, old, place);
            ChangedOperation node = changedOps.get(key);
            if (node != null && sink.findings(op.key()).size() > before) {
                sink.claim(node.getSecurityRequirements(), FindingSink.WHOLE);
            }
        });
    }

    private void compare(Op op, String[] oldPlace, String[] newPlace) {
        List<Map<String, Scheme>> olds = requirements(base, oldPlace);
        List<Map<String, Scheme>> news = requirements(changed, newPlace);
        Where where = new Where(op, oldPlace, newPlace);
        if (olds.isEmpty() && news.isEmpty()) {
            return;
        }
        if (olds.isEmpty()) {
            report(where, DiffRules.SECURITY_REQUIREMENT_ADDED, "now requires credentials " + names(news)
                    + "; callers that send none are refused");
            return;
        }
        if (news.isEmpty()) {
            report(where, DiffRules.SECURITY_REMOVED, "no longer requires credentials (was " + names(olds) + ")");
            return;
        }
        List<Map<String, Scheme>> unmatched = new ArrayList<>(news);
        boolean anyLost = false;
        for (Map<String, Scheme> old : olds) {
            Map<String, Scheme> same = find(unmatched, r -> definitions(r).equals(definitions(old)));
            if (same != null) {
                unmatched.remove(same);
                scopes(where, old, same);
                continue;
            }
            anyLost = true;
            Map<String, Scheme> renamedSchemes = find(unmatched, r -> r.keySet().equals(old.keySet()));
            Map<String, Scheme> wider = find(unmatched, r -> r.keySet().containsAll(old.keySet()));
            if (renamedSchemes != null) {
                unmatched.remove(renamedSchemes);
                old.forEach((name, scheme) -> {
                    String how = scheme.differences(renamedSchemes.get(name));
                    if (!how.isEmpty()) {
                        report(where, DiffRules.SECURITY_SCHEME_CHANGED, "security scheme '" + name + "' changed: " + how
                                + "; clients send credentials the server no longer reads");
                    }
                });
            } else if (wider != null) {
                unmatched.remove(wider);
                report(where, DiffRules.SECURITY_REQUIREMENT_ADDED, "requirement " + names(List.of(old))
                        + " now also needs " + names(List.of(wider)));
            } else {
                report(where, DiffRules.SECURITY_REQUIREMENT_REMOVED, "clients can no longer authenticate with "
                        + names(List.of(old)) + (unmatched.isEmpty() ? "" : "; replaced by " + names(unmatched)));
            }
        }
        if (!anyLost && !unmatched.isEmpty()) {
            report(where, DiffRules.SECURITY_ALTERNATIVE_ADDED, "new way to authenticate: " + names(unmatched));
        }
    }

    private void scopes(Where where, Map<String, Scheme> old, Map<String, Scheme> now) {
        old.forEach((name, scheme) -> {
            Scheme after = now.values().stream().filter(s -> s.definition().equals(scheme.definition())).findFirst().orElse(scheme);
            Set<String> added = new TreeSet<>(after.scopes());
            added.removeAll(scheme.scopes());
            Set<String> removed = new TreeSet<>(scheme.scopes());
            removed.removeAll(after.scopes());
            if (!added.isEmpty()) {
                report(where, DiffRules.SECURITY_SCOPES_ADDED, "'" + name + "' now needs scopes " + added);
            }
            if (!removed.isEmpty()) {
                report(where, DiffRules.SECURITY_SCOPES_REMOVED, "'" + name + "' no longer needs scopes " + removed);
            }
        });
    }

    private void report(Where where, String rule, String message) {
        String basePointer = SpecSource.operationPointer(where.oldPlace()[1], where.oldPlace()[0]) + "/security";
        String changedPointer = SpecSource.operationPointer(where.newPlace()[1], where.newPlace()[0]) + "/security";
        sink.add(where.op(), rule, DiffRules.severity(rule), "security: " + message, false,
                base.locate(basePointer), changed.locate(changedPointer));
    }

    private static Map<String, Scheme> find(List<Map<String, Scheme>> in, java.util.function.Predicate<Map<String, Scheme>> test) {
        return in.stream().filter(test).findFirst().orElse(null);
    }

    private static Set<String> definitions(Map<String, Scheme> requirement) {
        return requirement.values().stream().map(Scheme::definition).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String names(List<Map<String, Scheme>> requirements) {
        return requirements.stream().map(r -> String.join(" + ", r.keySet())).collect(Collectors.joining(" or ", "[", "]"));
    }

    /** The effective requirements of one operation, each scheme resolved to its definition. */
    private static List<Map<String, Scheme>> requirements(SpecPointers spec, String[] place) {
        OpenAPI model = spec.spec().openApi();
        Operation operation = spec.operation(place[1], place[0]);
        List<SecurityRequirement> declared = operation != null && operation.getSecurity() != null
                ? operation.getSecurity() : model.getSecurity();
        List<Map<String, Scheme>> result = new ArrayList<>();
        for (SecurityRequirement requirement : declared == null ? List.<SecurityRequirement>of() : declared) {
            if (requirement.isEmpty()) {
                continue; // {} means "no credentials" is one of the ways
            }
            Map<String, Scheme> schemes = new TreeMap<>();
            requirement.forEach((name, scopes) -> schemes.put(name, Scheme.of(model, name, scopes)));
            result.add(schemes);
        }
        boolean anonymousAllowed = declared != null && declared.stream().anyMatch(SecurityRequirement::isEmpty);
        return anonymousAllowed ? List.of() : result;
    }

    /** method and path of every operation, by method and path with parameter names blanked. */
    private static Map<String, String[]> operations(OpenAPI model) {
        Map<String, String[]> ops = new LinkedHashMap<>();
        if (model.getPaths() != null) {
            model.getPaths().forEach((path, item) -> {
                for (PathItem.HttpMethod method : item.readOperationsMap().keySet()) {
                    ops.put(normalised(method.name(), path), new String[] {method.name(), path});
                }
            });
        }
        return ops;
    }

    private static String normalised(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]*}", "{}");
    }

    private record Where(Op op, String[] oldPlace, String[] newPlace) {
    }

    /** What a client must send for one scheme: its definition as text, and the scopes required. */
    private record Scheme(String definition, Set<String> scopes) {

        static Scheme of(OpenAPI model, String name, List<String> scopes) {
            SecurityScheme s = model.getComponents() == null || model.getComponents().getSecuritySchemes() == null
                    ? null : model.getComponents().getSecuritySchemes().get(name);
            return new Scheme(s == null ? "undefined scheme " + name : describe(s), new TreeSet<>(scopes == null ? List.of() : scopes));
        }

        private static String describe(SecurityScheme s) {
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("type", s.getType());
            parts.put("in", s.getIn());
            parts.put("name", s.getName());
            parts.put("scheme", s.getScheme() == null ? null : s.getScheme().toLowerCase(Locale.ROOT));
            parts.put("bearerFormat", s.getBearerFormat());
            parts.put("openIdConnectUrl", s.getOpenIdConnectUrl());
            parts.put("flows", flows(s.getFlows()));
            parts.values().removeIf(Objects::isNull);
            return parts.toString();
        }

        private static String flows(OAuthFlows flows) {
            if (flows == null) {
                return null;
            }
            List<String> urls = new ArrayList<>();
            for (OAuthFlow flow : new OAuthFlow[] {flows.getImplicit(), flows.getPassword(), flows.getClientCredentials(),
                    flows.getAuthorizationCode()}) {
                urls.add(flow == null ? "-" : flow.getAuthorizationUrl() + " " + flow.getTokenUrl() + " " + flow.getRefreshUrl());
            }
            return urls.toString();
        }

        /** What differs between two definitions of a scheme of the same name, e.g. {@code type http -> apiKey}. */
        String differences(Scheme other) {
            if (other == null || other.definition().equals(definition)) {
                return "";
            }
            return definition + " -> " + other.definition();
        }
    }
}
