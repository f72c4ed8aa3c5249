package dev.contractgate.conformance.core;

/**
 * What proves a finding, as text a person can read: typically the HTTP request and the
 * response (or a pact interaction, or the two spec fragments of a diff). Both parts must
 * already be masked with {@link SecretMasker}; either may be empty.
 */
public record Evidence(String request, String response) {

    public static final Evidence NONE = new Evidence("", "");

    public Evidence {
        request = request == null ? "" : request;
        response = response == null ? "" : response;
    }

    public boolean isEmpty() {
        return request.isEmpty() && response.isEmpty();
    }
}
