package dev.contractgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class MockGoalsTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path reports;

    private final HttpClient http = HttpClient.newHttpClient();

    private int status(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** What a test does while the mock server runs, given the build's project (its properties say where). */
    private interface WhileRunning {
        void run(MavenProject project) throws Exception;
    }

    /** mock-start, the test, then mock-stop whatever happened. */
    private static void withMockServer(MavenProject project, WhileRunning test) throws Exception {
        MockStartGoal start = new MockStartGoal();
        start.project = project;
        start.execute();
        try {
            test.run(project);
        } finally {
            MockStopGoal stop = new MockStopGoal();
            stop.project = project;
            stop.execute();
        }
    }

    @Test
    void mock_start_serves_the_api_in_another_process_and_tells_the_build_where_and_mock_stop_stops_it() throws Exception {
        MavenProject project = new MavenProject();
        withMockServer(project, running -> {
            String url = running.getProperties().getProperty("contractgate.mock.url");
            String token = running.getProperties().getProperty("contractgate.mock.token");
            assertThat(url).startsWith("http://127.0.0.1:");
            assertThat(running.getProperties().getProperty("pact.provider.stateChangeUrl")).isEqualTo(url + "/_admin/provider-states");
            assertThat(status(url + "/organizations/clmorg0000000000000000001/deployments/clmdep0000000000000000001/agent-tokens", token))
                    .isEqualTo(200);
            assertThat(status(url + "/organizations/clmorg0000000000000000001/deployments/clmdep0000000000000000001/agent-tokens", null))
                    .isEqualTo(401);
        });
        String url = project.getProperties().getProperty("contractgate.mock.url");
        assertThatThrownBy(() -> status(url + "/_health", null)).as("stopped").isInstanceOf(java.io.IOException.class);
    }

    @Test
    void check_takes_a_forbidden_token_and_fails_the_build_when_the_server_does_not_refuse_it() throws Exception {
        withMockServer(new MavenProject(), running -> {
            String url = running.getProperties().getProperty("contractgate.mock.url");
            CheckGoal restricted = check(url, "dev-token-restricted");
            restricted.forbiddenOrganization = "clmrestrictedorg000000001";
            restricted.execute(); // the mock refuses it on the spec's example organization: passes

            CheckGoal notRestricted = check(url, "dev-token"); // may act on any organization: no 403 anywhere
            assertThatThrownBy(notRestricted::execute).isInstanceOf(org.apache.maven.plugin.MojoFailureException.class);
        });
    }

    private CheckGoal check(String url, String forbiddenToken) {
        CheckGoal check = new CheckGoal();
        check.baseUrl = url;
        check.token = "dev-token";
        check.forbiddenToken = forbiddenToken;
        check.reportDir = reports.resolve(forbiddenToken).toFile();
        return check;
    }
}
