package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.FindingGroups;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in the shape CI servers parse (Surefire's): one {@code testsuite} per group,
 * one {@code testcase} per check; a check with error findings gets one {@code failure}
 * whose text lists every finding with its evidence; warnings go to {@code system-out}.
 * Written with the JDK's StAX writer, which escapes; characters XML 1.0 forbids are dropped.
 */
public final class JUnitXmlRenderer implements Renderer {

    @Override
    public String fileName() {
        return "junit.xml";
    }

    @Override
    public String render(RunResult result) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", clean(result.title()));
            xml.writeAttribute("tests", String.valueOf(result.checks().size()));
            xml.writeAttribute("failures", String.valueOf(result.checks().stream().filter(c -> !c.passed()).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", seconds(total(result.checks())));
            Map<String, String> causes = new java.util.HashMap<>();
            FindingGroups.of(result).forEach(g -> causes.put(FindingGroups.key(g.first()), g.id()));
            for (Map.Entry<String, List<CheckRecord>> group : Groups.of(result).entrySet()) {
                writeSuite(xml, group.getKey(), group.getValue(), causes);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text.toString() + "\n";
    }

    private static void writeSuite(XMLStreamWriter xml, String group, List<CheckRecord> checks,
                                   Map<String, String> causes) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(group));
        xml.writeAttribute("tests", String.valueOf(checks.size()));
        xml.writeAttribute("failures", String.valueOf(checks.stream().filter(c -> !c.passed()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(total(checks)));
        for (CheckRecord check : checks) {
            writeCase(xml, group, check, causes);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, String group, CheckRecord check, Map<String, String> causes)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", clean(group));
        xml.writeAttribute("name", clean(check.name()));
        xml.writeAttribute("time", seconds(check.duration()));
        List<Finding> errors = check.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        List<Finding> warnings = check.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
        if (!errors.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", clean(errors.get(0).rule()));
            xml.writeAttribute("message", clean(ReportSafety.safe(errors.get(0).message())));
            xml.writeCharacters(clean(describe(errors, causes)));
            xml.writeEndElement();
        }
        if (!warnings.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(describe(warnings, causes)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Each finding, with the root cause it belongs to ({@code G3}: the same id as in the JSON report's groups). */
    private static String describe(List<Finding> findings, Map<String, String> causes) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.severity()).append(' ').append(f.rule()).append(" at ").append(f.location())
                    .append(" [root cause ").append(causes.get(FindingGroups.key(f))).append("]\n")
                    .append(ReportSafety.safe(f.message())).append('\n');
            if (!f.evidence().request().isEmpty()) {
                out.append("--- request\n").append(ReportSafety.safe(f.evidence().request())).append('\n');
            }
            if (!f.evidence().reproduction().curl().isEmpty()) {
                out.append("--- reproduce\n").append(ReportSafety.safe(f.evidence().reproduction().curl())).append('\n');
            }
            if (!f.evidence().response().isEmpty()) {
                out.append("--- response\n").append(ReportSafety.safe(f.evidence().response())).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static Duration total(List<CheckRecord> checks) {
        return checks.stream().map(CheckRecord::duration).reduce(Duration.ZERO, Duration::plus);
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    /** Drops characters that XML 1.0 cannot carry at all, even escaped. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD
                        || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
