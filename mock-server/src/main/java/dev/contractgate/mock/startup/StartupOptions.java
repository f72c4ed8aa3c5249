package dev.contractgate.mock.startup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of the mock server. Our own flags become Spring properties (passed as
 * command-line properties, so they win over {@code application.properties}); anything of the
 * form {@code --name=value} is passed to Spring unchanged (for example {@code --server.port=0}).
 */
public record StartupOptions(Map<String, Object> properties, String[] springArgs, boolean help) {

    /** The arguments for {@code SpringApplication.run}: our flags as {@code --name=value}, then the rest. */
    public String[] allSpringArgs() {
        List<String> all = new ArrayList<>();
        properties.forEach((name, value) -> all.add("--" + name + "=" + value));
        all.addAll(List.of(springArgs));
        return all.toArray(String[]::new);
    }

    public static String usage() {
        return """
                Usage: java -jar mock-server.jar [--port N] [--bind ADDRESS] [--admin] [--seed FILE] [--tokens FILE] [--base-path PATH] [--name=value ...]
                  --port N        port to listen on (default 8080; 0 picks a free port)
                  --base-path P   serve everything under this path, e.g. /v1 like the spec's server URL (default: /)
                  --bind ADDRESS  address to listen on (default 127.0.0.1)
                  --admin         enable POST /_admin/provider-states and POST /_admin/reset (off by default)
                  --seed FILE     load agent tokens from a JSON file at start
                  --tokens FILE   accepted bearer tokens from a JSON file (default: dev-token, dev-token-restricted)
                  --max-store-mb N  the most the token store may hold, in MB of heap (default: 40% of -Xmx);
                                  beyond it a create gets 400 "store is full" and reads, lists, deletes go on
                  --quiet         do not print the start-up line
                  --help          show this help""";
    }

    public static StartupOptions parse(String... args) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> springArgs = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String flag = eq > 0 ? arg.substring(0, eq) : arg;
            if (eq > 0 && FLAGS_WITH_VALUES.contains(flag)) {
                // --port=8081: our flag with its value attached, never a Spring property of that name
                setValue(properties, flag, nonBlank(flag, arg.substring(eq + 1)));
                continue;
            }
            switch (arg) {
                case "--port", "--bind", "--seed", "--tokens", "--base-path", "--max-store-mb" -> setValue(properties, arg, valueAfter(args, i++));
                case "--admin" -> properties.put("mock.admin.enabled", "true");
                case "--quiet" -> properties.put("mock.quiet", "true");
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("--") && arg.indexOf('=') > 2) {
                        springArgs.add(arg);
                    } else {
                        throw new StartupException("unknown option '" + arg + "'; run with --help to see the options");
                    }
                }
            }
        }
        return new StartupOptions(properties, springArgs.toArray(String[]::new), help);
    }

    private static final java.util.Set<String> FLAGS_WITH_VALUES = java.util.Set.of("--port", "--bind", "--seed", "--tokens", "--base-path", "--max-store-mb");

    private static void setValue(Map<String, Object> properties, String flag, String value) {
        switch (flag) {
            case "--port" -> properties.put("server.port", port(value));
            case "--bind" -> properties.put("server.address", value);
            case "--seed" -> properties.put("mock.seed-file", value);
            case "--tokens" -> properties.put("mock.tokens-file", value);
            case "--max-store-mb" -> properties.put("mock.max-store-mb", megabytes(value));
            case "--base-path" -> basePath(value).ifPresent(path -> properties.put("server.servlet.context-path", path));
            default -> throw new IllegalStateException(flag);
        }
    }

    private static String valueAfter(String[] args, int index) {
        if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
            throw new StartupException("option " + args[index] + " needs a value; run with --help to see the options");
        }
        return nonBlank(args[index], args[index + 1]);
    }

    /** The largest share of the JVM's heap {@code --max-store-mb} may give the store. */
    static final double MOST_HEAP_SHARE = 0.8;

    private static String megabytes(String value) {
        long mb;
        try {
            mb = Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            mb = 0;
        }
        if (mb < 1 || mb > 1_048_576) {
            throw new StartupException("--max-store-mb takes a whole number of megabytes from 1 to 1048576, not '" + value + "'");
        }
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long most = (long) (heapMb * MOST_HEAP_SHARE);
        if (mb > most) {
            // a store allowed more than the heap holds would end in OutOfMemoryError, not in a clean refusal
            throw new StartupException("--max-store-mb " + mb + " is more than this JVM's heap allows: it may use "
                    + heapMb + " MB (-Xmx), so give at most " + most + " (80%), or start java with a larger -Xmx");
        }
        return Long.toString(mb);
    }

    /** A flag's value: never blank (an empty --tokens must not fall back to the public dev tokens). */
    private static String nonBlank(String flag, String value) {
        if (value.isBlank()) {
            throw new StartupException("option " + flag + " needs a value, not an empty one; run with --help to see the options");
        }
        return value;
    }

    /**
     * A base path: plain segments after a leading slash, no trailing slash; "/" means the root.
     * Dot segments, empty segments and escapes are refused, so the path served is the path given.
     */
    static java.util.Optional<String> basePath(String value) {
        if (value.equals("/")) {
            return java.util.Optional.empty();
        }
        if (!value.matches("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+")) {
            throw new StartupException("--base-path must look like /v1 or /api/v1 (segments of letters, digits, '.', '_', '~', '-';"
                    + " no trailing '/'), not '" + value + "'");
        }
        return java.util.Optional.of(value);
    }

    private static String port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new StartupException("--port must be a number from 0 to 65535, not '" + value + "'");
    }
}
