package dev.contractgate.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fault-injecting server: a small HTTP proxy in front of a correct implementation that passes
 * every request on and lets one {@link Fault} change the request or the response on the way.
 * When the upstream cannot be reached, or a fault itself breaks, it answers 502 with a plain
 * reason, so a broken set-up is never mistaken for a fault of the server under test.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection",
            "transfer-encoding", "keep-alive", "upgrade", "expect", "date");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI target;
    private final Fault fault;

    private FaultProxy(URI target, Fault fault, InetSocketAddress bind) throws IOException {
        this.target = URI.create(target.toString().replaceAll("/+$", ""));
        this.fault = fault;
        this.server = HttpServer.create(bind, 0);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    /** Starts a proxy to {@code target} on a free port of 127.0.0.1. */
    public static FaultProxy start(URI target, Fault fault) throws IOException {
        return start(target, fault, new InetSocketAddress("127.0.0.1", 0));
    }

    public static FaultProxy start(URI target, Fault fault, InetSocketAddress bind) throws IOException {
        return new FaultProxy(target, fault, bind);
    }

    public URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            ProxiedRequest request = new ProxiedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ProxiedResponse response;
            try {
                response = fault.handle(request, this::forward);
            } catch (RuntimeException e) {
                response = new ProxiedResponse(502, Map.of("content-type", "text/plain"),
                        "fault-server: " + e.getMessage());
            }
            write(exchange, response);
        }
    }

    private static void write(HttpExchange exchange, ProxiedResponse response) throws IOException {
        response.headers().forEach((k, v) -> {
            if (!HOP_HEADERS.contains(k)) {
                exchange.getResponseHeaders().set(k, v);
            }
        });
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private ProxiedResponse forward(ProxiedRequest request) {
        String uri = target + request.path() + (request.query() == null ? "" : "?" + request.query());
        HttpRequest.Builder up = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach((k, v) -> {
            if (!HOP_HEADERS.contains(k)) {
                up.header(k, v);
            }
        });
        try {
            HttpResponse<String> r = client.send(up.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            return new ProxiedResponse(r.statusCode(), headers, r.body());
        } catch (IOException e) {
            throw new IllegalStateException("upstream " + target + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
