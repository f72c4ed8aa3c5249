package dev.contractgate.conformance.core;

import dev.contractgate.conformance.core.http.BoundedExchange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Remote {@code $ref}s are refused unless a run opts in ({@code --allow-remote-refs}); then each
 * remote document must answer, whole, within a timeout and the spec size limit before the parser
 * follows it, and the parse itself gets a deadline, so an unanswering or endless server costs a
 * bounded time. The choice holds for the current thread (one command run).
 */
public final class RemoteRefs {

    /** How long one remote document may take. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final ThreadLocal<Duration> ALLOWED = new ThreadLocal<>();

    /** Ends the opt-in when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private RemoteRefs() {
    }

    /** Lets specs read in this thread follow remote references, each within {@code timeout}, until the scope closes. */
    public static Scope allow(Duration timeout) {
        ALLOWED.set(timeout);
        return ALLOWED::remove;
    }

    /** The timeout per remote document when allowed, else null. */
    static Duration allowedTimeout() {
        return ALLOWED.get();
    }

    /** Fetches {@code document} within the timeout and the size limit; anything else is bad input naming {@code where}. */
    static void requireAnswer(URI document, Duration timeout, String where) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(document).timeout(timeout).GET().build();
        int status;
        try {
            status = BoundedExchange.send(client, request, timeout, SpecGuard.MAX_CHARS).status();
        } catch (BoundedExchange.Failed e) {
            throw new BadInputException("the remote $ref " + document + " at " + where + " cannot be read: " + e.getMessage()
                    + " (inline what it names, or check the server)");
        }
        if (status / 100 != 2) {
            throw new BadInputException("the remote $ref " + document + " at " + where + " answered HTTP " + status
                    + " (fix the reference, or inline what it names)");
        }
    }

    /** Runs the parse that follows remote references within {@code deadline}, on a thread of its own. */
    static <T> T withinDeadline(Supplier<T> parse, Duration deadline, Object spec) {
        CompletableFuture<T> parsing = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                parsing.complete(parse.get());
            } catch (RuntimeException | Error e) {
                parsing.completeExceptionally(e);
            }
        }, "remote-ref-parse");
        thread.setDaemon(true);
        thread.start();
        try {
            return parsing.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new BadInputException("following the remote $refs of " + spec + " took longer than " + deadline.toSeconds()
                    + " s (inline what they name, or check their servers)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("interrupted while parsing " + spec);
        }
    }
}
