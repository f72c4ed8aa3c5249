package dev.contractgate.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generatedAnnotation override: every generated stub source names, in its @Generated annotation, the spec that built it. */
class GeneratedSourcesHeaderTest {

    private static final Path GENERATED = Paths.get("target/generated-sources/openapi/src/main/java");

    @Test
    void every_generated_source_carries_the_sha256_of_the_spec_it_was_built_from() throws Exception {
        Path spec = Paths.get(System.getProperty("contract.spec"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(spec)));
        List<Path> sources = javaSources();

        assertThat(sources).extracting(p -> p.getFileName().toString())
                .contains("AgentTokenApi.java", "ApiToken.java", "ApiError.java");
        for (Path source : sources) {
            String generated = Files.readAllLines(source).stream().filter(l -> l.startsWith("@Generated(")).findFirst()
                    .orElseThrow(() -> new AssertionError(source + " has no @Generated annotation"));
            assertThat(generated).as(source.toString())
                    .contains("generated from openapi/agent-tokens.yaml (SHA-256 " + sha + ")");
        }
    }

    @Test
    void no_generated_source_carries_a_generation_timestamp() throws Exception {
        for (Path source : javaSources()) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain("date =");
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(GENERATED)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
