package dev.contractgate.mock.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contractgate.mock.MockProperties;
import dev.contractgate.mock.auth.DevTokens;
import dev.contractgate.mock.startup.StartupException;
import dev.contractgate.mock.token.AgentTokenService;
import dev.contractgate.mock.token.DeploymentKey;
import dev.contractgate.mock.token.TokenLimitReachedException;
import dev.contractgate.server.model.BasicSubjectProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Loads agent tokens at start from {@code mock.seed-file} ({@code --seed FILE}):
 * <pre>{"tokens": [{"organizationId": "...", "deploymentId": "...", "name": "...",
 *   "id": "optional", "description": "optional", "tokenExpiryPeriodInDays": 30,
 *   "createdAt": "2022-11-22T04:37:12Z", "createdBy": {"id": "..."}}]}</pre>
 * Seeded tokens have secrets nobody knows; they are meant to be listed, read and deleted.
 */
@Component
public class SeedFile implements InitializingBean {

    record Entry(String organizationId, String deploymentId, String id, String name, String description,
                 Integer tokenExpiryPeriodInDays, OffsetDateTime createdAt, BasicSubjectProfile createdBy) {
    }

    record Content(List<Entry> tokens) {
    }

    private final MockProperties properties;
    private final ObjectMapper json;
    private final AgentTokenService tokens;

    public SeedFile(MockProperties properties, ObjectMapper json, AgentTokenService tokens) {
        this.properties = properties;
        this.json = json;
        this.tokens = tokens;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.seedFile() != null) {
            load(properties.seedFile());
        }
    }

    /** Adds the file's tokens to the store; returns how many. */
    public int load(Path file) {
        Content content;
        try {
            content = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(Files.readAllBytes(file), Content.class);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage().lines().findFirst().orElse("");
            throw new StartupException("seed file " + file + " cannot be read (" + reason
                    + "); expected {\"tokens\": [{\"organizationId\": ..., \"deploymentId\": ..., \"name\": ...}]}", e);
        }
        List<Entry> entries = content == null || content.tokens() == null ? List.of() : content.tokens();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry == null || entry.organizationId() == null || entry.deploymentId() == null || entry.name() == null) {
                throw new StartupException("seed file " + file + ": tokens[" + i
                        + "] needs organizationId, deploymentId and name");
            }
            if (entry.tokenExpiryPeriodInDays() != null
                    && (entry.tokenExpiryPeriodInDays() < 1 || entry.tokenExpiryPeriodInDays() > 3650)) {
                throw new StartupException("seed file " + file + ": tokens[" + i
                        + "].tokenExpiryPeriodInDays must be from 1 to 3650");
            }
            try {
                tokens.put(new DeploymentKey(entry.organizationId(), entry.deploymentId()), entry.id(), entry.name(),
                        entry.description(), entry.tokenExpiryPeriodInDays(),
                        entry.createdBy() == null ? DevTokens.devUser() : entry.createdBy(), entry.createdAt());
            } catch (TokenLimitReachedException e) {
                throw new StartupException("seed file " + file + ": tokens[" + i
                        + "] would be the 51st agent token of deployment " + entry.deploymentId());
            }
        }
        return entries.size();
    }
}
