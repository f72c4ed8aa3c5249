package dev.contractgate.mock.token;

import com.fasterxml.jackson.core.SerializableString;
import dev.contractgate.server.model.ApiToken;

/**
 * A stored token's {@link ApiToken}, together with its JSON as the server's own mapper wrote it once.
 * Responses write that JSON as it is ({@link RenderedApiTokenSerializer}): a list of 20 tokens no
 * longer runs the bean serializer over 20 times 16 properties on every request. Tokens never change,
 * so neither does their JSON; the fields stay set for anything that reads the object itself.
 */
public final class RenderedApiToken extends ApiToken {

    private SerializableString json;

    RenderedApiToken() {
    }

    /** The JSON of this token, as one value. */
    public SerializableString json() {
        return json;
    }

    void rendered(SerializableString written) {
        json = written;
    }
}
