package dev.contractgate.conformance.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A spec read once per run and shared by every check: the parsed, {@code $ref}-resolved
 * model (swagger-parser), the parser's messages, the raw text and its line index.
 *
 * <p>{@link #load} fails with a {@link BadInputException} naming the file when it is
 * missing, unreadable or not an OpenAPI 3 document; parser messages on a document that did
 * parse are kept in {@link #parserMessages()} for lint to report.
 */
public final class SpecSource {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path path;
    private final String text;
    private final OpenAPI openApi;
    private final List<String> parserMessages;
    private final SpecLines lines;
    private volatile dev.contractgate.conformance.core.spec.SpecOperations operations;

    private SpecSource(Path path, String text, OpenAPI openApi, List<String> parserMessages) {
        this.path = path;
        this.text = text;
        this.openApi = openApi;
        this.parserMessages = List.copyOf(parserMessages);
        this.lines = SpecLines.index(text);
    }

    public static SpecSource load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("spec file not found: " + path
                    + " (pass --spec with the path of an OpenAPI 3 YAML or JSON file)");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read spec file " + path + ": " + e.getMessage(), e);
        }
        return parse(path, text);
    }

    /** Parses spec text that did not come from a file of its own (a git revision, a test). */
    public static SpecSource parse(Path nominalPath, String text) {
        SpecGuard.checkText(nominalPath, text);
        int remoteDocuments = requireOpenApi3Field(nominalPath, text);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = remoteDocuments == 0 ? new OpenAPIParser().readContents(text, null, options)
                : RemoteRefs.withinDeadline(() -> new OpenAPIParser().readContents(text, null, options),
                        RemoteRefs.allowedTimeout().multipliedBy(remoteDocuments + 1L), nominalPath);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        OpenAPI openApi = result.getOpenAPI();
        if (openApi == null || openApi.getOpenapi() == null || !openApi.getOpenapi().startsWith("3.")) {
            String why = messages.isEmpty() ? "no 'openapi: 3.x' field" : messages.get(0);
            throw new BadInputException(nominalPath + " is not an OpenAPI 3 document: " + why);
        }
        return new SpecSource(nominalPath, text, openApi, messages);
    }

    /**
     * swagger-parser falls back to its Swagger 2 converter and returns a model for almost any
     * YAML map, so the document itself must say {@code openapi: 3.x} at its top level.
     */
    private static int requireOpenApi3Field(Path nominalPath, String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new BadInputException(nominalPath + " is not YAML or JSON: "
                    + e.getMessage().lines().findFirst().orElse("") + " (pass --spec with an OpenAPI 3 file)", e);
        }
        JsonNode version = root == null ? null : root.get("openapi");
        if (version == null || !version.asText().startsWith("3.")) {
            throw new BadInputException(nominalPath + " is not an OpenAPI 3 document: no top-level 'openapi: 3.x' field"
                    + " (pass --spec with an OpenAPI 3 YAML or JSON file)");
        }
        if (!version.asText().startsWith("3.0")) {
            // 3.1 schemas are JSON Schema 2020-12 (type lists, null as a type, other keywords): the validator, the
            // diff and the generator of this release read 3.0's dialect, so a verdict would come from a misread spec
            throw new BadInputException(nominalPath + " is OpenAPI " + version.asText() + ": this release reads OpenAPI"
                    + " 3.0.x only (every engine: lint, pacts, check, diff, the generator); write the spec as openapi: 3.0.3");
        }
        PathKeys.check(nominalPath, root, text);
        SchemaWellFormed.check(nominalPath, root, text);
        return SpecGuard.checkRefs(nominalPath, root, text);
    }

    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    public OpenAPI openApi() {
        return openApi;
    }

    public List<String> parserMessages() {
        return parserMessages;
    }

    /** The operations of this spec, the one model every engine reads (built on first use, then shared). */
    public dev.contractgate.conformance.core.spec.SpecOperations operations() {
        dev.contractgate.conformance.core.spec.SpecOperations built = operations;
        if (built == null) {
            built = dev.contractgate.conformance.core.spec.SpecOperations.of(this);
            operations = built;
        }
        return built;
    }

    /** A location for a JSON pointer of this spec, with {@code file:line} filled in. */
    public SpecLocation locate(String pointer) {
        return new SpecLocation(pointer, path.toString(), lines.lineOf(pointer));
    }

    /** The JSON pointer of an operation: {@code /paths/~1organizations~1.../get}. */
    public static String operationPointer(String path, String method) {
        return "/paths/" + SpecLines.escape(path) + "/" + method.toLowerCase(java.util.Locale.ROOT);
    }
}
