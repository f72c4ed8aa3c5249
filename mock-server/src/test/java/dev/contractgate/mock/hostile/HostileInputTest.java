package dev.contractgate.mock.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.contractgate.mock.hostile.HostileRequests.Hostile;
import dev.contractgate.mock.support.ApiTest;
import dev.contractgate.mock.support.SpecValidation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over raw sockets, the hostile-input catalogue ({@link HostileRequests}): every request gets an
 * answer, never a 5xx, and every 4xx carries the spec's Error body with its own status; the
 * server echoes no secret and lets no auth trick through.
 */
class HostileInputTest extends ApiTest {

    static List<Hostile> catalogue() {
        return HostileRequests.all();
    }

    @Test
    void the_catalogue_holds_at_least_150_requests_across_eight_families() {
        assertThat(catalogue()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(catalogue()).extracting(Hostile::family).containsOnly(
                "body", "size", "encoding", "path", "query", "method", "protocol", "auth");
        assertThat(catalogue()).extracting(Hostile::toString).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void a_hostile_request_gets_a_2xx_or_a_4xx_with_the_error_body_and_never_a_5xx(Hostile hostile) throws Exception {
        RawExchange answer = RawExchange.send(port, hostile.bytes(), hostile.halfClose());

        assertThat(answer.timedOut()).as("the server answered within 10 s and closed: %s", answer.head()).isFalse();
        if (answer.response().isEmpty() && hostile.mayCloseSilently()) {
            return;
        }
        if (hostile.http09()) {
            // an HTTP/0.9 request line (no version) is answered the HTTP/0.9 way: the body alone
            assertThat(answer.response()).doesNotStartWith("HTTP/");
            assertThat(SpecValidation.validateErrorBody(answer.response(), "application/json").hasErrors())
                    .as("an Error body: %s", answer.response()).isFalse();
            return;
        }
        int status = answer.status();
        assertThat(status).as("an HTTP status line came back, got: %s", abbreviate(answer.response())).isPositive();
        assertThat(status).as("status for %s", hostile).isLessThan(500);
        if (status >= 400) {
            assertErrorBody(status, answer);
        }
        if (hostile.family().equals("auth")) {
            assertThat(status).as("an auth trick never reaches the API").isBetween(400, 499);
        }
        assertThat(answer.response()).as("no secret echoed").doesNotContain(HostileRequests.SECRET);
    }

    private static void assertErrorBody(int status, RawExchange answer) {
        assertThat(answer.contentType()).as("Content-Type of %s", answer.head()).startsWith("application/json");
        ValidationReport report = SpecValidation.validateErrorBody(answer.body(), answer.contentType());
        assertThat(report.hasErrors()).as("the Error schema: %s\nbody: %s",
                SimpleValidationReportFormat.getInstance().apply(report), abbreviate(answer.body())).isFalse();
        Matcher statusCode = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)").matcher(answer.body());
        assertThat(statusCode.find()).as("statusCode in %s", answer.body()).isTrue();
        assertThat(Integer.parseInt(statusCode.group(1))).as("statusCode equals the HTTP status").isEqualTo(status);
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
