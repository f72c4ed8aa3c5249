package dev.contractgate.mock;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mock server's own settings, prefix {@code mock}.
 *
 * @param seedFile     JSON file of agent tokens loaded at start ({@code --seed}); none by default
 * @param tokensFile   JSON file of accepted bearer tokens ({@code --tokens}); the dev tokens by default
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param quiet        when true, no start-up line is printed
 * @param bodyDeadlineMillis the longest a request body may take to arrive; a slower one gets 408, so
 *                     slow clients cannot hold the worker threads
 * @param maxStoreMb   the most the token store may hold, in MB of heap ({@code --max-store-mb}); 0, the
 *                     default, is 40% of the maximum heap
 */
@ConfigurationProperties("mock")
public record MockProperties(
        Path seedFile,
        Path tokensFile,
        @DefaultValue("65536") long maxBodyBytes,
        @DefaultValue("false") boolean quiet,
        @DefaultValue("10000") long bodyDeadlineMillis,
        @DefaultValue("0") long maxStoreMb) {
}
