package dev.contractgate.faults;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar fault-server/target/fault-server.jar --target URL --fault NAME [--port N]}:
 * serves the API at {@code --target} with one planted fault until stopped. {@code --list} names
 * the faults. Exit codes: 0 stopped normally, 2 bad usage (unknown fault, bad URL, port in use).
 */
@Command(name = "fault-server", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A proxy that plants one named fault in front of a correct agent-token API.")
public final class FaultServerMain implements Callable<Integer> {

    @Option(names = "--target", paramLabel = "URL", description = "base URL of the correct server, e.g. http://127.0.0.1:8080")
    URI target;

    @Option(names = "--fault", paramLabel = "NAME", defaultValue = "none", description = "the fault to plant (see --list); default: ${DEFAULT-VALUE}")
    String fault;

    @Option(names = "--port", defaultValue = "0", description = "port to listen on; 0 picks a free one")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on; default: ${DEFAULT-VALUE}")
    String bind;

    @Option(names = "--token", defaultValue = Credentials.MOCK_TOKEN, description = "a token the server accepts everywhere; default: ${DEFAULT-VALUE}")
    String token;

    @Option(names = "--restricted-token", defaultValue = Credentials.MOCK_RESTRICTED_TOKEN, description = "a token the server restricts to one organization; default: ${DEFAULT-VALUE}")
    String restrictedToken;

    @Option(names = "--restricted-organization", defaultValue = Credentials.MOCK_RESTRICTED_ORGANIZATION, description = "that organization; default: ${DEFAULT-VALUE}")
    String restrictedOrganization;

    @Option(names = "--list", description = "print the faults, one per line, and exit")
    boolean list;

    public static void main(String[] args) {
        System.exit(new CommandLine(new FaultServerMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Credentials credentials = new Credentials(token, restrictedToken, restrictedOrganization);
        PrintWriter out = new PrintWriter(System.out, true);
        if (list) {
            PlantedFaults.catalogue(credentials).values()
                    .forEach(f -> out.printf("%-45s %s%n", f.name(), f.description()));
            return 0;
        }
        if (target == null || target.getHost() == null) {
            System.err.println("fault-server: --target URL is required, e.g. --target http://127.0.0.1:8080");
            return 2;
        }
        PlantedFault planted = PlantedFaults.named(fault, credentials).orElse(null);
        if (planted == null) {
            System.err.println("fault-server: unknown fault '" + fault + "'; --list names them");
            return 2;
        }
        FaultProxy proxy;
        try {
            proxy = FaultProxy.start(target, planted.fault(), new InetSocketAddress(bind, port));
        } catch (java.io.IOException e) {
            System.err.println("fault-server: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            proxy.close();
            stopped.countDown();
        }));
        out.println("fault-server: " + planted.name() + " (" + planted.description() + ") on " + proxy.url()
                + " -> " + target);
        stopped.await();
        return 0;
    }
}
