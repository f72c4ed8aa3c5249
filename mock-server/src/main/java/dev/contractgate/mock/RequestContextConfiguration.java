package dev.contractgate.mock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Leaves out Spring Boot's {@link RequestContextFilter}: the DispatcherServlet binds each request to
 * its thread itself, and nothing before it (our filters take the request as an argument) reads the
 * binding, so the filter did the same work a second time on every request.
 */
@Configuration(proxyBeanMethods = false)
class RequestContextConfiguration {

    /** A registration of the filter, disabled: Boot then does not add its own ({@code @ConditionalOnMissingFilterBean}). */
    @Bean
    FilterRegistrationBean<RequestContextFilter> requestContextFilterLeftOut() {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(new RequestContextFilter());
        registration.setEnabled(false);
        return registration;
    }
}
