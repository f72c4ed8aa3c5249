package dev.contractgate.mock.auth;

import dev.contractgate.server.model.BasicSubjectProfile;
import jakarta.servlet.http.HttpServletRequest;

/** Who sent the request: the subject of the accepted bearer token, used for createdBy and updatedBy. */
public record Caller(BasicSubjectProfile subject) {

    public static final String ATTRIBUTE = Caller.class.getName();

    /** The caller the auth filter found; a request without one never reaches the API. */
    public static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        if (caller instanceof Caller found) {
            return found;
        }
        throw new IllegalStateException("no authenticated caller on this request");
    }
}
