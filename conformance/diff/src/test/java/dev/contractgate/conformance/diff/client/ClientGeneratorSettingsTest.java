package dev.contractgate.conformance.diff.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The regenerated client is built with the settings of generator/client/pom.xml, not a copy of them. */
class ClientGeneratorSettingsTest {

    private final ClientGeneratorSettings settings = ClientGeneratorSettings.read(ClientGeneratorSettings.findRepoRoot(Path.of("")));

    @Test
    void reads_the_client_generator_execution_of_the_build() {
        assertThat(settings.get("generatorName")).isEqualTo("java");
        assertThat(settings.get("library")).isEqualTo("native");
        assertThat(settings.get("apiPackage")).isEqualTo("dev.contractgate.client.api");
        assertThat(settings.get("modelNameMappings")).isEqualTo("Error=ApiError");
        assertThat(settings.configOptions()).containsEntry("serializationLibrary", "jackson");
    }

    @Test
    void resolves_the_template_directory_property_to_our_templates() {
        Path templates = Path.of(settings.get("templateDirectory"));
        assertThat(templates).isEqualTo(settings.repoRoot().resolve("templates/java-client"));
        assertThat(Files.isDirectory(templates)).isTrue();
    }

    @Test
    void a_value_with_an_unknown_property_is_left_out() {
        assertThat(ClientGeneratorSettings.resolve("${a}/x", Map.of("a", "${b}", "b", "root"))).isEqualTo("root/x");
        assertThat(ClientGeneratorSettings.resolve("${nope}", Map.of())).isNull();
    }
}
