package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.Text;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedExtensions;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOAuthFlow;
import org.openapitools.openapidiff.core.model.ChangedOAuthFlows;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedPath;
import org.openapitools.openapidiff.core.model.ChangedPaths;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ChangedSecurityRequirement;
import org.openapitools.openapidiff.core.model.ChangedSecurityRequirements;
import org.openapitools.openapidiff.core.model.ChangedSecurityScheme;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;

/**
 * What a composite openapi-diff node changed in itself, apart from its children: its "core"
 * changes, split into named aspects so that a rule can claim one (a schema's format) and leave
 * another (its discriminator) to the fail-safe. A composite class not in this table is one
 * aspect, {@code core}, whenever openapi-diff says its core changed.
 */
final class ChangeAspects {

    private static final Map<Class<?>, Function<Object, List<String>>> CORE = new LinkedHashMap<>();

    static {
        core(ChangedOpenApi.class, n -> flags("endpoints.removed", !n.getMissingEndpoints().isEmpty(),
                "endpoints.added", !n.getNewEndpoints().isEmpty()));
        core(ChangedOperation.class, n -> flags("deprecated", n.isDeprecated()));
        core(ChangedParameters.class, n -> flags("params.removed", !n.getMissing().isEmpty(),
                "params.added", !n.getIncreased().isEmpty()));
        core(ChangedParameter.class, n -> flags("required", n.isChangeRequired(), "deprecated", n.isDeprecated(),
                "style", n.isChangeStyle(), "explode", n.isChangeExplode(), "allowEmptyValue", n.isChangeAllowEmptyValue()));
        core(ChangedRequestBody.class, n -> flags("required", n.isChangeRequired()));
        core(ChangedContent.class, n -> flags("content.removed", !n.getMissing().isEmpty(),
                "content.added", !n.getIncreased().isEmpty()));
        core(ChangedMediaType.class, n -> List.of());
        core(ChangedApiResponse.class, n -> flags("status.removed", !n.getMissing().isEmpty(),
                "status.added", !n.getIncreased().isEmpty()));
        core(ChangedResponse.class, n -> List.of());
        core(ChangedHeaders.class, n -> flags("headers.removed", !n.getMissing().isEmpty(),
                "headers.added", !n.getIncreased().isEmpty()));
        core(ChangedHeader.class, n -> flags("required", n.isRequired(), "deprecated", n.isDeprecated(),
                "style", n.isStyle(), "explode", n.isExplode()));
        core(ChangedSchema.class, n -> flags("type", n.isChangedType(), "format", n.isChangeFormat(),
                "default", n.isChangeDefault(), "properties.added", !n.getIncreasedProperties().isEmpty(),
                "properties.removed", !n.getMissingProperties().isEmpty(), "deprecated", n.isChangeDeprecated(),
                "discriminator", n.isDiscriminatorPropertyChanged(),
                "presence", (n.getOldSchema() == null) != (n.getNewSchema() == null)));
        core(ChangedExtensions.class, n -> flags("extensions.removed", !n.getMissing().isEmpty(),
                "extensions.added", !n.getIncreased().isEmpty()));
        core(ChangedSecurityRequirements.class, n -> flags("requirements.removed", notEmpty(n.getMissing()),
                "requirements.added", notEmpty(n.getIncreased())));
        core(ChangedSecurityRequirement.class, n -> flags("schemes.removed", n.getMissing() != null,
                "schemes.added", n.getIncreased() != null));
        core(ChangedSecurityScheme.class, n -> flags("type", n.isChangedType(), "in", n.isChangedIn(),
                "scheme", n.isChangedScheme(), "bearerFormat", n.isChangedBearerFormat(),
                "openIdConnectUrl", n.isChangedOpenIdConnectUrl(),
                "scopes", n.getChangedScopes() != null && n.getChangedScopes().isDifferent()));
        core(ChangedOneOfSchema.class, n -> flags("oneOf.removed", !n.getMissing().isEmpty(),
                "oneOf.added", !n.getIncreased().isEmpty(), "mapping", !java.util.Objects.equals(n.getOldMapping(), n.getNewMapping())));
        core(ChangedOAuthFlows.class, n -> List.of());
        core(ChangedOAuthFlow.class, n -> flags("authorizationUrl", n.isAuthorizationUrl(), "tokenUrl", n.isTokenUrl(),
                "refreshUrl", n.isRefreshUrl()));
        core(ChangedPaths.class, n -> flags("paths.removed", !n.getMissing().isEmpty(), "paths.added", !n.getIncreased().isEmpty()));
        core(ChangedPath.class, n -> flags("operations.removed", !n.getMissing().isEmpty(),
                "operations.added", !n.getIncreased().isEmpty()));
    }

