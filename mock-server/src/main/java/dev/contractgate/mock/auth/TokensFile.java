package dev.contractgate.mock.auth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contractgate.mock.startup.StartupException;
import dev.contractgate.mock.token.TokenSecrets;
import dev.contractgate.server.model.BasicSubjectProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Reads accepted bearer tokens from a JSON file ({@code --tokens FILE}):
 * <pre>{"tokens": [{"token": "s3cret", "organizations": ["clm..."], "subject": {"id": "clm...", "subjectType": "USER"}}]}</pre>
 * {@code organizations} (empty or left out: any) and {@code subject} (left out: a service key
 * named {@code token-N}) are optional. Only the hashes of the values are kept.
 */
public final class TokensFile {

    record Entry(String token, List<String> organizations, BasicSubjectProfile subject) {
    }

    record Content(List<Entry> tokens) {
    }

    private TokensFile() {
    }

    public static AcceptedTokens read(Path file, ObjectMapper json) {
        Content content;
        try {
            content = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(Files.readAllBytes(file), Content.class);
        } catch (IOException e) {
            throw new StartupException("tokens file " + file + " cannot be read (" + firstLine(e)
                    + "); expected {\"tokens\": [{\"token\": \"...\", \"organizations\": [...]}]}", e);
        }
        if (content == null || content.tokens() == null || content.tokens().isEmpty()) {
            throw new StartupException("tokens file " + file + " lists no tokens; add {\"tokens\": [{\"token\": \"...\"}]}");
        }
        List<AcceptedToken> accepted = new ArrayList<>();
        for (int i = 0; i < content.tokens().size(); i++) {
            Entry entry = content.tokens().get(i);
            if (entry == null || entry.token() == null || entry.token().isBlank() || entry.token().contains(" ")) {
                throw new StartupException("tokens file " + file + ": tokens[" + i + "].token is missing or has a space");
            }
            byte[] hash = TokenSecrets.sha256(entry.token());
            BasicSubjectProfile subject = entry.subject() != null && entry.subject().getId() != null ? entry.subject()
                    : new BasicSubjectProfile("c" + HexFormat.of().formatHex(hash).substring(0, 24))
                            .subjectType(BasicSubjectProfile.SubjectTypeEnum.SERVICEKEY)
                            .apiTokenName("token-" + (i + 1));
            Set<String> organizations = entry.organizations() == null ? Set.of() : Set.copyOf(entry.organizations());
            accepted.add(new AcceptedToken(hash, organizations, subject));
        }
        return new AcceptedTokens(accepted);
    }

    private static String firstLine(IOException e) {
        String message = e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
