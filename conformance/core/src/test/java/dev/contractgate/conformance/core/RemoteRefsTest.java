package dev.contractgate.conformance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With --allow-remote-refs, a remote document is followed when it answers in time, and refused when it does not. */
class RemoteRefsTest {

    private static final Path SPEC = Path.of("specs/remote.yaml");
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private static String specReferring(String url) {
        return "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths:\n  /x:\n    get:\n      responses:\n"
                + "        '200':\n          description: ok\n          content:\n            application/json:\n"
                + "              schema:\n                $ref: '" + url + "#/Thing'\n";
    }

    @Test
    void a_remote_document_that_answers_is_followed_when_allowed() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/shared.yaml", exchange -> {
            byte[] body = "Thing:\n  type: object\n  required: [id]\n  properties:\n    id: {type: string}\n"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (RemoteRefs.Scope ignored = RemoteRefs.allow(TIMEOUT)) {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/shared.yaml";

            SpecSource spec = SpecSource.parse(SPEC, specReferring(url));

            assertThat(spec.openApi().getComponents().getSchemas()).containsKey("Thing");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_remote_document_that_never_answers_is_bad_input_within_the_timeout() throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepted, never answered
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/shared.yaml";
            long started = System.nanoTime();

            try (RemoteRefs.Scope ignored = RemoteRefs.allow(TIMEOUT)) {
                assertThatThrownBy(() -> SpecSource.parse(SPEC, specReferring(url))).isInstanceOf(BadInputException.class)
                        .hasMessageContaining(url).hasMessageContaining("remote.yaml:").hasMessageContaining("within 1000 ms");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plusSeconds(3));
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void without_the_opt_in_the_same_reference_is_refused_and_names_the_flag() {
        assertThatThrownBy(() -> SpecSource.parse(SPEC, specReferring("http://127.0.0.1:9/shared.yaml")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--allow-remote-refs");
        assertThat(RemoteRefs.allowedTimeout()).isNull();
    }
}
