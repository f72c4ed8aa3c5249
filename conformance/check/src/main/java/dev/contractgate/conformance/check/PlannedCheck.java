package dev.contractgate.conformance.check;

import java.util.function.Consumer;

/**
 * One check before it runs: the group (the operation), a readable name, whether it must run
 * alone (stateful sequences that count resources), and what it does with its {@link Probe}.
 */
record PlannedCheck(String group, String name, boolean serial, Consumer<Probe> body) {
}
