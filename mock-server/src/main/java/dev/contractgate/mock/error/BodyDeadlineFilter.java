package dev.contractgate.mock.error;

import dev.contractgate.mock.MockProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request body whole, within {@code mock.body-deadline-millis}: a client that drips its body
 * (one byte a second) gets 408 and a closed connection when the deadline passes, instead of holding a
 * worker thread for as long as it likes. The socket's own timeout bounds the wait between bytes; this
 * bounds the whole body. Runs after {@link BodySizeLimitFilter}, so bodies are already capped in size.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
public class BodyDeadlineFilter extends OncePerRequestFilter {

    private final long deadlineMillis;
    private final FilterErrorWriter errors;

    public BodyDeadlineFilter(MockProperties properties, FilterErrorWriter errors) {
        this.deadlineMillis = properties.bodyDeadlineMillis();
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        long deadline = System.nanoTime() + deadlineMillis * 1_000_000;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        ServletInputStream in = request.getInputStream();
        int n;
        try {
            while ((n = in.read(buffer)) >= 0) {
                body.write(buffer, 0, n);
                if (System.nanoTime() > deadline) {
                    response.setHeader("Connection", "close");
                    errors.write(request, response, HttpStatus.REQUEST_TIMEOUT, "Request Timeout: the request body did not "
                            + "arrive within " + deadlineMillis + " ms; send it at once");
                    return;
                }
            }
        } catch (PayloadTooLargeException e) {
            errors.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
            return;
        }
        chain.doFilter(new Buffered(request, body.toByteArray()), response);
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
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? java.nio.charset.StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }
    }
}
