package dev.contractgate.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The spring-stubs header override: every generated stub source names the spec that built it. */
class GeneratedStubsHeaderTest {

    private static final Path GENERATED = Path.of("target/generated-sources/openapi/src/main/java");

    @Test
    void every_generated_stub_source_starts_with_the_sha256_of_the_spec_it_was_built_from() throws Exception {
        String expected = "Generated from openapi/agent-tokens.yaml (SHA-256 " + sha256(specFile()) + ")";
        List<Path> sources = javaSources();

        assertThat(sources).as("generated stub sources").extracting(p -> p.getFileName().toString())
                .contains("AgentTokenApi.java", "ApiToken.java", "ApiError.java");
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            String head = String.join("\n", lines.subList(0, Math.min(8, lines.size())));
            assertThat(head).as(source.toString()).startsWith("/*").contains(expected);
        }
    }

    @Test
    void no_generated_stub_source_carries_a_generation_timestamp() throws Exception {
        for (Path source : javaSources()) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain("date =");
        }
    }

    private static Path specFile() {
        String spec = System.getProperty("contract.spec");
        assertThat(spec).as("system property contract.spec (set by surefire)").isNotBlank();
        return Path.of(spec);
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(GENERATED)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
