package dev.contractgate.mock.junit5;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Manifest;

/**
 * The mock server as a child process: found, started on a free port, waited for, stopped. Public
 * for the Maven plugin's {@code mock-start} goal, which launches it from the plugin's class path.
 */
public final class MockServerProcess implements AutoCloseable {

    /** A system property naming the mock server jar, instead of finding it on the class path. */
    static final String JAR_PROPERTY = "contractgate.mock.jar";
    private static final String START_CLASS = "dev.contractgate.mock.MockServerApplication";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final String baseUrl;

    private MockServerProcess(Process process, Path log, String baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    static MockServerProcess start() {
        Path jar = locateJar();
        SpecMatch.requireSameSpec(jar, MockServerProcess.class.getClassLoader());
        return start(List.of("-jar", jar.toString()));
    }

    /**
     * Starts the mock server with these {@code java} arguments (e.g. {@code -jar JAR}, or
     * {@code -cp CLASSPATH dev.contractgate.mock.MockServerApplication}) on a free port, with its
     * admin endpoints on, and returns once it answers {@code /_health}.
     */
    public static MockServerProcess start(List<String> launch) {
        int port = freePort();
        Path log;
        Process process;
        try {
            log = Files.createTempFile("agent-token-mock-", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
            command.addAll(launch);
            command.addAll(List.of("--port", Integer.toString(port), "--admin", "--quiet"));
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the mock server: " + e.getMessage(), e);
        }
        MockServerProcess server = new MockServerProcess(process, log, "http://127.0.0.1:" + port);
        server.awaitHealthy();
        return server;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the mock server stopped while starting: " + tail());
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_health"))
                        .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while the mock server started", e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("the mock server did not answer /_health within " + START_TIMEOUT.toSeconds()
                + " s: " + tail());
    }

    /** The jar named by {@value #JAR_PROPERTY}, else the one on the class path whose manifest starts the mock server. */
    static Path locateJar() {
        String named = System.getProperty(JAR_PROPERTY);
        if (named != null && !named.isBlank()) {
            Path jar = Path.of(named);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(JAR_PROPERTY + "=" + named + " is not a file");
            }
            return jar;
        }
        try {
            Enumeration<URL> manifests = MockServerProcess.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                URL url = manifests.nextElement();
                try (InputStream in = url.openStream()) {
                    if (START_CLASS.equals(new Manifest(in).getMainAttributes().getValue("Start-Class"))
                            && url.toString().startsWith("jar:file:")) {
                        String file = url.toString().substring("jar:".length(), url.toString().indexOf("!/"));
                        return Path.of(URI.create(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the test class path: " + e.getMessage(), e);
        }
        throw new IllegalStateException("no mock server jar: add the test dependency dev.contractgate:mock-server,"
                + " or set -D" + JAR_PROPERTY + "=PATH");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port: " + e.getMessage(), e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary log left behind is harmless
        }
    }
}
