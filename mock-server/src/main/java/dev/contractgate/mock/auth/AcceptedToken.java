package dev.contractgate.mock.auth;

import dev.contractgate.server.model.BasicSubjectProfile;
import java.util.Set;

/**
 * A bearer token the server accepts, kept only as its SHA-256 hash.
 *
 * @param hash          SHA-256 of the token value
 * @param organizations the organizations it may act on; empty means any
 * @param subject       who it stands for (createdBy/updatedBy)
 */
public record AcceptedToken(byte[] hash, Set<String> organizations, BasicSubjectProfile subject) {

    public boolean mayActOn(String organizationId) {
        return organizations.isEmpty() || organizations.contains(organizationId);
    }
}