    private ChangeAspects() {
    }

    /** The composite classes this table knows (a test compares them with openapi-diff's model). */
    static Set<Class<?>> knownComposites() {
        return CORE.keySet();
    }

    /** The changed core aspects of a composite node. */
    static List<String> of(ComposedChanged node) {
        Function<Object, List<String>> aspects = CORE.get(node.getClass());
        if (aspects != null) {
            return aspects.apply(node);
        }
        return node.isCoreChanged().isDifferent() ? List.of("core") : List.of();
    }

    /**
     * The names openapi-diff files children under (a property, a status, a media type, a
     * header), by child, found through the node's {@code getChanged*} maps.
     */
    static Map<Object, String> childKeys(Object node) {
        Map<Object, String> keys = new java.util.IdentityHashMap<>();
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getName().startsWith("getChanged") && getter.getParameterCount() == 0
                    && Map.class.isAssignableFrom(getter.getReturnType())) {
                try {
                    Map<?, ?> children = (Map<?, ?>) getter.invoke(node);
                    if (children != null) {
                        String kind = getter.getName().equals("getChangedProperties") ? "property" : null;
                        children.forEach((key, child) -> keys.put(child, (kind != null ? kind : name(child)) + " " + key));
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a getter we cannot call names nothing
                }
            }
        }
        if (node instanceof ChangedSchema schema && schema.getItems() != null) {
            keys.put(schema.getItems(), "items");
        }
        return keys;
    }

    /** A short name of a node for the path in a message: {@code ChangedSchema} is {@code schema}. */
    static String name(Object node) {
        String simple = node.getClass().getSimpleName().replaceFirst("^Changed", "");
        return simple.isEmpty() ? "change" : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** openapi-diff's own account of a difference: the node, the aspect, and old and new values where it has them. */
    static String describe(Object node, String aspect) {
        StringBuilder text = new StringBuilder(name(node));
        if (!aspect.isEmpty()) {
            text.append(' ').append(aspect);
        }
        String values = values(node);
        if (!values.isEmpty()) {
            text.append(' ').append(values);
        }
        return text.append(" changed").toString();
    }

    private static String values(Object node) {
        for (String[] pair : new String[][] {{"getOldValue", "getNewValue"}, {"getLeft", "getRight"},
                {"getOldPattern", "getNewPattern"}}) {
            try {
                Method before = node.getClass().getMethod(pair[0]);
                Method after = node.getClass().getMethod(pair[1]);
                return "(" + Text.oneLine(before.invoke(node), 80) + " -> " + Text.oneLine(after.invoke(node), 80) + ")";
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not this pair of accessors; try the next
            }
        }
        return "";
    }


    @SuppressWarnings("unchecked")
    private static <T> void core(Class<T> type, Function<T, List<String>> aspects) {
        CORE.put(type, n -> aspects.apply((T) n));
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    /** Alternating names and flags: the names whose flag is true. */
    private static List<String> flags(Object... namesAndFlags) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < namesAndFlags.length; i += 2) {
            if ((Boolean) namesAndFlags[i + 1]) {
                names.add((String) namesAndFlags[i]);
            }
        }
        return names;
    }
}
