package dev.contractgate.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultProxyTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer upstream;

    @BeforeEach
    void startAnUpstreamThatEchoesTheRequest() throws Exception {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            String echo = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " auth="
                    + exchange.getRequestHeaders().getFirst("Authorization") + " body="
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] bytes = echo.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        upstream.start();
    }

    @AfterEach
    void stopTheUpstream() {
        upstream.stop(0);
    }

    private URI upstreamUrl() {
        return URI.create("http://127.0.0.1:" + upstream.getAddress().getPort());
    }

    private HttpResponse<String> send(URI base, String method, String pathAndQuery, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void passes_method_path_query_and_body_through_unchanged_without_a_fault() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(upstreamUrl(), Fault.NONE)) {
            HttpResponse<String> r = send(proxy.url(), "POST", "/a/b?x=1&y=2", "{\"k\":1}");

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("POST /a/b?x=1&y=2 auth=null body={\"k\":1}");
            assertThat(r.headers().firstValue("Content-Type")).contains("text/plain");
        }
    }

    @Test
    void lets_the_fault_change_the_request_on_its_way_up() throws Exception {
        Fault fault = PlantedFaults.named("missing-token-accepted", Credentials.mockServerDefaults()).orElseThrow().fault();
        try (FaultProxy proxy = FaultProxy.start(upstreamUrl(), fault)) {
            assertThat(send(proxy.url(), "GET", "/x", null).body()).contains("auth=Bearer dev-token");
        }
    }

    @Test
    void answers_502_with_the_reason_when_the_upstream_cannot_be_reached() throws Exception {
        URI nowhere = upstreamUrl();
        upstream.stop(0);
        try (FaultProxy proxy = FaultProxy.start(nowhere, Fault.NONE)) {
            HttpResponse<String> r = send(proxy.url(), "GET", "/x", null);

            assertThat(r.statusCode()).isEqualTo(502);
            assertThat(r.body()).startsWith("fault-server: upstream " + nowhere + " did not answer");
        }
    }
}
