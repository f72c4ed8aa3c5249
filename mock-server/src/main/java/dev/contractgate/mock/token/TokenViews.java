package dev.contractgate.mock.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.contractgate.server.model.ApiToken;
import org.springframework.stereotype.Component;

/**
 * The API's view of stored tokens, made once per token and kept with it: the {@link ApiToken} (see
 * {@link ApiTokens#of}) and its JSON, written by the server's own mapper through the generated model's
 * serializer, so a kept view is byte for byte what serializing the model on each request would give.
 * Two threads reading a new token at once may both make its view; they make the same one.
 */
@Component
public class TokenViews {

    private final ObjectMapper json;
    /** Made on the first read, not at start-up: building the model's serializer costs Jackson some introspection. */
    private volatile ObjectWriter modelWriter;

    public TokenViews(ObjectMapper json) {
        this.json = json;
    }

    /** The token as every response but create's shows it (no secret). */
    public ApiToken of(StoredAgentToken token) {
        ApiToken kept = token.view();
        if (kept != null) {
            return kept;
        }
        RenderedApiToken view = ApiTokens.fill(new RenderedApiToken(), token);
        try {
            SerializedString written = new SerializedString(modelWriter().writeValueAsString(view));
            written.asUnquotedUTF8(); // encoded now, once, instead of on the first response
            view.rendered(written);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agent token " + token.id() + " cannot be written as JSON", e);
        }
        token.keepView(view);
        return view;
    }

    private ObjectWriter modelWriter() {
        ObjectWriter writer = modelWriter;
        if (writer == null) {
            // written as an ApiToken: the model's own bean serializer, not RenderedApiTokenSerializer
            writer = json.writerFor(ApiToken.class);
            modelWriter = writer;
        }
        return writer;
    }
}
