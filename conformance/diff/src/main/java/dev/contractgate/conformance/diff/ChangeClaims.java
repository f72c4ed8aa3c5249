package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.SpecLines;
import dev.contractgate.conformance.diff.FindingSink.Claimant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which finding accounts for which structural change. A finding claims a change when it names
 * the changed node itself or something inside a node that came or went, or when it names the
 * object that owns the change and its rule is about that keyword (a bounds rule claims
 * {@code maxLength}, not a {@code description} or an {@code x-order} beside it). The keywords
 * of each openapi-diff-based rule are listed here, once.
 */
final class ChangeClaims {

    private static final Set<String> BOUNDS = Set.of("maxLength", "minLength", "maximum", "minimum", "exclusiveMaximum",
            "exclusiveMinimum", "pattern", "maxItems", "minItems", "maxProperties", "minProperties", "multipleOf", "uniqueItems");
    private static final Set<String> FIELDS = Set.of("required", "properties");
    private static final Set<String> PARAMETER = Set.of("name", "in", "required", "style", "explode", "allowEmptyValue",
            "allowReserved", "schema", "content", "parameters");
    private static final Set<String> SECURITY = Set.of("security", "type", "in", "name", "scheme", "bearerFormat", "flows",
            "openIdConnectUrl", "securitySchemes");

    private static final Map<String, Set<String>> KEYWORDS = new HashMap<>();

    static {
        keywords(Set.of("operationId"), DiffRules.OPERATION_ID_CHANGED);
        keywords(PARAMETER, DiffRules.PARAMETER_REMOVED, DiffRules.PARAMETER_REQUIRED_ADDED, DiffRules.PARAMETER_MOVED,
                DiffRules.PARAMETER_RENAMED, DiffRules.PARAMETER_STYLE_CHANGED, DiffRules.PARAMETER_OPTIONAL_ADDED,
                DiffRules.PARAMETER_NOW_OPTIONAL);
        keywords(Set.of("required", "requestBody"), DiffRules.REQUEST_BODY_REQUIRED_ADDED, DiffRules.REQUEST_BODY_NOW_OPTIONAL);
        keywords(FIELDS, DiffRules.REQUEST_FIELD_REQUIRED_ADDED, DiffRules.REQUEST_FIELD_OPTIONAL_ADDED,
                DiffRules.REQUEST_FIELD_NOW_OPTIONAL, DiffRules.REQUEST_FIELD_REMOVED, DiffRules.RESPONSE_FIELD_REMOVED,
                DiffRules.RESPONSE_FIELD_OPTIONAL, DiffRules.RESPONSE_FIELD_ADDED, DiffRules.RESPONSE_FIELD_NOW_REQUIRED);
        keywords(BOUNDS, DiffRules.REQUEST_BOUNDS_NARROWED, DiffRules.REQUEST_BOUNDS_RELAXED, DiffRules.RESPONSE_BOUNDS_WIDENED,
                DiffRules.RESPONSE_BOUNDS_NARROWED);
        keywords(Set.of("enum"), DiffRules.REQUEST_ENUM_NARROWED, DiffRules.REQUEST_ENUM_WIDENED,
                DiffRules.RESPONSE_ENUM_WIDENED, DiffRules.RESPONSE_ENUM_NARROWED);
        // a new type takes its own keywords along: the bounds, enum or items of the old type go with it
        keywords(Stream.concat(BOUNDS.stream(), Stream.of("type", "items", "properties", "required", "format", "enum",
                "additionalProperties")).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                DiffRules.REQUEST_TYPE_CHANGED, DiffRules.RESPONSE_TYPE_CHANGED);
        keywords(Set.of("format"), DiffRules.REQUEST_FORMAT_CHANGED, DiffRules.RESPONSE_FORMAT_CHANGED);
        keywords(Set.of("nullable"), DiffRules.REQUEST_NULLABLE_REMOVED, DiffRules.REQUEST_NULLABLE_ADDED,
                DiffRules.RESPONSE_NULLABLE_ADDED, DiffRules.RESPONSE_NULLABLE_REMOVED);
        keywords(Set.of("responses"), DiffRules.RESPONSE_STATUS_REMOVED, DiffRules.RESPONSE_STATUS_ADDED,
                DiffRules.RESPONSE_SUCCESS_STATUS_CHANGED);
        keywords(Set.of("headers", "required", "style", "explode", "schema"), DiffRules.RESPONSE_HEADER_REMOVED,
                DiffRules.RESPONSE_HEADER_CHANGED, DiffRules.RESPONSE_HEADER_ADDED);
        keywords(Set.of("content"), DiffRules.CONTENT_TYPE_CHANGED, DiffRules.CONTENT_TYPE_ADDED);
        keywords(SECURITY, DiffRules.SECURITY_REQUIREMENT_ADDED, DiffRules.SECURITY_REQUIREMENT_REMOVED,
                DiffRules.SECURITY_SCHEME_CHANGED, DiffRules.SECURITY_SCOPES_ADDED, DiffRules.SECURITY_ALTERNATIVE_ADDED,
                DiffRules.SECURITY_REMOVED, DiffRules.SECURITY_SCOPES_REMOVED);
        keywords(Set.of("default"), DiffRules.DEFAULT_CHANGED);
    }

