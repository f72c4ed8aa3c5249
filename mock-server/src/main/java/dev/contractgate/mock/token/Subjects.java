package dev.contractgate.mock.token;

import dev.contractgate.server.model.BasicSubjectProfile;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subjects that created tokens, each kept once and named in token records by a number. There are
 * as many as the server knows callers (its accepted tokens, the seed file's creators): a handful, so
 * they are never forgotten, and a record holds four bytes instead of a profile. Thread-safe; lookups
 * take no lock.
 */
final class Subjects {

    /** The number of an absent subject. */
    static final int NONE = -1;

    private final Map<BasicSubjectProfile, Integer> numbers = new ConcurrentHashMap<>();
    private volatile BasicSubjectProfile[] byNumber = new BasicSubjectProfile[0];

    int numberOf(BasicSubjectProfile subject) {
        if (subject == null) {
            return NONE;
        }
        Integer known = numbers.get(subject);
        return known != null ? known : register(subject);
    }

    BasicSubjectProfile subject(int number) {
        return number == NONE ? null : byNumber[number];
    }

    private synchronized int register(BasicSubjectProfile subject) {
        Integer known = numbers.get(subject);
        if (known != null) {
            return known;
        }
        BasicSubjectProfile[] grown = Arrays.copyOf(byNumber, byNumber.length + 1);
        grown[byNumber.length] = subject;
        byNumber = grown; // published before the number, so whoever reads the number finds the subject
        numbers.put(subject, byNumber.length - 1);
        return byNumber.length - 1;
    }
}
