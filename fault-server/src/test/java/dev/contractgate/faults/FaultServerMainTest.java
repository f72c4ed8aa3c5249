package dev.contractgate.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FaultServerMainTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new FaultServerMain()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void lists_every_fault_of_the_catalogue_with_its_description() {
        Run run = run("--list");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(PlantedFaults.catalogue(Credentials.mockServerDefaults()).size());
        assertThat(run.out()).contains("read-drops-shortToken").contains("leaves out the required shortToken");
    }

    @Test
    void refuses_an_unknown_fault_with_exit_2_and_says_where_to_look() {
        Run run = run("--target", "http://127.0.0.1:9", "--fault", "nonsense");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown fault 'nonsense'").contains("--list");
    }

    @Test
    void refuses_to_start_without_a_target_with_exit_2() {
        Run run = run("--fault", "none");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--target URL is required");
    }
}