    private ChangeClaims() {
    }

    private static void keywords(Set<String> keywords, String... rules) {
        for (String rule : rules) {
            KEYWORDS.merge(rule, keywords, (a, b) -> Stream.concat(a.stream(), b.stream())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
    }

    /**
     * The findings that account for the change (none: nobody claimed it). A change of a security
     * scheme is claimed by the security findings of the operations whose requirements name it.
     */
    static List<Claimant> of(List<Claimant> findings, NodeChange change, SchemaUse uses) {
        String scheme = securityScheme(change);
        if (scheme != null) {
            Set<String> users = uses.usersOf(scheme);
            return findings.stream().filter(f -> KEYWORDS.getOrDefault(f.rule(), Set.of()).contains("securitySchemes")
                    && (users.contains(f.basePointer()) || users.contains(f.changedPointer()))).toList();
        }
        if (change.owner() == Slot.SCHEMA && "required".equals(change.keyword()) && change.atKeyword()
                && change.kind() != NodeChange.Kind.REORDERED) {
            return requiredNames(findings, change);
        }
        return findings.stream().filter(f -> claims(f, change) || unclassifiedAbove(f, change, uses)).toList();
    }

    /**
     * openapi-diff's own unclassified difference names the operation it was found under, not the
     * node: it stands for any change in what that operation reaches (it is breaking already).
     */
    private static boolean unclassifiedAbove(Claimant finding, NodeChange change, SchemaUse uses) {
        if (!DiffRules.UNCLASSIFIED.equals(finding.rule())) {
            return false;
        }
        for (String place : Stream.of(finding.basePointer(), finding.changedPointer()).filter(p -> p != null && !p.isEmpty()).toList()) {
            for (String reached : uses.reachedFrom(place)) {
                if (change.pointer().equals(reached) || change.pointer().startsWith(reached + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name of the security scheme a change under {@code /components/securitySchemes/<name>} belongs to, or {@code null}. */
    private static String securityScheme(NodeChange change) {
        String prefix = "/components/securitySchemes/";
        String pointer = change.pointer();
        if (!pointer.startsWith(prefix) || "description".equals(change.keyword())) {
            return null;
        }
        String rest = pointer.substring(prefix.length());
        String name = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return SpecTree.unescape(name);
    }

    /** A changed {@code required} list is accounted for when every name that came or went has a finding at its property. */
    private static List<Claimant> requiredNames(List<Claimant> findings, NodeChange change) {
        Set<String> before = SpecTree.texts(change.before());
        Set<String> after = SpecTree.texts(change.after());
        Set<String> moved = new java.util.LinkedHashSet<>(before);
        moved.addAll(after);
        moved.removeIf(n -> before.contains(n) && after.contains(n));
        List<Claimant> claiming = new java.util.ArrayList<>();
        for (String name : moved) {
            List<Claimant> forName = findings.stream().filter(f -> KEYWORDS.getOrDefault(f.rule(), Set.of()).contains("required")
                    && Stream.of(f.basePointer(), f.changedPointer()).anyMatch(p -> p != null && Stream.of(change.ownerBase(),
                    change.ownerChanged()).anyMatch(o -> o != null && p.equals(o + "/properties/" + SpecLines.escape(name)))))
                    .toList();
            if (forName.isEmpty()) {
                return List.of();
            }
            claiming.addAll(forName);
        }
        return claiming;
    }

    /** Whether the finding accounts for the change. */
    private static boolean claims(Claimant finding, NodeChange change) {
        List<String> places = Stream.of(finding.basePointer(), finding.changedPointer())
                .filter(p -> p != null && !p.isEmpty()).toList();
        List<String> at = Stream.of(change.basePointer(), change.changedPointer()).filter(p -> p != null).toList();
        boolean wholeNode = change.kind() == NodeChange.Kind.ADDED || change.kind() == NodeChange.Kind.REMOVED;
        for (String place : places) {
            for (String pointer : at) {
                if (place.equals(pointer) || wholeNode && place.startsWith(pointer + "/")) {
                    return true;
                }
            }
        }
        Set<String> keywords = KEYWORDS.get(finding.rule());
        if (keywords == null || !keywords.contains(change.keyword())) {
            return false;
        }
        for (String owner : Stream.of(change.ownerBase(), change.ownerChanged()).filter(p -> p != null).toList()) {
            String keyword = owner + "/" + SpecLines.escape(change.keyword());
            for (String place : places) {
                if (place.equals(owner) || place.equals(keyword)) {
                    return true;
                }
            }
        }
        return false;
    }
}
