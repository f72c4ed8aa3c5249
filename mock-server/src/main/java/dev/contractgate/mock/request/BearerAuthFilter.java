package dev.contractgate.mock.request;

import dev.contractgate.mock.auth.AcceptedToken;
import dev.contractgate.mock.auth.AcceptedTokens;
import dev.contractgate.mock.auth.Caller;
import dev.contractgate.mock.error.FilterErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.UriUtils;

/**
 * {@code Authorization: Bearer <token>} on every request but {@code /_health} and
 * {@code /_admin/...}: missing, malformed or unknown gives 401; a token restricted to other
 * organizations gives 403. Runs before any parsing, so auth is answered before validation.
 * The token value is never logged or echoed.
 */
public class BearerAuthFilter extends HttpFilter {

    private static final String ORGANIZATIONS = "/organizations/";

    private final AcceptedTokens accepted;
    private final FilterErrorWriter errors;

    public BearerAuthFilter(AcceptedTokens accepted, FilterErrorWriter errors) {
        this.accepted = accepted;
        this.errors = errors;
    }

    private static boolean exempt(HttpServletRequest request) {
        String path = pathWithinServer(request);
        return path.equals("/_health") || path.startsWith("/_admin/");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (exempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            errors.write(request, response, HttpStatus.UNAUTHORIZED,
                    "Unauthorized: send a bearer token in the Authorization header");
            return;
        }
        String token = bearerValue(header);
        if (token == null) {
            errors.write(request, response, HttpStatus.UNAUTHORIZED,
                    "Unauthorized: the Authorization header must be 'Bearer <token>'");
            return;
        }
        Optional<AcceptedToken> match = accepted.match(token);
        if (match.isEmpty()) {
            errors.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized: the bearer token is not valid");
            return;
        }
        String organization = organizationOf(pathWithinServer(request));
        if (organization != null && !match.get().mayActOn(organization)) {
            errors.write(request, response, HttpStatus.FORBIDDEN,
                    "Forbidden: the token may not act on organization " + organization);
            return;
        }
        request.setAttribute(Caller.ATTRIBUTE, new Caller(match.get().subject()));
        chain.doFilter(request, response);
    }

    /** The request path below the base path (--base-path), which is where the API's paths start. */
    static String pathWithinServer(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The token of a well-formed {@code Bearer <token>} header, else null. */
    static String bearerValue(String header) {
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).equalsIgnoreCase("Bearer")) {
            return null;
        }
        String token = header.substring(space + 1).strip();
        return token.isEmpty() || token.chars().anyMatch(Character::isWhitespace) ? null : token;
    }

    /** The organization id of an {@code /organizations/{id}/...} path, else null. */
    static String organizationOf(String path) {
        if (!path.startsWith(ORGANIZATIONS)) {
            return null;
        }
        int end = path.indexOf('/', ORGANIZATIONS.length());
        String segment = path.substring(ORGANIZATIONS.length(), end < 0 ? path.length() : end);
        if (segment.isEmpty()) {
            return null;
        }
        try {
            return UriUtils.decode(segment, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEncoding) {
            return segment;
        }
    }
}
