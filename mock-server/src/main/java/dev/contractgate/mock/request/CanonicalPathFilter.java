package dev.contractgate.mock.request;

import dev.contractgate.mock.error.FilterErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Only canonical paths reach authorisation and the controllers: a path with matrix parameters
 * ({@code /organizations;x/…}), empty or dot segments, or a percent-encoded character that
 * needs no encoding ({@code /organization%73/…}) is a 400. Spring would route such a path to
 * the same endpoint under another spelling, and the organization the auth filter reads from
 * the raw path would not be the one the controller gets.
 */
public class CanonicalPathFilter extends HttpFilter {

    /** %XX of an unreserved character (RFC 3986: ALPHA / DIGIT / "-" / "." / "_" / "~"), of '/' or of '\'. */
    private static final Pattern NEEDLESS_ESCAPE = Pattern.compile("%(4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|3[0-9]|2[DdEeFf]|5[CcFf]|7[Ee])");

    private final FilterErrorWriter errors;

    public CanonicalPathFilter(FilterErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String why = problem(request.getRequestURI());
        if (why != null) {
            errors.write(request, response, HttpStatus.BAD_REQUEST, "Invalid request: the path is not canonical (" + why
                    + "); send each path segment as is, without ';' parameters, empty or dot segments or needless escapes");
            return;
        }
        chain.doFilter(request, response);
    }

    /** What makes a raw path non-canonical, or null when it is canonical. */
    static String problem(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return null;
        }
        if (rawPath.indexOf(';') >= 0) {
            return "a ';' parameter";
        }
        if (rawPath.contains("//")) {
            return "an empty segment";
        }
        if (rawPath.indexOf('.') >= 0) { // every request passes here: split only paths that could hold one
            for (String segment : rawPath.split("/", -1)) {
                if (segment.equals(".") || segment.equals("..")) {
                    return "a dot segment";
                }
            }
        }
        Matcher escape = rawPath.indexOf('%') < 0 ? null : NEEDLESS_ESCAPE.matcher(rawPath);
        return escape != null && escape.find() ? "the needless escape " + escape.group() : null;
    }
}
