package dev.contractgate.conformance.check;


import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.http.BoundedExchange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends {@link HttpCall}s with the JDK's {@link HttpClient}: one client per run, a timeout per
 * request, and a budget on the number of requests ({@link BudgetExhausted} once it is spent).
 */
final class HttpRunner {

    /** Thrown instead of sending a request past the run's budget. */
    static final class BudgetExhausted extends RuntimeException {
        BudgetExhausted() {
            super("request budget exhausted", null, false, false);
        }
    }

    /** The largest response body a check reads (8 MiB); a larger one fails its request. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    private final HttpClient client;
    private final String base;
    private final Duration timeout;
    private final int maxRequests;
    private final AtomicInteger sent = new AtomicInteger();

    HttpRunner(URI baseUrl, Duration timeout, int maxRequests) {
        String b = baseUrl.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.timeout = timeout;
        this.maxRequests = maxRequests;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The base URL the spec's paths are appended to, without a trailing slash. */
    String base() {
        return base;
    }

    int requestsMade() {
        return Math.min(sent.get(), maxRequests);
    }

    /** Fails with a one-line {@link BadInputException} when nothing listens at the base URL, or nothing answers in time. */
    void probe(String path) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).GET().build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("not a usable base URL: " + base + " (" + e.getMessage() + ")");
        }
        try {
            BoundedExchange.send(client, request, timeout, MAX_BODY_BYTES);
        } catch (BoundedExchange.Failed e) {
            throw unreachable(e);
        }
    }

    private BadInputException unreachable(BoundedExchange.Failed e) {
        if (e.why() == BoundedExchange.Why.TIMEOUT) {
            // connected or not, no whole answer came: a stalled, dripping or silent server
            return new BadInputException(base + " gave no whole answer to the reachability probe within "
                    + timeout.toSeconds() + " s (--timeout): check that it is the API and that it is healthy", e);
        }
        return new BadInputException("cannot reach " + base + " (" + e.getMessage()
                + "): start the server or pass the right --base-url", e);
    }

    Exchange send(HttpCall call) {
        if (sent.incrementAndGet() > maxRequests) {
            throw new BudgetExhausted();
        }
        String url = base + call.pathAndQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        call.headers().forEach(request::header);
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8);
        request.method(call.method(), body);
        try {
            BoundedExchange response = BoundedExchange.send(client, request.build(), timeout, MAX_BODY_BYTES);
            return new Exchange(url, call, response.status(), response.headers().map(), response.text(), null);
        } catch (BoundedExchange.Failed e) {
            String why = e.why() == BoundedExchange.Why.TIMEOUT
                    ? "no complete response within " + timeout.toMillis() + " ms (--timeout): the server stalled, dripped or kept streaming"
                    : e.getMessage();
            return new Exchange(url, call, 0, java.util.Map.of(), "", why);
        }
    }
}
