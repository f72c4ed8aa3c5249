package dev.contractgate.contracttests.consumer;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;

/** The parts every interaction shares: the bearer header, JSON answers, the spec's error answers. */
final class Interactions {

    private Interactions() {
    }

    /**
     * Expects exactly {@code Authorization: Bearer <token>}: each credential case (the dev token,
     * the restricted one, an unknown one) is its own value, so a stub server serving these pacts
     * answers each request with its own interaction.
     */
    static PactDslRequestWithPath bearer(PactDslRequestWithPath request, String token) {
        return request.headers("Authorization", "Bearer " + token);
    }

    static PactDslResponse json(PactDslRequestWithPath request, int status, DslPart body) {
        return request.willRespondWith()
                .status(status)
                .matchHeader("Content-Type", Bodies.JSON_CONTENT_TYPE, Bodies.JSON)
                .body(body);
    }

    /** An error answer: the {@code Error} body and the {@code X-Request-Id} header the spec documents. */
    static PactDslResponse error(PactDslRequestWithPath request, int status, DslPart body) {
        return json(request, status, body)
                .matchHeader("X-Request-Id", ".+", "5f1c2b7e-8d3a-4c55-9b0e-2f6a1d4c9e71");
    }

    static PactDslResponse error(PactDslRequestWithPath request, int status) {
        return error(request, status, Bodies.error(status));
    }
}
