import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contractgate.faults.Credentials;
import dev.contractgate.faults.Fault;
import dev.contractgate.faults.FaultProxy;
import dev.contractgate.faults.PlantedFault;
import dev.contractgate.faults.PlantedFaults;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Side-by-side run of {@code contract check} and Specmatic's generated contract tests against the
 * same server: the bundled mock server, behind the fault server, once clean (several times, for
 * the timing median and Specmatic's noise) and once per planted fault. Run by compare.sh from the
 * repository root; not a test. Prints a Markdown table and writes it, with every run's reports and
 * logs, to benchmarks/specmatic/target.
 *
 * <p>A fault counts as found by contract check when the run exits 1 with findings (the clean run
 * has none). Specmatic fails some tests on the clean server too, so a fault counts as found by
 * Specmatic only when a test fails that failed in none of the clean runs; the table shows one.
 */
public final class Compare {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Credentials CREDENTIALS = Credentials.mockServerDefaults();
    private static final String SPEC = "openapi/agent-tokens.yaml";
    private static final String ORG = "clm8pxjjw000008l23jm08hyu";
    private static final String DEPLOYMENT = "clm8t5u4q000008jq4qoc3031";
    private static final List<String> EXAMPLE_TOKEN_IDS = List.of("clm8q7f6q000008lcgyougpsk", "clm9d3l3t000008lcgdeleteme");

    record ToolRun(String tool, String fault, double seconds, int exit, int tests, Set<String> failures) {
    }

    private final Path root = Path.of("").toAbsolutePath();
    private final Path out = root.resolve("benchmarks/specmatic/target");
    private final Path specmaticJar = root.resolve("benchmarks/specmatic/node_modules/specmatic/specmatic.jar");
    private URI mock;

    public static void main(String[] args) throws Exception {
        int cleanRuns = 3;
        List<String> only = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clean-runs" -> cleanRuns = Integer.parseInt(args[++i]);
                case "--faults" -> only = Arrays.asList(args[++i].split(","));
                default -> {
                    System.err.println("compare: unknown option " + args[i] + "; use --clean-runs N, --faults a,b");
                    System.exit(2);
                }
            }
        }
        new Compare().run(cleanRuns, only);
    }

    private void run(int cleanRuns, List<String> only) throws Exception {
        Files.createDirectories(out);
        Process server = startMock();
        try {
            List<ToolRun> clean = new ArrayList<>();
            for (int i = 1; i <= cleanRuns; i++) {
                progress("clean run " + i + "/" + cleanRuns);
                clean.add(contractCheck("none", "none-" + i, Fault.NONE));
                clean.add(specmatic("none", "none-" + i, Fault.NONE));
            }
            Map<String, PlantedFault> faults = new LinkedHashMap<>(PlantedFaults.catalogue(CREDENTIALS));
            if (!only.isEmpty()) {
                faults.keySet().retainAll(only);
            }
            List<ToolRun> faulty = new ArrayList<>();
            int n = 0;
            for (PlantedFault fault : faults.values()) {
                progress("fault " + (++n) + "/" + faults.size() + ": " + fault.name());
                // Fresh instances per tool: some faults remember what they saw.
                faulty.add(contractCheck(fault.name(), fault.name(), fresh(fault.name())));
                faulty.add(specmatic(fault.name(), fault.name(), fresh(fault.name())));
            }
            String report = new Summary(clean, faulty, faults).markdown();
            Files.writeString(out.resolve("results.md"), report);
            System.out.println(report);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static Fault fresh(String name) {
        return PlantedFaults.named(name, CREDENTIALS).orElseThrow().fault();
    }

    private static void progress(String what) {
        System.err.println("compare: " + what);
    }

    // --- the server under test ---

    private Process startMock() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = out.resolve("mock-server.log");
        Process p = new ProcessBuilder("java", "-jar", "mock-server/target/mock-server.jar", "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--admin", "--quiet")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        mock = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(mock.resolve("/_health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    progress("mock server on " + mock);
                    return p;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        p.destroy();
        throw new IllegalStateException("the mock server did not start in 60 s; see " + log);
    }

    /** Empties the mock and, for Specmatic's example-based tests, puts back the examples' tokens. */
    private void resetMock(boolean withExampleTokens) throws Exception {
        admin("/_admin/reset", "");
        if (withExampleTokens) {
            for (String id : EXAMPLE_TOKEN_IDS) {
                admin("/_admin/provider-states", JSON.writeValueAsString(Map.of("state", "deployment has agent token",
                        "params", Map.of("organizationId", ORG, "deploymentId", DEPLOYMENT, "agentTokenId", id))));
            }
        }
    }

    private void admin(String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(mock.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("mock admin " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    // --- the two tools ---

    private ToolRun contractCheck(String fault, String label, Fault planted) throws Exception {
        resetMock(false);
        Path reports = out.resolve("contract/" + label);
        try (FaultProxy proxy = FaultProxy.start(mock, planted)) {
            Timed t = time(List.of("./contract", "check", "--spec", SPEC, "--base-url", proxy.url().toString(),
                    "--token", CREDENTIALS.valid(), "--forbidden-token", CREDENTIALS.restricted(),
                    "--forbidden-organization", CREDENTIALS.restrictedOrganization(), "--report-dir", reports.toString()),
                    root, reports.resolve("console.log"), Map.of());
            JsonNode json = JSON.readTree(reports.resolve("contract-report.json").toFile());
            Set<String> rules = new TreeSet<>();
            json.path("checks").forEach(c -> c.path("findings").forEach(f -> rules.add(f.path("rule").asText())));
            int requests = json.path("stats").path("requests").asInt();
            return new ToolRun("contract check", fault, t.seconds(), t.exit(), requests, rules);
        }
    }

    private ToolRun specmatic(String fault, String label, Fault planted) throws Exception {
        resetMock(true);
        Path work = out.resolve("specmatic/" + label);
        Files.createDirectories(work);
        Files.copy(root.resolve("benchmarks/specmatic/specmatic.yaml"), work.resolve("specmatic.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (FaultProxy proxy = FaultProxy.start(mock, planted)) {
            Timed t = time(List.of("java", "-jar", specmaticJar.toString(), "test", "--testBaseURL=" + proxy.url(),
                    "--examples=" + root.resolve("benchmarks/specmatic/examples"), "--junitReportDir=junit",
                    root.resolve(SPEC).toString()), work, work.resolve("console.log"), Map.of("JWT", CREDENTIALS.valid()));
            File junit = work.resolve("junit/TEST-junit-jupiter.xml").toFile();
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit);
            NodeList cases = doc.getElementsByTagName("testcase");
            Set<String> failed = new LinkedHashSet<>();
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                if (c.getElementsByTagName("failure").getLength() + c.getElementsByTagName("error").getLength() > 0) {
                    failed.add(c.getAttribute("name").replaceFirst("^.*contractTest\\(\\) > ", ""));
                }
            }
            return new ToolRun("Specmatic", fault, t.seconds(), t.exit(), cases.getLength(), failed);
        }
    }

    record Timed(double seconds, int exit) {
    }

    private static Timed time(List<String> command, Path dir, Path log, Map<String, String> env) throws Exception {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        return new Timed((System.nanoTime() - start) / 1e9, exit);
    }

    // --- the table ---

    record Summary(List<ToolRun> clean, List<ToolRun> faulty, Map<String, PlantedFault> faults) {

        String markdown() {
            Set<String> specmaticNoise = clean.stream().filter(r -> r.tool().equals("Specmatic"))
                    .flatMap(r -> r.failures().stream()).collect(Collectors.toSet());
            StringBuilder md = new StringBuilder("# contract check vs Specmatic, one planted fault at a time\n\n");
            md.append(cleanLine("contract check")).append(cleanLine("Specmatic"));
            md.append("\nSpecmatic's clean-run failures (").append(specmaticNoise.size())
                    .append(" distinct tests, counted as noise, not as finds): ")
                    .append(noiseKinds(specmaticNoise)).append("\n\n");
            md.append("| fault | contract check | s | Specmatic | s |\n|---|---|---|---|---|\n");
            int oursFound = 0;
            int theirsFound = 0;
            for (PlantedFault fault : faults.values()) {
                ToolRun ours = find("contract check", fault.name());
                ToolRun theirs = find("Specmatic", fault.name());
                boolean oursHit = ours.exit() == 1 && !ours.failures().isEmpty();
                List<String> fresh = theirs.failures().stream().filter(f -> !specmaticNoise.contains(f)).toList();
                boolean theirsHit = !fresh.isEmpty();
                oursFound += oursHit ? 1 : 0;
                theirsFound += theirsHit ? 1 : 0;
                md.append("| `").append(fault.name()).append("` | ")
                        .append(oursHit ? "**found**: " + String.join(", ", ours.failures()) : "missed (exit " + ours.exit() + ")")
                        .append(" | ").append(String.format("%.1f", ours.seconds())).append(" | ")
                        .append(theirsHit ? "**found**: " + fresh.size() + " new failures, e.g. " + shorten(fresh.get(0)) : "missed")
                        .append(" | ").append(String.format("%.1f", theirs.seconds())).append(" |\n");
            }
            md.append("\n**Found: contract check ").append(oursFound).append("/").append(faults.size())
                    .append(", Specmatic ").append(theirsFound).append("/").append(faults.size()).append(".**\n");
            return md.toString();
        }

        private String cleanLine(String tool) {
            List<ToolRun> runs = clean.stream().filter(r -> r.tool().equals(tool)).toList();
            double[] s = runs.stream().mapToDouble(ToolRun::seconds).sorted().toArray();
            return "- " + tool + ", clean server: median " + String.format("%.2f", s[s.length / 2]) + " s of "
                    + runs.size() + " runs (" + runs.stream().map(r -> String.format("%.2f", r.seconds()))
                    .collect(Collectors.joining(", ")) + "), " + runs.get(0).tests()
                    + (tool.equals("Specmatic") ? " tests" : " requests") + ", exit codes "
                    + runs.stream().map(r -> String.valueOf(r.exit())).collect(Collectors.joining(",")) + "\n";
        }

        private ToolRun find(String tool, String fault) {
            return faulty.stream().filter(r -> r.tool().equals(tool) && r.fault().equals(fault)).findFirst().orElseThrow();
        }

        private static String noiseKinds(Set<String> noise) {
            Map<String, Long> kinds = noise.stream().collect(Collectors.groupingBy(Summary::kind, LinkedHashMap::new,
                    Collectors.counting()));
            return kinds.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining("; "));
        }

        private static String kind(String test) {
            if (test.contains("offset is set to a value within the specified bounds")) {
                return "list with a 'within bounds' offset beyond int32 (the spec says format int32; the mock answers 400)";
            }
            return shorten(test);
        }

        private static String shorten(String test) {
            String t = test.replace("(organizationId:string)/deployments/(deploymentId:string)/", "…/")
                    .replace("|", "\\|");
            return "`" + (t.length() > 140 ? t.substring(0, 140) + "…" : t) + "`";
        }
    }
}
