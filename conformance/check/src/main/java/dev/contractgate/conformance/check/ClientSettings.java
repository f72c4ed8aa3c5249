package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a reproducer needs to know of the generated Java client: its packages and renamed models, as
 * written in the generator's configuration file that every client jar of this toolkit carries
 * ({@value #RESOURCE}). Read from the class path: the CLI and the plugin ship the client.
 */
record ClientSettings(String invokerPackage, String apiPackage, String modelPackage, Map<String, String> modelNames) {

    static final String RESOURCE = "META-INF/contract-gate/client-generator.yaml";

    ClientSettings {
        modelNames = Map.copyOf(modelNames);
    }

    /** The settings of the client on the class path, if one is there and readable. */
    static Optional<ClientSettings> onClassPath() {
        try (InputStream in = ClientSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static ClientSettings read(InputStream yaml) throws IOException {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        String invoker = config.path("invokerPackage").asText("org.openapitools.client");
        Map<String, String> names = new HashMap<>();
        config.path("modelNameMappings").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        return new ClientSettings(invoker, config.path("apiPackage").asText(invoker + ".api"),
                config.path("modelPackage").asText(invoker + ".model"), names);
    }
}
