package dev.contractgate.cli;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --spec}, shared by the commands that read one spec (a picocli mixin). Given, it is the
 * file to read. Not given, it is {@code openapi/agent-tokens.yaml} when run in this repository,
 * else the spec this CLI was released with (bundled from the {@code agent-tokens-spec} artifact),
 * so {@code java -jar contract-gate-cli-…-all.jar lint} works from any directory.
 */
final class SpecOption {

    static final String DEFAULT_SPEC = "openapi/agent-tokens.yaml";
    /** The spec inside the agent-tokens-spec artifact on the class path. */
    static final String BUNDLED = "agent-tokens.yaml";

    @Option(names = "--spec", paramLabel = "SPEC",
            description = "The OpenAPI 3 spec (YAML or JSON); default: " + DEFAULT_SPEC
                    + " in this repository, else the spec this CLI was released with.")
    Path spec;

    SpecSource load() {
        return load(spec);
    }

    /** The path the reports name: the file given, or where the default came from. */
    String describe() {
        return spec != null ? spec.toString() : Files.isRegularFile(Path.of(DEFAULT_SPEC)) ? DEFAULT_SPEC
                : "the bundled " + BUNDLED + " (" + Version.text() + ")";
    }

    static SpecSource load(Path spec) {
        if (spec != null) {
            return SpecSource.load(spec); // missing, unreadable or non-OpenAPI-3: BadInputException
        }
        Path inRepository = Path.of(DEFAULT_SPEC);
        if (Files.isRegularFile(inRepository)) {
            return SpecSource.load(inRepository);
        }
        return bundled();
    }

    /** The spec released with this CLI. */
    static SpecSource bundled() {
        try (InputStream in = SpecOption.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new BadInputException("no --spec given and no " + DEFAULT_SPEC + " here, and this CLI carries no"
                        + " bundled spec: pass --spec with the path of an OpenAPI 3 file");
            }
            return SpecSource.parse(Path.of(BUNDLED), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException("cannot read the bundled spec: " + e.getMessage(), e);
        }
    }
}
