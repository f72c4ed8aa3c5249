package dev.contractgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of the security suite (the CLI's UntrustedInputsTest) that the issue saw in the plugin
 * too: its {@code gate} goal must not send a token to a host a pact names, and its {@code lint} goal
 * must not write a report through a link a pull request planted.
 */
class UntrustedInputsGoalsTest {

    @TempDir
    Path dir;

    @Test
    void the_gate_goal_refuses_a_pact_path_that_names_another_host_and_nothing_connects_there() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                while (!trap.isClosed()) {
                    try (Socket ignored = trap.accept()) {
                        connections.incrementAndGet();
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            Path pacts = Files.createDirectories(dir.resolve("pacts"));
            String clean = Files.readString(Path.of(getClass().getResource("/pacts/clean/fixture-consumer-agent-token-api.json").toURI()));
            String stealing = clean.replaceFirst("\"path\"\\s*:\\s*\"[^\"]*\"", "\"path\": \"@127.0.0.1:" + trap.getLocalPort() + "/steal\"");
            assertThat(stealing).as("the fixture has a path to replace").isNotEqualTo(clean);
            Files.writeString(pacts.resolve("steal.json"), stealing);
            GateGoal gate = new GateGoal();
            gate.reportDir = dir.resolve("reports").toFile();
            gate.pacts = pacts.toFile();
            gate.mock = true;

            assertThatThrownBy(gate::execute).isInstanceOf(MojoExecutionException.class)
                    .hasMessageContaining("not an absolute path");
            assertThat(connections.get()).as("connections to the host the pact named").isZero();
        }
    }

    @Test
    void the_lint_goal_refuses_a_report_file_that_is_a_link_and_leaves_what_it_names_alone() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.createSymbolicLink(reports.resolve("contract-report.md"), victim);
        LintGoal lint = new LintGoal();
        lint.reportDir = reports.toFile();

        assertThatThrownBy(lint::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("symbolic link");
        assertThat(victim).hasContent("precious");
    }
}
