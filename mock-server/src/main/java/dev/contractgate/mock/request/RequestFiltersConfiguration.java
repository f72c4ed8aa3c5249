package dev.contractgate.mock.request;

import dev.contractgate.mock.MockProperties;
import dev.contractgate.mock.auth.AcceptedTokens;
import dev.contractgate.mock.error.FilterErrorWriter;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.CompositeFilter;

/**
 * The mock server's request filters, in the order they run, registered with the servlet container
 * as one filter. Tomcat looks up every registered filter under one shared lock on each request
 * ({@code StandardContext.findFilterConfig}); with five of ours registered one by one, a JFR
 * recording of 40 s of creates held 39 waits of over 10 ms for that lock.
 */
@Configuration(proxyBeanMethods = false)
class RequestFiltersConfiguration {

    @Bean
    FilterRegistrationBean<CompositeFilter> requestFilters(MockProperties properties, FilterErrorWriter errors,
                                                           AcceptedTokens accepted) {
        CompositeFilter filters = new CompositeFilter();
        filters.setFilters(List.of(
                new RequestIdFilter(),                      // every answer, errors included, carries the request's id
                new CanonicalPathFilter(errors),            // only canonical paths reach authorisation
                new RequestBodyFilter(properties, errors),  // the body, read whole within its size and deadline
                new BearerAuthFilter(accepted, errors),     // 401 and 403 before any validation
                new StrictQueryFilter(errors)));            // query values as the spec writes them
        FilterRegistrationBean<CompositeFilter> registration = new FilterRegistrationBean<>(filters);
        registration.setName("requestFilters");
        // after Boot's character-encoding filter (HIGHEST_PRECEDENCE), which must run before anything reads parameters
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
