package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A fault-injecting server for tests: a small proxy on 127.0.0.1 in front of the real mock
 * server that passes every request on and lets one {@link Fault} change the request or the
 * response on the way.
 */
final class FaultProxy implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    record Request(String method, String path, String query, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        Request withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            if (value == null) {
                h.remove(name.toLowerCase(Locale.ROOT));
            } else {
                h.put(name.toLowerCase(Locale.ROOT), value);
            }
            return new Request(method, path, query, h, body);
        }

        Request withQuery(String newQuery) {
            return new Request(method, path, newQuery, headers, body);
        }
    }

    record Response(int status, Map<String, String> headers, String body) {
        Response withStatus(int newStatus) {
            return new Response(newStatus, headers, body);
        }

        Response withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name.toLowerCase(Locale.ROOT), value);
            return new Response(status, h, body);
        }

        Response withBody(String newBody) {
            return new Response(status, headers, newBody);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One planted fault: change the request before it goes up, the response after, or both. */
    interface Fault {
        Response handle(Request request, Function<Request, Response> upstream);
    }

    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "transfer-encoding",
            "keep-alive", "upgrade", "expect", "date");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI target;

    FaultProxy(URI target, Fault fault) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> serve(exchange, fault));
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void serve(HttpExchange exchange, Fault fault) throws IOException {
        try (exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Response response = fault.handle(request, this::forward);
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
    }

    private Response forward(Request request) {
        String uri = target + request.path() + (request.query() == null ? "" : "?" + request.query());
        HttpRequest.Builder up = HttpRequest.newBuilder(URI.create(uri)).method(request.method(),
                request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
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
            return new Response(r.statusCode(), headers, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
