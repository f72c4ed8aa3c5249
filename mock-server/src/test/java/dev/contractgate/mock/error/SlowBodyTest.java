package dev.contractgate.mock.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.mock.MockServerApplication;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Clients that drip their request bodies cannot take the server from everyone else. */
class SlowBodyTest {

    private static final String TOKENS = "/organizations/clmslowbodyorg00000000001/deployments/clmslowbodydep00000000001/agent-tokens";

    private static ConfigurableApplicationContext context;
    private static int port;

    @BeforeAll
    static void start() {
        context = MockServerApplication.start("--port", "0", "--quiet", "--mock.body-deadline-millis=1500",
                "--server.tomcat.connection-timeout=1500ms");
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** Opens a connection and sends the headers of a POST whose 40-byte body has not come yet. */
    private static Socket startDripping() throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(15_000);
        socket.getOutputStream().write(("POST " + TOKENS + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer dev-token\r\n"
                + "Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** One HTTP response: its head, then as many body bytes as its Content-Length says. */
    private static String response(InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int headEnd = -1;
        int length = 0;
        int b;
        while ((b = in.read()) >= 0) {
            bytes.write(b);
            String text = bytes.toString(StandardCharsets.UTF_8);
            if (headEnd < 0 && text.endsWith("\r\n\r\n")) {
                headEnd = text.length();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
                length = m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
            if (headEnd >= 0 && bytes.size() >= headEnd + length) {
                break;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_body_that_drips_past_the_deadline_gets_408_with_the_error_body() throws Exception {
        try (Socket socket = startDripping()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 8; i++) { // one byte every 400 ms: 3.2 s of body, past the 1.5 s deadline
                Thread.sleep(400);
                try {
                    out.write(' ');
                    out.flush();
                } catch (java.io.IOException closedByTheServer) {
                    break;
                }
            }
            String answer = response(in);

            assertThat(answer).startsWith("HTTP/1.1 408").contains("\"statusCode\":408").contains("did not arrive within 1500 ms");
        }
    }

    @Test
    void a_normal_request_is_served_while_twenty_slow_bodies_are_open() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                slow.add(startDripping());
            }
            Thread.sleep(200); // the slow requests are now in the server, waiting for their bodies
            assertThat(normalListStatus()).isEqualTo(200);
        } finally {
            closeAll(slow);
        }
    }

    @Test
    void a_normal_request_is_served_at_once_while_a_hundred_slow_bodies_are_open() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                slow.add(startDripping());
            }
            Thread.sleep(300);
            long started = System.nanoTime();
            assertThat(normalListStatus()).isEqualTo(200);
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms to serve a list").isLessThan(1_000);
            int refused = 0;
            for (Socket socket : slow) {
                socket.setSoTimeout(3_000);
                try {
                    if (response(socket.getInputStream()).contains("bodies are already arriving slowly")) {
                        refused++;
                    }
                } catch (java.net.SocketTimeoutException stillWaiting) {
                    // one of the few slow bodies the server still waits for
                }
            }
            assertThat(refused).as("slow bodies beyond the few the server waits for are refused at once").isGreaterThan(50);
        } finally {
            closeAll(slow);
        }
    }

    private static int normalListStatus() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + TOKENS))
                .timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer dev-token").GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void closeAll(List<Socket> sockets) throws java.io.IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    /** Opens a connection and sends half of a request's headers. */
    private static Socket startSlowHeaders() throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(15_000);
        socket.getOutputStream().write(("GET " + TOKENS + " HTTP/1.1\r\nHost: localhost\r\nAuthoriz")
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    @Test
    void a_normal_request_is_served_while_twenty_slow_headers_and_twenty_slow_bodies_are_open() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                slow.add(startSlowHeaders());
                slow.add(startDripping());
            }
            Thread.sleep(200);
            assertThat(normalListStatus()).isEqualTo(200);
        } finally {
            closeAll(slow);
        }
    }

    @Test
    void a_connection_that_stops_in_its_headers_is_closed_after_the_connection_timeout() throws Exception {
        try (Socket socket = startSlowHeaders()) {
            long start = System.nanoTime();
            int read = socket.getInputStream().read(); // blocks until the server gives up on the headers

            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(read).as("closed without an answer, or a 4xx; never kept open").isIn(-1, (int) 'H');
            assertThat(waitedMillis).as("closed after server.tomcat.connection-timeout (1.5 s here)").isBetween(1000L, 10_000L);
        }
    }

    @Test
    void a_body_sent_at_once_is_still_read_whole() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + TOKENS))
                .header("Authorization", "Bearer dev-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"sent at once ✓\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("sent at once ✓");
    }
}
