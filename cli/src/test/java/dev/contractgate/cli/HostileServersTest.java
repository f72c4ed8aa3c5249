package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code contract check} against servers that misbehave on the wire: each request ends within
 * {@code --timeout}, so no run outlives timeout × (requests + the reachability probe) + a few seconds,
 * and the run never passes.
 */
class HostileServersTest {

    private static final int TIMEOUT_SECONDS = 2;
    private static final int MAX_REQUESTS = 4;
    private static final String TOKEN = "s3cr3t-hostile-server-token";

    /** How a server misbehaves after reading a request. */
    enum Behaviour {
        /** accepts, reads, and never writes a byte */
        SILENT,
        /** sends headers promising a body, then nothing */
        STALLING,
        /** sends headers, then one body byte every 300 ms, forever */
        DRIPPING,
        /** sends headers, then a chunked body as fast as it can, forever */
        ENDLESS,
        /** echoes the request (and so the token) in a 200 body */
        ECHOING
    }

    /** A server on 127.0.0.1 and a free port that treats every connection as {@code behaviour} says. */
    private static final class HostileServer implements AutoCloseable {
        private final ServerSocket socket;
        private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "hostile-server");
            thread.setDaemon(true);
            return thread;
        });

        private final boolean probeAnswered;

        /** @param probeAnswered answer requests outside the API (the reachability probe) properly */
        HostileServer(Behaviour behaviour, boolean probeAnswered) throws IOException {
            this.probeAnswered = probeAnswered;
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            connections.submit(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket client = socket.accept();
                        connections.submit(() -> serve(client, behaviour, probeAnswered));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        private static void serve(Socket client, Behaviour behaviour, boolean probeAnswered) {
            try (client) {
                String request = readHead(client.getInputStream());
                OutputStream out = client.getOutputStream();
                if (probeAnswered && !request.contains(" /organizations/")) {
                    byte[] body = ascii("{\"message\":\"not found\",\"requestId\":\"r1\",\"statusCode\":404}");
                    out.write(ascii("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n"));
                    out.write(body);
                    return;
                }
                switch (behaviour) {
                    case SILENT -> Thread.sleep(600_000);
                    case STALLING -> {
                        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"));
                        out.flush();
                        Thread.sleep(600_000);
                    }
                    case DRIPPING -> {
                        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n["));
                        while (true) {
                            out.write(ascii("1,"));
                            out.flush();
                            Thread.sleep(300);
                        }
                    }
                    case ENDLESS -> {
                        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
                        byte[] chunk = ascii("2000\r\n" + "1,".repeat(4096) + "\r\n");
                        while (true) {
                            out.write(chunk);
                        }
                    }
                    case ECHOING -> {
                        byte[] body = ascii("{\"echo\":\"" + request.replace("\r\n", " ").replace("\"", "'") + "\"}");
                        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                                + "\r\nConnection: close\r\n\r\n"));
                        out.write(body);
                    }
                }
            } catch (IOException | InterruptedException gone) {
                // the client gave up, as it should
            }
        }

        private static String readHead(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                head.append((char) b);
                if (head.toString().endsWith("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString();
        }

        private static byte[] ascii(String s) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
            connections.shutdownNow();
        }
    }

    private static final class Run {
        final int exit;
        final String out;
        final String err;
        final double seconds;

        Run(String url) {
            StringWriter outText = new StringWriter();
            StringWriter errText = new StringWriter();
            long start = System.nanoTime();
            exit = Main.execute(new PrintWriter(outText, true), new PrintWriter(errText, true), "check", "--spec", CliRun.spec(),
                    "--base-url", url, "--token", TOKEN, "--timeout", String.valueOf(TIMEOUT_SECONDS),
                    "--max-requests", String.valueOf(MAX_REQUESTS));
            seconds = (System.nanoTime() - start) / 1e9;
            out = outText.toString();
            err = errText.toString();
        }
    }

    private static void assertBoundedAndNeverPassed(Run run) {
        assertThat(run.seconds).as("seconds; bound: timeout x (requests + probe) + 5")
                .isLessThan(TIMEOUT_SECONDS * (MAX_REQUESTS + 1) + 5.0);
        assertThat(run.exit).as("never a pass; stderr: %s", run.err).isIn(1, 2);
        assertThat(run.out + run.err).doesNotContain(TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Behaviour.class, names = {"SILENT", "STALLING", "DRIPPING", "ENDLESS"})
    void a_probe_the_server_never_finishes_is_one_line_naming_the_server_within_the_timeout(Behaviour behaviour) throws Exception {
        try (HostileServer server = new HostileServer(behaviour, false)) {
            Run run = new Run(server.url());

            assertBoundedAndNeverPassed(run);
            assertThat(run.exit).isEqualTo(2);
            assertThat(run.err.strip().lines()).as("one line").hasSize(1);
            assertThat(run.err).contains(server.url());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Behaviour.class)
    void api_requests_the_server_never_finishes_each_end_within_the_timeout_as_request_failed(Behaviour behaviour) throws Exception {
        try (HostileServer server = new HostileServer(behaviour, true)) {
            Run run = new Run(server.url());

            assertBoundedAndNeverPassed(run);
            assertThat(run.exit).as("findings, not bad input: the server is reachable; stdout: %s", run.out).isEqualTo(1);
            if (behaviour != Behaviour.ECHOING) {
                assertThat(run.out).contains("request.failed");
            }
        }
    }
}
