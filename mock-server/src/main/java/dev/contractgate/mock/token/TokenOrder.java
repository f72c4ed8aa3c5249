package dev.contractgate.mock.token;

import dev.contractgate.server.model.BasicSubjectProfile;
import dev.contractgate.server.model.FieldValidationError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order of a list, from the {@code sorts} query values ({@code field:asc|desc}, most
 * significant first). Ties, and a request without {@code sorts}, fall back to createdAt
 * ascending, then id.
 */
public final class TokenOrder {

    /** Creation time; also updatedAt and tokenStartAt, which equal it (the API has no update). */
    private static final Comparator<StoredAgentToken> CREATED = Comparator.comparingLong(StoredAgentToken::createdAtSecond);

    private static final Comparator<StoredAgentToken> DEFAULT = CREATED.thenComparing(StoredAgentToken::id);

    private static final Map<String, Comparator<StoredAgentToken>> FIELDS = Map.of(
            "name", by(StoredAgentToken::name),
            "description", by(StoredAgentToken::description),
            "createdAt", CREATED,
            "updatedAt", CREATED,
            "createdById", by(token -> subjectId(token.createdBy())),
            "updatedById", by(token -> subjectId(token.updatedBy())),
            "tokenStartAt", CREATED);

    private TokenOrder() {
    }

    /** One entry per value that is not a documented sort ({@code code} enum, field {@code sorts[i]}). */
    public static List<FieldValidationError> problems(List<String> sorts) {
        List<FieldValidationError> problems = new ArrayList<>();
        if (sorts == null) {
            return problems;
        }
        for (int i = 0; i < sorts.size(); i++) {
            if (comparatorFor(sorts.get(i)) == null) {
                String field = "sorts[" + i + "]";
                problems.add(new FieldValidationError("enum", field,
                        field + " must be one of name, description, createdAt, updatedAt, createdById, updatedById"
                                + " or tokenStartAt, followed by :asc or :desc"));
            }
        }
        return problems;
    }

    /** The comparator for valid sorts (check {@link #problems} first). */
    public static Comparator<StoredAgentToken> of(List<String> sorts) {
        Comparator<StoredAgentToken> order = null;
        for (String sort : sorts == null ? List.<String>of() : sorts) {
            Comparator<StoredAgentToken> next = comparatorFor(sort);
            order = order == null ? next : order.thenComparing(next);
        }
        return order == null ? DEFAULT : order.thenComparing(DEFAULT);
    }

    private static Comparator<StoredAgentToken> comparatorFor(String sort) {
        if (sort == null) {
            return null;
        }
        int colon = sort.indexOf(':');
        if (colon < 0) {
            return null;
        }
        Comparator<StoredAgentToken> field = FIELDS.get(sort.substring(0, colon));
        return switch (sort.substring(colon + 1)) {
            case "asc" -> field;
            case "desc" -> field == null ? null : field.reversed();
            default -> null;
        };
    }

    private static <T extends Comparable<? super T>> Comparator<StoredAgentToken> by(Function<StoredAgentToken, T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static String subjectId(BasicSubjectProfile subject) {
        return subject == null ? null : subject.getId();
    }
}
