package dev.contractgate.mock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The Bean Validation validator (Hibernate Validator), used by Spring MVC for {@code @Valid}
 * request bodies and by the controller for query parameters. Spring Boot's
 * ValidationAutoConfiguration is left out (application.properties) because its method-validation
 * proxy, switched on by the generated interface's {@code @Validated}, cost a quarter of the CPU of
 * every request.
 */
@Configuration(proxyBeanMethods = false)
public class ValidationConfiguration {

    @Bean
    LocalValidatorFactoryBean validator() {
        return new LocalValidatorFactoryBean();
    }
}
