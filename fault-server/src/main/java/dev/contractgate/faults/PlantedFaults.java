package dev.contractgate.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of faults, by name. Each fault is written as a server bug, not as a reaction to
 * one checker's probes: it fires on whatever request shows the bug, so any tool pointed at the
 * proxy has the same chance to find it. Each call makes fresh instances (some faults keep state).
 */
public final class PlantedFaults {

    private PlantedFaults() {
    }

    /** Every fault, in a stable order, keyed by name. */
    public static Map<String, PlantedFault> catalogue(Credentials credentials) {
        List<PlantedFault> all = new ArrayList<>();
        all.addAll(ResponseBodyFaults.all());
        all.addAll(AuthFaults.all(credentials));
        all.addAll(ValidationFaults.all());
        all.addAll(BehaviourFaults.all());
        all.addAll(ResourceFaults.all(credentials));
        all.addAll(StatedFactFaults.all());
        all.addAll(ModelOnlyFaults.all());
        all.addAll(InputFaults.all());
        all.addAll(RaceFaults.all());
        Map<String, PlantedFault> byName = new LinkedHashMap<>();
        for (PlantedFault fault : all) {
            if (byName.put(fault.name(), fault) != null) {
                throw new IllegalStateException("two faults are named " + fault.name());
            }
        }
        return byName;
    }

    /** A fresh instance of the named fault ({@code none} is the clean pass-through). */
    public static Optional<PlantedFault> named(String name, Credentials credentials) {
        if ("none".equals(name)) {
            return Optional.of(new PlantedFault("none", "no fault: a clean pass-through", Fault.NONE));
        }
        return Optional.ofNullable(catalogue(credentials).get(name));
    }
}
