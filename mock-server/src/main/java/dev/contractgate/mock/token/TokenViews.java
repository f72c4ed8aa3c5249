package dev.contractgate.mock.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.contractgate.server.model.ApiToken;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * The API's view of stored tokens: the {@link ApiToken} (see {@link ApiTokens#of}) and its JSON,
 * written by the server's own mapper through the generated model's serializer on a token's first read
 * and kept by the store beside the token ({@link AgentTokenStore#keepJson}), so a later read writes
 * those bytes instead of serializing the model again: byte for byte what serializing it into a
 * response would give (and what the create response gave).
 * Two threads reading a new token at once may both make its JSON; they make the same, and one is kept.
 */
@Component
public class TokenViews {

    private final ObjectMapper json;
    private final AgentTokenStore store;
    /** Made on the first read, not at start-up: building the model's serializer costs Jackson some introspection. */
    private volatile ObjectWriter modelWriter;

    public TokenViews(ObjectMapper json, AgentTokenStore store) {
        this.json = json;
        this.store = store;
    }

    /** The token as every response but create's shows it (no secret). */
    public ApiToken of(StoredAgentToken token) {
        RenderedApiToken view = ApiTokens.fill(new RenderedApiToken(), token);
        String kept = token.json();
        if (kept == null) {
            try {
                // written as an ApiToken: the model's own bean serializer, not RenderedApiTokenSerializer; and
                // as bytes, the way responses are written: a lone surrogate becomes the escape \uD800, which
                // a String would keep raw and the response's UTF-8 encoding would then refuse (a 500)
                kept = new String(modelWriter().writeValueAsBytes(view), StandardCharsets.UTF_8);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("agent token " + token.id() + " cannot be written as JSON", e);
            }
            store.keepJson(token, kept);
        }
        view.rendered(new SerializedString(kept));
        return view;
    }

    private ObjectWriter modelWriter() {
        ObjectWriter writer = modelWriter;
        if (writer == null) {
            writer = json.writerFor(ApiToken.class);
            modelWriter = writer;
        }
        return writer;
    }
}
