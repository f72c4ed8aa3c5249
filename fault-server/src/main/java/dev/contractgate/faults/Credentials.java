package dev.contractgate.faults;

/**
 * The bearer tokens the server behind the proxy accepts: {@code valid} on every organization,
 * {@code restricted} only on {@code restrictedOrganization}. Auth faults swap one for another.
 */
public record Credentials(String valid, String restricted, String restrictedOrganization) {

    /** The mock server's documented development tokens (its README). */
    public static final String MOCK_TOKEN = "dev-token";
    public static final String MOCK_RESTRICTED_TOKEN = "dev-token-restricted";
    public static final String MOCK_RESTRICTED_ORGANIZATION = "clmrestrictedorg000000001";

    public static Credentials mockServerDefaults() {
        return new Credentials(MOCK_TOKEN, MOCK_RESTRICTED_TOKEN, MOCK_RESTRICTED_ORGANIZATION);
    }

    String bearer(String token) {
        return "Bearer " + token;
    }
}
