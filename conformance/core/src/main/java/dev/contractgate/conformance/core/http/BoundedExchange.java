package dev.contractgate.conformance.core.http;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange that ends: the whole response (headers and body) within a timeout and a body
 * size limit, so a stalled, dripping or endless server costs at most the timeout. Every engine
 * that talks to a server it does not trust (the live check, provider verification, remote
 * {@code $ref}s) sends through here.
 *
 * @param status  the response status
 * @param headers the response headers
 * @param body    the whole body
 */
public record BoundedExchange(int status, HttpHeaders headers, byte[] body) {

    /** Why an exchange did not end with a whole response. */
    public enum Why { TIMEOUT, TOO_LARGE, FAILED }

    /** An exchange that did not end with a whole response: why, and a one-line message. */
    public static final class Failed extends Exception {
        private final Why why;

        Failed(Why why, String message, Throwable cause) {
            super(message, cause);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    public static BoundedExchange send(HttpClient client, HttpRequest request, Duration timeout, long maxBodyBytes) throws Failed {
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, LimitedBody.handler(maxBodyBytes));
        try {
            HttpResponse<byte[]> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new BoundedExchange(response.statusCode(), response.headers(), response.body() == null ? new byte[0] : response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(timeout, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                // the client's own timeout came first: the same outcome, said the same way
                throw timedOut(timeout, cause);
            }
            if (cause instanceof LimitedBody.TooLarge) {
                throw new Failed(Why.TOO_LARGE, cause.getMessage(), cause);
            }
            String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
            throw new Failed(Why.FAILED, cause.getClass().getSimpleName() + message, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed(Why.FAILED, "interrupted", e);
        }
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static Failed timedOut(Duration timeout, Throwable cause) {
        return new Failed(Why.TIMEOUT, "no whole response within " + timeout.toMillis() + " ms", cause);
    }
}
