package dev.contractgate.mock.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.mock.support.ApiTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A client's protocol mistake is a 4xx with the spec's Error body, never a bodiless answer or a 5xx. */
class ProtocolErrorsTest extends ApiTest {

    private String exchange(String raw) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int read = in.read(buffer);
            return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "TRACE | TRACE /organizations/o/deployments/d/agent-tokens HTTP/1.1\\r\\nHost: x\\r\\nAuthorization: Bearer dev-token\\r\\n\\r\\n | 405",
            "CONNECT | CONNECT 127.0.0.1:443 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 405",
            "HTTP/1.2 | GET /_health HTTP/1.2\\r\\nHost: x\\r\\n\\r\\n | 400",
            "Transfer-Encoding gzip | POST /organizations/o/deployments/d/agent-tokens HTTP/1.1\\r\\nHost: x\\r\\nAuthorization: Bearer dev-token\\r\\nContent-Type: application/json\\r\\nTransfer-Encoding: gzip\\r\\n\\r\\n | 400"})
    void a_protocol_mistake_gets_a_4xx_error_body(String what, String raw, int status) throws Exception {
        String response = exchange(raw.replace("\\r\\n", "\r\n"));

        assertThat(response).as(what).startsWith("HTTP/1.1 " + status);
        assertThat(response).as(what).contains("\"statusCode\":" + status).doesNotContain("dev-token");
    }
}
