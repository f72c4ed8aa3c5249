package dev.contractgate.mock.token;

import dev.contractgate.mock.error.ApiException;
import org.springframework.http.HttpStatus;

/** A 51st agent token was asked for: a rule of the API, reported as 400 without fieldErrors. */
public class TokenLimitReachedException extends ApiException {

    public TokenLimitReachedException(int limit) {
        super(HttpStatus.BAD_REQUEST, "The Deployment already has " + limit
                + " agent tokens, the most it can hold; delete one before creating another.");
    }
}
