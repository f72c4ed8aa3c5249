package dev.contractgate.mock.token;

import dev.contractgate.mock.error.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The mock server's store is full: a create is refused with 400 (how the API refuses a create its
 * limits do not allow) and an Error body that says how to make room. Reads, lists and deletes go on.
 */
public class StoreFullException extends ApiException {

    public StoreFullException(long usedBytes, long limitBytes) {
        super(HttpStatus.BAD_REQUEST, "The mock server's store is full (" + mb(usedBytes) + " of its " + mb(limitBytes)
                + " MB): delete agent tokens, reset it (POST /_admin/reset when started with --admin) or start it with a larger"
                + " --max-store-mb (default: 40% of the heap, -Xmx).");
    }

    private static long mb(long bytes) {
        return Math.max(1, (bytes + 512 * 1024) / (1024 * 1024));
    }
}
