package dev.contractgate.conformance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlRendererTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writes_one_testcase_per_check_and_a_failure_per_failed_check() throws Exception {
        Document doc = parse(new JUnitXmlRenderer().render(SampleRuns.withFindings()));

        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element failure = (Element) failures.item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("secret.token-leaked");
        assertThat(failure.getTextContent()).contains("--- request", "--- response", "<script>");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void stays_well_formed_when_text_holds_characters_xml_forbids() throws Exception {
        String withControl = "bad\u0000char\u001b";
        assertThat(JUnitXmlRenderer.clean(withControl)).isEqualTo("badchar");
        parse(new JUnitXmlRenderer().render(SampleRuns.clean()));
    }
}
