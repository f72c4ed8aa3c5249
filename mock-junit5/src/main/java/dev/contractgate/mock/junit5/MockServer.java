package dev.contractgate.mock.junit5;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running mock server, as a test sees it: where it is, the bearer tokens it accepts, and the
 * provider states it can be put in (through its admin endpoint, which needs no token).
 */
public final class MockServer {

    /** The mock server's public development token: accepted on every organization. */
    public static final String DEV_TOKEN = "dev-token";
    /** A token the mock server accepts only on {@link #RESTRICTED_ORGANIZATION} (403 elsewhere). */
    public static final String RESTRICTED_TOKEN = "dev-token-restricted";
    public static final String RESTRICTED_ORGANIZATION = "clmrestrictedorg000000001";
    /**
     * The admin endpoints and the provider state this class uses. Copies of the mock server's own values (this
     * jar does not load the mock server's classes): {@code FixedValuesTest} of the checker pins each to the original.
     */
    public static final String PROVIDER_STATES_PATH = "/_admin/provider-states";
    public static final String RESET_PATH = "/_admin/reset";
    public static final String HAS_AGENT_TOKENS = "deployment has agent tokens";

    private static final Pattern ID = Pattern.compile("\"([a-z0-9]{20,})\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    MockServer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code http://127.0.0.1:PORT}: the API's paths go right after it. */
    public String baseUrl() {
        return baseUrl;
    }

    public String devToken() {
        return DEV_TOKEN;
    }

    public String restrictedToken() {
        return RESTRICTED_TOKEN;
    }

    public String restrictedOrganization() {
        return RESTRICTED_ORGANIZATION;
    }

    /** Empties the store: no agent tokens anywhere. */
    public void reset() {
        post(RESET_PATH, "");
    }

    /** Puts exactly {@code count} agent tokens in a Deployment; returns their ids. */
    public List<String> givenAgentTokens(String organizationId, String deploymentId, int count) {
        String body = "{\"state\":\"" + HAS_AGENT_TOKENS + "\",\"action\":\"setup\",\"params\":{\"organizationId\":\""
                + json(organizationId) + "\",\"deploymentId\":\"" + json(deploymentId) + "\",\"count\":" + count + "}}";
        String answer = post(PROVIDER_STATES_PATH, body);
        int list = answer.indexOf("\"agentTokenIds\"");
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(list < 0 ? "" : answer.substring(list));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private String post(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the mock server answered " + response.statusCode() + " to POST " + path
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the mock server at " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the mock server", e);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
