package dev.contractgate.mock.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes agent-token secrets and keeps only their SHA-256 hashes. A secret looks like
 * {@code aat_7Hq2Xw9c.<43 random base64url characters>}; its prefix before the dot is the
 * non-secret {@code shortToken}.
 */
public final class TokenSecrets {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    /** A new secret: the value shown once, its short form, and the hash that is all we keep. */
    public record Issued(String token, String shortToken, byte[] hash) {
    }

    public static Issued issue() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        StringBuilder shortToken = new StringBuilder("aat_");
        for (int i = 0; i < 8; i++) {
            shortToken.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        String token = shortToken + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, shortToken.toString(), sha256(token));
    }

    public static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Compares a presented secret with a stored hash in constant time. */
    public static boolean matches(byte[] storedHash, String presented) {
        return presented != null && MessageDigest.isEqual(storedHash, sha256(presented));
    }
}
