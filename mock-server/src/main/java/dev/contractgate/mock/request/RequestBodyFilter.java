package dev.contractgate.mock.request;

import dev.contractgate.mock.MockProperties;
import dev.contractgate.mock.error.FilterErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.http.HttpStatus;

/**
 * Reads a request body whole before anything else uses it, within two bounds:
 * <ul>
 *   <li>{@code mock.max-body-bytes}: a larger body gets 413, at once when {@code Content-Length}
 *       says so, as soon as the count passes it when the body is chunked;</li>
 *   <li>{@code mock.body-deadline-millis}: a client that drips its body (one byte a second) gets 408
 *       and a closed connection when the deadline passes, instead of holding a worker thread for as
 *       long as it likes. The socket's own timeout bounds the wait between bytes; this bounds the whole;</li>
 *   <li>at most {@value #SLOW_READERS} workers wait for bodies that did not arrive with their headers at
 *       once: one more such request gets 408 at once and its connection is closed without draining what
 *       it still sends ({@code server.tomcat.max-swallow-size=0}), so slow clients, however many, leave
 *       the other workers to everyone else.</li>
 * </ul>
 * A body of known length is read into an array of exactly that size: under load this filter ran for
 * every create, and an 8 KiB read buffer per request was a fifth of all the memory the server allocated.
 */
public class RequestBodyFilter extends HttpFilter {

    private static final int FIRST_BUFFER = 64 * 1024;
    private static final int FIRST_CHUNKED_BUFFER = 1024;

    private final long limit;
    private final long deadlineMillis;
    /** How many workers (of the 32) may wait for request bodies that did not come with their headers. */
    static final int SLOW_READERS = 12;
    private final java.util.concurrent.Semaphore slowReaders = new java.util.concurrent.Semaphore(SLOW_READERS);
    private final FilterErrorWriter errors;

    public RequestBodyFilter(MockProperties properties, FilterErrorWriter errors) {
        this.limit = properties.maxBodyBytes();
        this.deadlineMillis = properties.bodyDeadlineMillis();
        this.errors = errors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length > limit) {
            errors.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        if (length <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        ServletInputStream in = request.getInputStream();
        // a body that has not arrived with its headers needs one of the few places for slow bodies:
        // slow clients can hold at most SLOW_READERS workers, never all of them
        boolean arrived = length > 0 && in.available() >= length;
        if (!arrived && !slowReaders.tryAcquire()) {
            response.setHeader("Connection", "close");
            errors.write(request, response, HttpStatus.REQUEST_TIMEOUT, "Request Timeout: " + SLOW_READERS
                    + " request bodies are already arriving slowly; send the body with the headers, at once");
            return;
        }
        try {
            body = read(in, length, System.nanoTime() + deadlineMillis * 1_000_000);
        } catch (TooLarge e) {
            errors.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        } catch (TooSlow e) {
            response.setHeader("Connection", "close");
            errors.write(request, response, HttpStatus.REQUEST_TIMEOUT, "Request Timeout: the request body did not "
                    + "arrive within " + deadlineMillis + " ms; send it at once");
            return;
        } finally {
            if (!arrived) {
                slowReaders.release();
            }
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private String tooLarge() {
        return "Request body too large: at most " + limit + " bytes are accepted";
    }

    /**
     * The whole body: {@code length} bytes (or fewer, if the client closed early), or up to its end when
     * chunked ({@code length} -1). The array grows as bytes arrive, from the declared length up to
     * {@value #FIRST_BUFFER} bytes at first, so a client that declares a large body and sends nothing
     * costs no more than one that declares a small one.
     */
    private byte[] read(ServletInputStream in, long length, long deadline) throws IOException, TooLarge, TooSlow {
        long arrayMost = Integer.MAX_VALUE - 8;
        // chunked: up to one byte past the limit, which makes it too large
        long most = length >= 0 ? Math.min(length, arrayMost) : Math.min(limit, arrayMost - 1) + 1;
        byte[] buffer = new byte[(int) Math.min(most, length >= 0 ? FIRST_BUFFER : FIRST_CHUNKED_BUFFER)];
        int filled = 0;
        while (filled < most) {
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, most));
            }
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
            if (filled > limit) {
                throw new TooLarge();
            }
            if (System.nanoTime() > deadline) {
                throw new TooSlow();
            }
        }
        return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
    }

    private static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static final class TooSlow extends Exception {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    /** The request with its body already read: the rest of the chain reads it from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
