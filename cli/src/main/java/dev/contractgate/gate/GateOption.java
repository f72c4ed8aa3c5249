package dev.contractgate.gate;

/**
 * The inputs of a gate run, each with the name a user gives it on the command line and in the Maven
 * plugin, so that bad input is said in the front end's own words ({@link InvalidGateInput}).
 */
public enum GateOption {
    SPEC("--spec", "spec"),
    PACTS("--pacts", "pacts"),
    BASE_URL("--base-url", "baseUrl"),
    TOKEN("--token", "token"),
    FORBIDDEN_TOKEN("--forbidden-token", "forbiddenToken"),
    PROVIDER_STATES_URL("--provider-states-url", "providerStatesUrl"),
    MOCK("--mock", "mock"),
    BASELINE("--base", "baseline"),
    FAIL_ON("--fail-on", "failOn"),
    CLIENT_JAR("--client-jar", "clientJar");

    private final String flag;
    private final String parameter;

    GateOption(String flag, String parameter) {
        this.flag = flag;
        this.parameter = parameter;
    }

    /** The command-line flag: {@code --base-url}. */
    public String flag() {
        return flag;
    }

    /** The Maven plugin's parameter: {@code baseUrl}. */
    public String parameter() {
        return parameter;
    }
}
