package dev.contractgate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code contract serve}: the bundled mock server in this JVM, until it is killed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the bundled agent-token mock server (same flags as java -jar mock-server.jar: "
                + "--port N, --bind ADDRESS, --admin, --seed FILE, --tokens FILE, --base-path PATH, --name=value). Runs until killed.")
final class ServeCommand extends ContractSubcommand {

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default 8080; 0 picks a free port).")
    Integer port;

    @Unmatched
    List<String> mockFlags = new ArrayList<>();

    @Override
    protected int execute() {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--port");
            args.add(String.valueOf(port));
        }
        args.addAll(mockFlags);
        BundledMockServer server = BundledMockServer.start(args, verbose);
        CountDownLatch closed = new CountDownLatch(1);
        server.context().addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (!server.context().isActive()) {
            return 0;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return 0;
    }
}
