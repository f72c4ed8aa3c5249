package dev.contractgate.cli;

import dev.contractgate.conformance.core.SpecSource;
import java.nio.file.Path;

/** Loads the spec a command names; a missing or non-OpenAPI-3 file is a BadInputException (exit 2). */
final class SpecOption {

    static final String DEFAULT_SPEC = "openapi/agent-tokens.yaml";

    private SpecOption() {
    }

    static SpecSource load(Path spec) {
        return SpecSource.load(spec); // missing, unreadable or non-OpenAPI-3: BadInputException
    }
}
