package dev.contractgate.conformance.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange that ends: the whole response (headers and body) within a timeout and a body
 * size limit, so a stalled, dripping or endless server costs at most the timeout.
 *
 * @param status  the response status
 * @param headers the response headers
 * @param body    the whole body
 */
public record BoundedExchange(int status, HttpHeaders headers, byte[] body) {

    /** Why an exchange did not end with a whole response: said in one line, for a finding or an error. */
    public static final class Failed extends Exception {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static BoundedExchange send(HttpClient client, HttpRequest request, Duration timeout, int maxBodyBytes) throws Failed {
        CompletableFuture<BoundedExchange> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    try (InputStream body = response.body()) {
                        byte[] read = body.readNBytes(maxBodyBytes + 1);
                        if (read.length > maxBodyBytes) {
                            throw new IllegalStateException("the response body is larger than " + maxBodyBytes + " bytes");
                        }
                        return new BoundedExchange(response.statusCode(), response.headers(), read);
                    } catch (IOException e) {
                        throw new IllegalStateException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
                    }
                });
        try {
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new Failed("no whole response within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                // the client's own timeout came first: the same outcome, said the same way
                throw new Failed("no whole response within " + timeout.toSeconds() + " s", cause);
            }
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new Failed(why.lines().findFirst().orElse(why), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted", e);
        }
    }
}
