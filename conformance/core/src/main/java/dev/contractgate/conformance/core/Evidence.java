package dev.contractgate.conformance.core;

/**
 * What proves a finding, as text a person can read: typically the HTTP request and the
 * response (or a pact interaction, or the two spec fragments of a diff), and, where a sequence of
 * requests shows it, a {@link Reproduction} to run it again. All parts must already be masked with
 * {@link SecretMasker}; any may be empty.
 */
public record Evidence(String request, String response, Reproduction reproduction) {

    public static final Evidence NONE = new Evidence("", "");

    public Evidence {
        request = request == null ? "" : request;
        response = response == null ? "" : response;
        reproduction = reproduction == null ? Reproduction.NONE : reproduction;
    }

    public Evidence(String request, String response) {
        this(request, response, Reproduction.NONE);
    }

    public boolean isEmpty() {
        return request.isEmpty() && response.isEmpty() && reproduction.isEmpty();
    }
}
