package dev.contractgate.mock.token;

/** An agent token just created: what is stored, and its secret, which is shown this once. */
public record NewAgentToken(StoredAgentToken stored, String secret) {
}
