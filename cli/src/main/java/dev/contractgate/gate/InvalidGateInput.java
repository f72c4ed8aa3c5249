package dev.contractgate.gate;

import dev.contractgate.conformance.core.BadInputException;

/** Bad input to a gate run, typed by the {@link GateOption} it is about (exit code 2, as any bad input). */
public final class InvalidGateInput extends BadInputException {

    private final GateOption option;

    public InvalidGateInput(GateOption option, String message) {
        super(message);
        this.option = option;
    }

    public GateOption option() {
        return option;
    }
}
