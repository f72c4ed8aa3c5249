package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import java.util.function.Consumer;

/**
 * One check before it runs: the group (the operation), a readable name, its {@link Phase}, and
 * what it does with its {@link Probe}.
 */
record PlannedCheck(String group, String name, Phase phase, Consumer<Probe> body) {

    /**
     * When a check may run. Stateful sequences count the resources of the deployment, so nothing
     * that may create one runs beside them: they share the first phase with checks of read-only
     * operations only; checks that may create (any non-GET operation, or making a resource to
     * read) run after.
     */
    enum Phase {
        SEQUENCE, READ_ONLY, MUTATING
    }

    /** A check that makes resources whatever its operation does. */
    static PlannedCheck creating(SpecOperation op, String name, Consumer<Probe> body) {
        return new PlannedCheck(op.id(), name, Phase.MUTATING, body);
    }

    static PlannedCheck of(SpecOperation op, String name, Consumer<Probe> body) {
        return new PlannedCheck(op.id(), name, "get".equals(op.method()) ? Phase.READ_ONLY : Phase.MUTATING, body);
    }
}
