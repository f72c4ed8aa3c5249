package dev.contractgate.mock.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes agent-token secrets and keeps only their SHA-256 hashes. A secret looks like
 * {@code aat_7Hq2Xw9c.<43 random base64url characters>}; its prefix before the dot is the
 * non-secret {@code shortToken}.
 */
public final class TokenSecrets {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /**
     * One generator per thread: the default one (NativePRNG) serialises all its callers on one lock, and
     * under a create load a thread descheduled while holding it kept the others waiting (a JFR recording
     * of 40 s of creates held 164 waits of over 10 ms for it). A DRBG instance locks only itself.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(TokenSecrets::newRandom);
    /** One digest per thread: every authenticated request hashes its bearer token. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(TokenSecrets::newSha256);

    private TokenSecrets() {
    }

    /** A new secret: the value shown once, its short form, and the hash that is all we keep. */
    public record Issued(String token, String shortToken, byte[] hash) {
    }

    public static Issued issue() {
        byte[] secret = new byte[32];
        RANDOM.get().nextBytes(secret);
        // the short token is shown in every answer, so it needs no secrecy, only variety
        ThreadLocalRandom variety = ThreadLocalRandom.current();
        StringBuilder shortToken = new StringBuilder(12).append("aat_");
        for (int i = 0; i < 8; i++) {
            shortToken.append(ALPHANUMERIC.charAt(variety.nextInt(ALPHANUMERIC.length())));
        }
        String token = shortToken + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, shortToken.toString(), sha256(token));
    }

    public static byte[] sha256(String value) {
        return SHA_256.get().digest(value.getBytes(StandardCharsets.UTF_8));
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Compares a presented secret with a stored hash in constant time. */
    public static boolean matches(byte[] storedHash, String presented) {
        return presented != null && MessageDigest.isEqual(storedHash, sha256(presented));
    }
}
