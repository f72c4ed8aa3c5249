package dev.contractgate.mock.request;

import dev.contractgate.mock.error.ApiErrors;
import dev.contractgate.mock.error.FilterErrorWriter;
import dev.contractgate.server.model.FieldValidationError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Query values as the spec writes them. {@code offset} and {@code limit} are decimal integers:
 * Spring's conversion would also take {@code 0x10}, {@code #10}, full-width digits and a trailing
 * newline. {@code sorts} is exploded ({@code ?sorts=a&sorts=b}): a comma-joined value, which
 * Spring would split, is refused. Runs after authentication, so an anonymous caller still gets 401.
 */
public class StrictQueryFilter extends HttpFilter {

    private static final List<String> INTEGERS = List.of("offset", "limit");

    private final FilterErrorWriter errors;

    public StrictQueryFilter(FilterErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldValidationError> problems = new ArrayList<>();
        for (String name : INTEGERS) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                for (String value : values) {
                    if (!value.matches("-?[0-9]{1,19}")) {
                        problems.add(new FieldValidationError("type", name,
                                name + " must be a decimal integer, not '" + ApiErrors.safe(value) + "'"));
                    }
                }
            }
        }
        String[] sorts = request.getParameterValues("sorts");
        if (sorts != null) {
            for (String value : sorts) {
                if (value.contains(",")) {
                    problems.add(new FieldValidationError("format", "sorts", "sorts takes one field:direction per"
                            + " parameter (?sorts=name:asc&sorts=createdAt:desc), not '" + ApiErrors.safe(value) + "'"));
                }
            }
        }
        if (!problems.isEmpty()) {
            errors.write(request, response, HttpStatus.BAD_REQUEST, "Invalid request: " + problems.size()
                    + (problems.size() == 1 ? " field" : " fields") + " failed validation", problems);
            return;
        }
        chain.doFilter(request, response);
    }
}
