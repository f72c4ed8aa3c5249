package dev.contractgate.conformance.diff.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * What japicmp cannot see: whether the old Java client can still <em>read</em> what a server
 * following the changed spec sends. For every component schema a response uses, bodies valid
 * under the changed spec ({@link ResponseSamples}) are read with the old jar's own model class
 * and its own object mapper; a body it cannot read is a {@code diff.client.runtime-incompatible}
 * error. One check per schema.
 */
public final class ClientRuntimeCompat {

    public static final String RULE = dev.contractgate.conformance.diff.DiffRules.CLIENT_RUNTIME_INCOMPATIBLE;

    public List<CheckRecord> check(Path oldJar, SpecSource changed) {
        Map<String, Set<String>> schemas = responseSchemas(changed);
        List<CheckRecord> checks = new ArrayList<>();
        try (OldClientLoader loader = new OldClientLoader(oldJar)) {
            ObjectMapper mapper = mapperOf(loader);
            ResponseSamples samples = new ResponseSamples(changed.openApi());
            for (Map.Entry<String, Set<String>> schema : schemas.entrySet()) {
                long started = System.nanoTime();
                Class<?> model;
                try {
                    model = loader.modelClass(schema.getKey());
                } catch (IllegalStateException unloadable) {
                    // the old client has the class but it does not load: the check did not run, which is never a pass
                    checks.add(new CheckRecord("client runtime", "old client reads " + schema.getKey() + " of the changed spec",
                            List.of(new Finding(RULE, Severity.ERROR, String.join(", ", schema.getValue()),
                                    changed.locate("/components/schemas/" + schema.getKey()),
                                    "could not check " + schema.getKey() + ": " + unloadable.getMessage(), Evidence.NONE)),
                            Duration.ofNanos(System.nanoTime() - started)));
                    continue;
                }
                if (model == null) {
                    continue; // the old client has no class for it (a schema new in the changed spec)
                }
                List<Finding> findings = new ArrayList<>();
                for (JsonNode sample : samples.of(changed.openApi().getComponents().getSchemas().get(schema.getKey()))) {
                    String failure = read(mapper, sample, model);
                    if (failure != null) {
                        findings.add(new Finding(RULE, Severity.ERROR, String.join(", ", schema.getValue()),
                                changed.locate("/components/schemas/" + schema.getKey()),
                                "the old client's " + model.getName() + " cannot read a " + schema.getKey()
                                        + " that is valid under the changed spec: " + failure,
                                new Evidence("response body valid under the changed spec: " + sample, "old client: " + failure)));
                        break;
                    }
                }
                checks.add(new CheckRecord("client runtime", "old client reads " + schema.getKey() + " of the changed spec",
                        findings, Duration.ofNanos(System.nanoTime() - started)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the old client jar " + oldJar, e);
        }
        return checks;
    }

    private static String read(ObjectMapper mapper, JsonNode sample, Class<?> model) {
        try {
            mapper.readValue(mapper.writeValueAsString(sample), model);
            return null;
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return e.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
        }
    }

    /** The old client's own mapper ({@code ApiClient.createDefaultObjectMapper()}), so its settings apply. */
    private static ObjectMapper mapperOf(OldClientLoader loader) {
        try {
            Class<?> apiClient = loader.classNamed("ApiClient");
            Object mapper = apiClient == null ? null : apiClient.getMethod("createDefaultObjectMapper").invoke(null);
            if (mapper instanceof ObjectMapper objectMapper) {
                return objectMapper;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not a native-library client: read with a plain mapper
        }
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Component schemas used by JSON responses, with the operations that answer with them. */
    private static Map<String, Set<String>> responseSchemas(SpecSource spec) {
        Map<String, Set<String>> schemas = new LinkedHashMap<>();
        if (spec.openApi().getPaths() == null) {
            return schemas;
        }
        for (PathItem item : spec.openApi().getPaths().values()) {
            for (Operation op : item.readOperations()) {
                for (ApiResponse response : op.getResponses() == null ? List.<ApiResponse>of() : op.getResponses().values()) {
                    ApiResponse resolved = resolve(spec, response);
                    if (resolved == null || resolved.getContent() == null) {
                        continue;
                    }
                    for (MediaType media : resolved.getContent().values()) {
                        Schema<?> schema = media.getSchema();
                        if (schema != null && schema.get$ref() != null) {
                            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                            schemas.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(op.getOperationId());
                        }
                    }
                }
            }
        }
        return schemas;
    }

    private static ApiResponse resolve(SpecSource spec, ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return spec.openApi().getComponents() == null || spec.openApi().getComponents().getResponses() == null
                ? null : spec.openApi().getComponents().getResponses().get(name);
    }

    /**
     * Loads the old jar's classes before any of the same name on our class path (the build's
     * own client may be there), and the libraries it uses (Jackson) from ours.
     */
    private static final class OldClientLoader extends java.net.URLClassLoader {

        private final List<String> classNames = new ArrayList<>();

        OldClientLoader(Path jar) throws IOException {
            super(new java.net.URL[] {jar.toUri().toURL()}, ClientRuntimeCompat.class.getClassLoader());
            try (JarFile file = new JarFile(jar.toFile())) {
                file.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                        .forEach(n -> classNames.add(n.substring(0, n.length() - ".class".length()).replace('/', '.')));
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && ownClass(name)) {
                    loaded = findClass(name);
                }
                if (loaded == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private boolean ownClass(String name) {
            String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            return classNames.contains(outer);
        }

        Class<?> classNamed(String simpleName) {
            return classNames.stream().filter(n -> n.endsWith("." + simpleName)).findFirst().map(this::load).orElse(null);
        }

        /** The model class of a schema: the class of its name, else the shortest whose name ends with it ({@code Error} -> {@code ApiError}). */
        Class<?> modelClass(String schema) {
            List<String> models = classNames.stream().filter(n -> n.contains(".model.")).toList();
            return models.stream().filter(n -> n.endsWith("." + schema)).findFirst()
                    .or(() -> models.stream().filter(n -> n.endsWith(schema)).min(Comparator.comparingInt(String::length)))
                    .map(this::load).orElse(null);
        }

        /** A class the old jar lists; one that does not load is an error, never "no such class". */
        private Class<?> load(String name) {
            try {
                return loadClass(name);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("the old client's class " + name + " does not load (" + e + ")", e);
            }
        }
    }
}
