package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.report.ReportWriter;
import dev.contractgate.faults.Fault;
import dev.contractgate.faults.FaultProxy;
import dev.contractgate.faults.ProxiedResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that echoes the caller's token puts it in no report: the run's token is masked wherever it appears. */
class TokenEchoTest {

    @Test
    void a_token_the_server_echoes_in_its_bodies_appears_in_no_report(@TempDir Path dir) throws Exception {
        Fault echo = (req, up) -> {
            ProxiedResponse res = up.apply(req);
            String auth = req.header("Authorization");
            if (auth == null || res.body() == null || !res.body().startsWith("{")) {
                return res;
            }
            return res.editJson(o -> o.put("seenCredentials", "you sent " + auth.substring(auth.indexOf(' ') + 1)));
        };
        RunResult result;
        try (FaultProxy proxy = FaultProxy.start(MockServer.url(), echo)) {
            result = ConformanceCheck.run(MockServerRunTest.SPEC,
                    CheckOptions.of(proxy.url(), MockServer.TOKEN).withPathValue("deploymentId", "cgecho"), CheckListener.NONE);
        }
        assertThat(result.findings()).isNotEmpty(); // the echoed field breaks the schemas: the bodies are evidence
        ReportWriter.writeAll(result, dir);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("you sent " + MockServer.TOKEN).contains("you sent ****");
            }
        }
    }
}
