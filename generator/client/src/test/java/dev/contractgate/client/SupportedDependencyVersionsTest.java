package dev.contractgate.client;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's pom promises version ranges of Jackson and jakarta.annotation-api; surefire runs the
 * client's tests once with the lowest and once with the newest versions of those ranges (executions
 * {@code supported-lowest} and {@code supported-newest}). This test proves each run really had the
 * versions it claims and that the generated sources compile against them.
 */
class SupportedDependencyVersionsTest {

    private static final Path GENERATED = Path.of("target/generated-sources/openapi/src/main/java");

    @Test
    void the_run_uses_the_jackson_version_it_was_asked_to_test() {
        String expected = System.getProperty("expected.jackson.version");
        assertThat(expected).as("system property expected.jackson.version, set by the surefire execution").isNotBlank();
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
        assertThat(com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString()).isEqualTo(expected);
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }

    @Test
    void the_run_uses_the_jakarta_annotation_version_it_was_asked_to_test() throws IOException {
        String expected = System.getProperty("expected.jakarta-annotation.version");
        assertThat(expected).as("system property expected.jakarta-annotation.version").isNotBlank();
        String jar = jarOf(jakarta.annotation.Nullable.class);
        assertThat(Path.of(jar).getFileName().toString()).isEqualTo("jakarta.annotation-api-" + expected + ".jar");
    }

    @Test
    void the_generated_client_compiles_against_the_versions_on_the_class_path(@TempDir Path classes) throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GENERATED)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toString()));
        }
        assertThat(sources).as("generated sources under " + GENERATED).hasSizeGreaterThan(10);
        String classPath = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("target/classes") && !entry.endsWith("target/classes/"))
                .reduce((a, b) -> a + java.io.File.pathSeparator + b).orElse("");

        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", classes.toString(), "-cp", classPath));
        arguments.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, null, errors, arguments.toArray(String[]::new));

        assertThat(exit).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(classes.resolve("dev/contractgate/client/api/AgentTokenApi.class")).exists();
    }

    private static String jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
