package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A regenerated client that loses a method is reported, by class and method. */
class ClientCompatTest {

    @TempDir
    Path dir;

    private static final String OLD_API = """
            package client.api;
            public class AgentTokenApi {
                public String getAgentToken(String organizationId, String id) { return id; }
                public String getShortToken(String id) { return id; }
            }
            """;

    private static final String NEW_API = """
            package client.api;
            public class AgentTokenApi {
                public String getAgentToken(String organizationId, String id) { return id; }
            }
            """;

    @Test
    void regenerated_client_that_loses_a_method_is_binary_incompatible() throws IOException {
        List<CheckRecord> checks = new ClientCompat().compare(jar("old", OLD_API), jar("new", NEW_API));

        assertThat(checks).flatExtracting(CheckRecord::findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ClientCompat.BINARY_INCOMPATIBLE);
            assertThat(f.message()).contains("client.api.AgentTokenApi#getShortToken(java.lang.String)");
        });
    }

    @Test
    void client_that_gains_a_method_stays_compatible() throws IOException {
        List<CheckRecord> checks = new ClientCompat().compare(jar("old", NEW_API), jar("new", OLD_API));
        assertThat(checks).isNotEmpty().allMatch(CheckRecord::passed);
    }

    @Test
    void client_findings_fail_the_diff_run() throws IOException {
        SpecSource spec = SpecSource.load(RuleFixtures.resource("rules/diff.response.field-removed_base.yaml"));
        RunResult result = new SpecDiff().diff(spec, spec,
                DiffOptions.defaults().withClientJars(jar("old", OLD_API), jar("new", NEW_API)));
        assertThat(result.findings()).extracting(Finding::rule).containsExactly(ClientCompat.BINARY_INCOMPATIBLE);
        assertThat(result.exitCode()).isEqualTo(1);
    }

    private Path jar(String name, String source) throws IOException {
        Path src = Files.createDirectories(dir.resolve(name + "-src/client/api")).resolve("AgentTokenApi.java");
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, "-d", classes.toString(), src.toString())).isZero();
        Path jar = dir.resolve(name + "-client.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
