package dev.contractgate.mock.support;

import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * For error responses outside the spec's paths or statuses: the body must still be the spec's
 * Error schema, in {@code application/json}.
 */
final class ErrorBodyValidationFilter implements Filter {

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (response.statusCode() < 400) {
            throw new AssertionError("expected an error status, got " + response.statusCode());
        }
        ValidationReport report = SpecValidation.validateErrorBody(response.asString(), response.contentType());
        if (report.hasErrors()) {
            throw new AssertionError("error body does not match the spec's Error schema:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
        return response;
    }
}
