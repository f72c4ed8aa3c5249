package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contractgate.conformance.core.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every request ends within its timeout and a body limit, whatever the server does after its headers. */
class HttpRunnerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** A server that answers every connection with {@code behaviour}, on a thread of its own. */
    private static ServerSocket serve(Consumer<OutputStream> behaviour) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread t = new Thread(() -> {
                        try (socket) {
                            socket.getInputStream().read(new byte[8192]);
                            behaviour.accept(socket.getOutputStream());
                        } catch (IOException | RuntimeException ignored) {
                            // the client gave up: that is the point
                        }
                    });
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
        return server;
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Exchange get(ServerSocket server) {
        HttpRunner runner = new HttpRunner(URI.create("http://127.0.0.1:" + server.getLocalPort()), TIMEOUT, 10);
        return runner.send(HttpCall.of("GET", "/organizations/o/deployments/d/agent-tokens"));
    }

    @Test
    void a_server_that_sends_headers_then_drips_its_body_fails_the_request_within_the_timeout() throws Exception {
        try (ServerSocket server = serve(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n");
            for (int i = 0; i < 600; i++) {
                write(out, " ");
                sleep(100);
            }
        })) {
            long started = System.nanoTime();
            Exchange ex = get(server);
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            assertThat(ex.failed()).isTrue();
            assertThat(ex.failure()).contains("no complete response within 1000 ms");
            assertThat(millis).isLessThan(TIMEOUT.toMillis() + 2000);
        }
    }

    @Test
    void a_server_that_streams_without_end_fails_the_request_at_the_body_limit_or_the_timeout() throws Exception {
        String chunk = "x".repeat(64 * 1024);
        try (ServerSocket server = serve(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            while (true) {
                write(out, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            }
        })) {
            long started = System.nanoTime();
            Exchange ex = get(server);

            assertThat(ex.failed()).isTrue();
            assertThat(ex.failure()).containsAnyOf("larger than " + HttpRunner.MAX_BODY_BYTES, "no complete response");
            assertThat(Duration.ofNanos(System.nanoTime() - started).toMillis()).isLessThan(TIMEOUT.toMillis() + 2000);
        }
    }

    @Test
    void a_server_that_never_finishes_its_answer_to_the_reachability_probe_is_bad_input_within_the_timeout() throws Exception {
        try (ServerSocket server = serve(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n");
            sleep(60_000);
        })) {
            HttpRunner runner = new HttpRunner(URI.create("http://127.0.0.1:" + server.getLocalPort()), TIMEOUT, 10);
            long started = System.nanoTime();

            assertThatThrownBy(() -> runner.probe("/")).isInstanceOf(BadInputException.class).hasMessageContaining("gave no whole answer to the reachability probe within");
            assertThat(Duration.ofNanos(System.nanoTime() - started).toMillis()).isLessThan(TIMEOUT.toMillis() + 2000);
        }
    }
}
