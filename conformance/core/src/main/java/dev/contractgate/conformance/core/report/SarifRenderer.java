package dev.contractgate.conformance.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.FindingGroups;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecLocation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning annotations: one result per finding, rule id = rule key,
 * level from the severity, located at the spec file and line (relative to the working
 * directory when the file lies under it, as code-scanning expects repository paths), the
 * JSON pointer as a logical location.
 */
public final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String fileName() {
        return "contract-report.sarif";
    }

    @Override
    public String render(RunResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "contract-gate");
        driver.put("informationUri", "https://github.com/contract-gate/contract-gate");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        ArrayNode results = run.putArray("results");
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (FindingGroups.Group g : FindingGroups.of(result)) {
            groupOf.put(FindingGroups.key(g.first()), g.id());
        }
        for (Finding f : result.findings()) {
            Integer index = ruleIndex.get(f.rule());
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(f.rule(), index);
                ObjectNode rule = rules.addObject();
                rule.put("id", f.rule());
                rule.putObject("shortDescription").put("text", f.rule());
            }
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            r.put("ruleIndex", index);
            r.put("level", f.severity() == Severity.ERROR ? "error" : "warning");
            String text = ReportSafety.safe(f.message());
            boolean named = f.operation() == null || text.contains(f.operation());
            r.putObject("message").put("text", named ? text : f.operation() + ": " + text);
            writeLocation(r.putArray("locations"), f);
            // one fingerprint per root cause: code-scanning tools show the occurrences as one alert
            r.putObject("partialFingerprints").put("rootCause/v1", FindingGroups.key(f));
            ObjectNode props = r.putObject("properties");
            props.put("group", groupOf.get(FindingGroups.key(f)));
            if (!f.evidence().request().isEmpty()) {
                props.put("request", ReportSafety.safe(f.evidence().request()));
            }
            if (!f.evidence().response().isEmpty()) {
                props.put("response", ReportSafety.safe(f.evidence().response()));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF report", e);
        }
    }

    private static void writeLocation(ArrayNode locations, Finding f) {
        SpecLocation loc = f.location();
        if (loc.file() == null && (loc.pointer() == null || loc.pointer().isEmpty())) {
            return;
        }
        ObjectNode location = locations.addObject();
        if (loc.file() != null) {
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(loc.file()));
            if (loc.line() > 0) {
                physical.putObject("region").put("startLine", loc.line());
            }
        }
        if (loc.pointer() != null && !loc.pointer().isEmpty()) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", loc.pointer());
            if (f.operation() != null) {
                logical.put("name", f.operation());
            }
        }
    }

    static String uri(String file) {
        Path path = Path.of(file);
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(cwd)) {
            return cwd.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toUri().toString();
    }
}
