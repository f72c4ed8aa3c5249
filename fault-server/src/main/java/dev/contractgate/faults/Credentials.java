package dev.contractgate.faults;

/**
 * The bearer tokens the server behind the proxy accepts: {@code valid} on every organization,
 * {@code restricted} only on {@code restrictedOrganization}. Auth faults swap one for another.
 */
public record Credentials(String valid, String restricted, String restrictedOrganization) {

    /** The mock server's documented development tokens. */
    public static Credentials mockServerDefaults() {
        return new Credentials("dev-token", "dev-token-restricted", "clmrestrictedorg000000001");
    }

    String bearer(String token) {
        return "Bearer " + token;
    }
}
