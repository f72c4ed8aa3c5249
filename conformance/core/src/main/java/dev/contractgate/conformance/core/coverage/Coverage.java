package dev.contractgate.conformance.core.coverage;

import dev.contractgate.conformance.core.spec.SpecOperation;
import dev.contractgate.conformance.core.spec.SpecOperations;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run exercised: the statuses each operation documents and its security requirements, and
 * each time a source (a recorded pact interaction, the provider verification, a live check) saw an
 * operation answer with a status. A 401 or 403 answer exercises the operation's security
 * requirements: something was sent without credentials the requirement accepts and was refused.
 * Immutable; runs combine by concatenation.
 *
 * @param documented   every operation's documented statuses, by spec
 * @param observations what the sources saw
 */
public record Coverage(List<Documented> documented, List<Observation> observations) {

    /** A documented status of an operation ({@code 200}, {@code 4XX}, {@code default}). */
    public record Documented(String operation, String status) {
    }

    /**
     * One answer a source saw.
     *
     * @param source  {@code pacts} or {@code check}
     * @param by      the interaction or check that saw it
     * @param passed  whether that interaction or check passed
     */
    public record Observation(String operation, int status, String source, String by, boolean passed) {
    }

    public static final Coverage NONE = new Coverage(List.of(), List.of());

    public Coverage {
        documented = List.copyOf(documented);
        observations = List.copyOf(observations);
    }

    /** The documented statuses of every operation of a spec, and the given observations. */
    public static Coverage of(SpecOperations operations, List<Observation> observations) {
        return of(operations.all(), observations);
    }

    /** The matrix of some operations only (a run limited to them): observations of others are left out. */
    public static Coverage of(java.util.Collection<SpecOperation> operations, List<Observation> observations) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        operations.forEach(op -> ids.add(op.id()));
        observations = observations.stream().filter(o -> ids.contains(o.operation())).toList();
        List<Documented> documented = new ArrayList<>();
        for (SpecOperation op : operations) {
            op.documentedStatuses().forEach(status -> documented.add(new Documented(op.id(), status)));
            securityRows(op).forEach(row -> documented.add(new Documented(op.id(), row)));
        }
        return new Coverage(documented, observations);
    }

    /** A row per security requirement of the operation: {@code security JWT}, {@code security apiKey + oauth}. */
    static List<String> securityRows(SpecOperation op) {
        return op.security().stream().filter(requirement -> requirement != null && !requirement.isEmpty())
                .map(requirement -> SECURITY_ROW + String.join(" + ", requirement.keySet())).distinct().toList();
    }

    /** How a security requirement's row is named: this prefix, then its schemes. */
    public static final String SECURITY_ROW = "security ";

    public boolean isEmpty() {
        return documented.isEmpty() && observations.isEmpty();
    }

    /** Two runs' coverage as one (the gate: pacts and check). */
    public Coverage plus(Coverage other) {
        List<Documented> d = new ArrayList<>(documented);
        other.documented.stream().filter(x -> !d.contains(x)).forEach(d::add);
        List<Observation> o = new ArrayList<>(observations);
        o.addAll(other.observations);
        return new Coverage(d, o);
    }
}
