package dev.contractgate.mock.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The id of each request: sent as {@code X-Request-Id}, written into every Error body, logged. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIds.class.getName();

    private RequestIds() {
    }

    /** A random (version 4) UUID; request ids are not secrets, so a fast generator will do. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The request's id, made now if a filter has not made one yet. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof String value) {
            return value;
        }
        String value = next();
        request.setAttribute(ATTRIBUTE, value);
        return value;
    }
}
