package dev.contractgate.mock.auth;

import dev.contractgate.mock.token.TokenSecrets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/** The bearer tokens the server accepts, compared by SHA-256 hash in constant time. */
public final class AcceptedTokens {

    private final List<AcceptedToken> tokens;

    public AcceptedTokens(List<AcceptedToken> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** The accepted token the presented value is, looking at every entry so timing says nothing. */
    public Optional<AcceptedToken> match(String presented) {
        byte[] hash = TokenSecrets.sha256(presented);
        AcceptedToken found = null;
        for (AcceptedToken token : tokens) {
            if (MessageDigest.isEqual(token.hash(), hash) && found == null) {
                found = token;
            }
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        return tokens.size();
    }
}
