package dev.contractgate.maven;

import dev.contractgate.mock.junit5.MockServerProcess;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mock servers mock-start started in this build, by project folder, until mock-stop stops them;
 * any left running when Maven exits (a failed build in between) are stopped then.
 */
final class RunningMockServers {

    private static final Map<String, MockServerProcess> RUNNING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.values().forEach(MockServerProcess::close),
                "contract-gate-mock-stop"));
    }

    private RunningMockServers() {
    }

    /** Keeps {@code server} as the one of {@code project}; a server already running there is stopped first. */
    static void put(String project, MockServerProcess server) {
        MockServerProcess previous = RUNNING.put(project, server);
        if (previous != null) {
            previous.close();
        }
    }

    /** Stops the server of {@code project}; false when none was running. */
    static boolean stop(String project) {
        MockServerProcess server = RUNNING.remove(project);
        if (server == null) {
            return false;
        }
        server.close();
        return true;
    }
}
