package dev.contractgate.contracttests.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pact's state-change protocol: {@code POST {"state": ..., "params": {...}, "action": "setup"|"teardown"}}
 * to the provider's state-change URL (the mock server's is {@code /_admin/provider-states},
 * enabled with {@code --admin}). A non-2xx answer fails the interaction, naming the state.
 */
final class HttpStateChange implements StateHandler {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI uri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    HttpStateChange(URI uri) {
        this.uri = uri;
    }

    @Override
    public void setUp(String state, Map<String, Object> params) {
        post(state, params, "setup");
    }

    @Override
    public void tearDown(String state, Map<String, Object> params) {
        post(state, params, "teardown");
    }

    private void post(String state, Map<String, Object> params, String action) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        body.put("params", params);
        body.put("action", action);
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("state change '" + state + "' (" + action + ") at " + uri
                        + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write state change '" + state + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("state change URL " + uri + " unreachable for '" + state + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up state '" + state + "'", e);
        }
    }
}
