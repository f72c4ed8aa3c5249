package dev.contractgate.mock.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contractgate.mock.MockProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accepted bearer tokens: those of {@code mock.tokens-file}, or the dev tokens. */
@Configuration(proxyBeanMethods = false)
public class AuthConfiguration {

    @Bean
    AcceptedTokens acceptedTokens(MockProperties properties, ObjectMapper json) {
        return properties.tokensFile() == null ? DevTokens.defaults() : TokensFile.read(properties.tokensFile(), json);
    }
}
