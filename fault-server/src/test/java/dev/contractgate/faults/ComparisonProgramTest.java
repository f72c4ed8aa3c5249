package dev.contractgate.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * benchmarks/specmatic/Compare.java is run as a single-file program by compare.sh, outside the
 * build; this keeps it compiling against the fault server's API as that API changes.
 */
class ComparisonProgramTest {

    @Test
    void the_specmatic_comparison_program_compiles_against_this_module(@TempDir Path out) throws Exception {
        Path program = Path.of("../benchmarks/specmatic/Compare.java");
        assertThat(program).exists();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        List<String> options = List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"), "-Xlint:none");
        boolean compiled = javac.getTask(messages, null, null, options, null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(program)).call();

        assertThat(compiled).as(messages.toString()).isTrue();
        assertThat(Files.exists(out.resolve("Compare.class"))).isTrue();
    }
}
