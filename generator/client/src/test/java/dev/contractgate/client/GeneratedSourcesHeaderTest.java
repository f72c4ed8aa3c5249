package dev.contractgate.client;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The licenseInfo template override: every generated client source names the spec that built it. */
class GeneratedSourcesHeaderTest {

    private static final Path GENERATED = Paths.get("target/generated-sources/openapi/src/main/java");

    @Test
    void every_generated_source_carries_the_sha256_of_the_spec_it_was_built_from() throws Exception {
        String expected = "(SHA-256 " + sha256(Paths.get(System.getProperty("contract.spec"))) + ")";
        List<Path> sources = javaSources();

        assertThat(sources).hasSizeGreaterThanOrEqualTo(10);
        for (Path source : sources) {
            String head = String.join("\n", Files.readAllLines(source).subList(0, 8));
            assertThat(head).as(source.toString())
                    .startsWith("/*")
                    .contains("Generated from openapi/agent-tokens.yaml " + expected);
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

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
