package dev.contractgate.conformance.diff;

import java.util.Map;

/**
 * What a node of an OpenAPI 3.0 document is, by where it sits: the small grammar the structural
 * diff walks with, so that {@code properties/description} is a property named "description"
 * and not a schema's description. A typed object ({@link #isObject()}) owns its keywords; a
 * container (a map or list of typed objects) hands its members the member slot.
 */
enum Slot {
    ROOT, INFO, SERVER, TAG, PATH_ITEM, OPERATION, PARAMETER, REQUEST_BODY, MEDIA_TYPE, RESPONSE, HEADER, LINK,
    SCHEMA, SECURITY_SCHEME, EXAMPLE, COMPONENTS,
    /** An {@code x-} extension's value, or a part of the document this grammar does not type: compared as data. */
    DATA,
    // containers: maps or lists of one kind of typed object
    PATHS, SERVERS, TAGS, PARAMETERS, CONTENT, RESPONSES, HEADERS, LINKS, SCHEMAS, SCHEMA_LIST,
    SECURITY_SCHEMES, EXAMPLES, REQUEST_BODIES;

    private static final Map<Slot, Slot> MEMBER = Map.ofEntries(
            Map.entry(PATHS, PATH_ITEM), Map.entry(SERVERS, SERVER), Map.entry(TAGS, TAG),
            Map.entry(PARAMETERS, PARAMETER), Map.entry(CONTENT, MEDIA_TYPE), Map.entry(RESPONSES, RESPONSE),
            Map.entry(HEADERS, HEADER), Map.entry(LINKS, LINK), Map.entry(SCHEMAS, SCHEMA),
            Map.entry(SCHEMA_LIST, SCHEMA), Map.entry(SECURITY_SCHEMES, SECURITY_SCHEME),
            Map.entry(EXAMPLES, EXAMPLE), Map.entry(REQUEST_BODIES, REQUEST_BODY));

    boolean isObject() {
        return !MEMBER.containsKey(this) && this != DATA;
    }

    boolean isContainer() {
        return MEMBER.containsKey(this);
    }

    /** The slot of a container's members. */
    Slot member() {
        return MEMBER.getOrDefault(this, DATA);
    }

    /** The slot of the value under {@code key} of a typed object of this slot. */
    Slot child(String key) {
        if (key.startsWith("x-")) {
            return DATA;
        }
        return switch (this) {
            case ROOT -> switch (key) {
                case "info" -> INFO;
                case "servers" -> SERVERS;
                case "paths" -> PATHS;
                case "components" -> COMPONENTS;
                case "tags" -> TAGS;
                default -> DATA;
            };
            case PATH_ITEM -> switch (key) {
                case "get", "put", "post", "delete", "options", "head", "patch", "trace" -> OPERATION;
                case "parameters" -> PARAMETERS;
                case "servers" -> SERVERS;
                default -> DATA;
            };
            case OPERATION -> switch (key) {
                case "parameters" -> PARAMETERS;
                case "requestBody" -> REQUEST_BODY;
                case "responses" -> RESPONSES;
                case "servers" -> SERVERS;
                default -> DATA;
            };
            case PARAMETER, HEADER -> switch (key) {
                case "schema" -> SCHEMA;
                case "content" -> CONTENT;
                case "examples" -> EXAMPLES;
                default -> DATA;
            };
            case REQUEST_BODY -> "content".equals(key) ? CONTENT : DATA;
            case MEDIA_TYPE -> switch (key) {
                case "schema" -> SCHEMA;
                case "examples" -> EXAMPLES;
                default -> DATA;
            };
            case RESPONSE -> switch (key) {
                case "headers" -> HEADERS;
                case "content" -> CONTENT;
                case "links" -> LINKS;
                default -> DATA;
            };
            case SCHEMA -> switch (key) {
                case "properties" -> SCHEMAS;
                case "items", "not", "additionalProperties" -> SCHEMA;
                case "allOf", "oneOf", "anyOf" -> SCHEMA_LIST;
                default -> DATA;
            };
            case COMPONENTS -> switch (key) {
                case "schemas" -> SCHEMAS;
                case "responses" -> RESPONSES;
                case "parameters" -> PARAMETERS;
                case "headers" -> HEADERS;
                case "requestBodies" -> REQUEST_BODIES;
                case "securitySchemes" -> SECURITY_SCHEMES;
                case "links" -> LINKS;
                case "examples" -> EXAMPLES;
                default -> DATA;
            };
            default -> DATA;
        };
    }
}
