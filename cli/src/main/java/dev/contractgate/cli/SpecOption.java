package dev.contractgate.cli;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecSource;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Loads the spec a command names; a missing or non-OpenAPI-3 file is a BadInputException (exit 2). */
final class SpecOption {

    static final String DEFAULT_SPEC = "openapi/agent-tokens.yaml";

    /** {@code openapi: 3.x} as a YAML key at the start of a line, or {@code "openapi": "3.x"} in JSON. */
    private static final Pattern OPENAPI_3 = Pattern.compile("(?m)^\\s*[\"']?openapi[\"']?\\s*:\\s*[\"']?3\\.");

    private SpecOption() {
    }

    static SpecSource load(Path spec) {
        SpecSource source = SpecSource.load(spec);
        // swagger-parser falls back to its Swagger 2 converter and returns a model for any YAML map;
        // only a document that says `openapi: 3.x` is a spec here.
        if (!OPENAPI_3.matcher(source.text()).find()) {
            throw new BadInputException(spec + " is not an OpenAPI 3 document: no 'openapi: 3.x' field "
                    + "(pass --spec with an OpenAPI 3 YAML or JSON file)");
        }
        return source;
    }
}
