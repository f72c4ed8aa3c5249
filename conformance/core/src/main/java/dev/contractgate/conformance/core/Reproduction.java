package dev.contractgate.conformance.core;

/**
 * The shortest sequence of requests that shows a finding, in the two forms a person runs: a shell
 * script of {@code curl} lines ({@code $BASE_URL} and {@code $TOKEN} to set, never the run's token)
 * and a JUnit 5 test ({@code junitClass}, source in {@code junit}). Both masked; either may be empty.
 */
public record Reproduction(String curl, String junitClass, String junit) {

    public static final Reproduction NONE = new Reproduction("", "", "");

    public Reproduction {
        curl = curl == null ? "" : curl;
        junitClass = junitClass == null ? "" : junitClass;
        junit = junit == null ? "" : junit;
    }

    public boolean isEmpty() {
        return curl.isEmpty() && junit.isEmpty();
    }
}
