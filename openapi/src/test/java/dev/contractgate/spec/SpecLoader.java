package dev.contractgate.spec;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.nio.file.Files;
import java.nio.file.Path;

/** Parses a spec file with swagger-parser, keeping internal $refs so the checks can see them. */
final class SpecLoader {
    private SpecLoader() {
    }

    /** The spec the build generates code from, named by system property {@code contract.spec}. */
    static Path mainSpec() {
        String path = System.getProperty("contract.spec");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("system property contract.spec is not set: run the tests through Maven");
        }
        return Path.of(path);
    }

    /** A spec broken on purpose, from the test resources' {@code broken/} folder. */
    static Path brokenSpec(String name) {
        java.net.URL url = SpecLoader.class.getResource("/broken/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource broken/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("bad test resource URL " + url, e);
        }
    }

    static SwaggerParseResult parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist");
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readLocation(file.toUri().toString(), null, options);
    }
}
