package dev.contractgate.conformance.lint;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** Follows local {@code #/components/...} references of the parsed model. */
final class Refs {

    private Refs() {
    }

    static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    static ApiResponse response(OpenAPI api, ApiResponse response) {
        Components components = api.getComponents();
        if (response == null || response.get$ref() == null || components == null || components.getResponses() == null) {
            return response;
        }
        ApiResponse target = components.getResponses().get(name(response.get$ref()));
        return target == null ? response : target;
    }

    static Parameter parameter(OpenAPI api, Parameter parameter) {
        Components components = api.getComponents();
        if (parameter == null || parameter.get$ref() == null || components == null || components.getParameters() == null) {
            return parameter;
        }
        Parameter target = components.getParameters().get(name(parameter.get$ref()));
        return target == null ? parameter : target;
    }
}
