package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operation the server never implemented does not pass: where the spec has no link, one is
 * inferred from the parent collection's create operation and the operation is called on a real
 * resource; where nothing can provide its resource, the run fails saying how to fix it.
 */
class CoverageTest {

    private static final String AGENT_POOL = """
                  /organizations/{organizationId}/deployments/{deploymentId}/agent-pools/{agentPoolId}:
                    parameters:
                      - $ref: '#/components/parameters/OrganizationId'
                      - $ref: '#/components/parameters/DeploymentId'
                      - name: agentPoolId
                        in: path
                        required: true
                        description: The ID of an agent pool.
                        schema:
                          type: string
                    get:
                      operationId: GetAgentPool
                      summary: Read an agent pool
                      description: Reads one agent pool.
                      tags: [AgentToken]
                      security:
                        - JWT: []
                      responses:
                        '200':
                          description: OK.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/ApiToken'
                        '401':
                          $ref: '#/components/responses/Unauthorized'
                        '404':
                          $ref: '#/components/responses/NotFound'
                """;

    private static final String DELETE = "    delete:\n      operationId: DeleteAgentToken\n";

    @TempDir
    Path dir;

    @Test
    void an_operation_added_to_the_spec_without_a_link_is_called_on_a_real_token_and_its_404_is_a_rejection() throws IOException {
        SpecSource spec = withOperation("""
                  /organizations/{organizationId}/deployments/{deploymentId}/agent-tokens/{agentTokenId}/rotate:
                    parameters:
                      - $ref: '#/components/parameters/OrganizationId'
                      - $ref: '#/components/parameters/DeploymentId'
                      - $ref: '#/components/parameters/AgentTokenId'
                    post:
                      operationId: RotateAgentToken
                      summary: Rotate an agent token
                      description: Gives the token a new secret.
                      tags: [AgentToken]
                      security:
                        - JWT: []
                      responses:
                        '200':
                          description: OK. The token with its new secret.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/ApiToken'
                        '401':
                          $ref: '#/components/responses/Unauthorized'
                        '404':
                          $ref: '#/components/responses/NotFound'
                """);

        RunResult result = ConformanceCheck.run(spec, options("cgrotate"), CheckListener.NONE);

        List<Finding> rotate = result.findings().stream().filter(f -> "RotateAgentToken".equals(f.operation())).toList();
        assertThat(rotate).extracting(Finding::rule).contains(CheckRules.POSITIVE_REJECTED);
        assertThat(rotate).filteredOn(f -> f.rule().equals(CheckRules.POSITIVE_REJECTED))
                .allSatisfy(f -> assertThat(f.message()).contains("404"));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stats().get("inferred links").toString())
                .contains("RotateAgentToken.agentTokenId <- CreateAgentToken $response.body#/id");
    }

    @Test
    void an_operation_no_case_can_call_with_valid_inputs_fails_the_run_and_says_how_to_fix_it() throws IOException {
        SpecSource spec = withOperation(AGENT_POOL);

        RunResult result = ConformanceCheck.run(spec, options("cgpools"), CheckListener.NONE);

        assertThat(result.findings()).filteredOn(f -> f.rule().equals(CheckRules.COVERAGE_NOT_EXERCISED)).singleElement()
                .satisfies(f -> {
                    assertThat(f.operation()).isEqualTo("GetAgentPool");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("--param agentPoolId=VALUE").contains("add a link");
                });
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void every_operation_of_the_unchanged_spec_is_called_with_valid_inputs() {
        RunResult result = ConformanceCheck.run(MockServerRunTest.SPEC, options("cgcovered"), CheckListener.NONE);

        assertThat(result.findings()).extracting(Finding::rule).doesNotContain(CheckRules.COVERAGE_NOT_EXERCISED);
        assertThat(result.checks()).filteredOn(c -> c.name().endsWith("was called with valid inputs at least once"))
                .hasSize(4).allMatch(c -> c.passed());
    }

    @Test
    void a_value_passed_for_the_parameter_lets_the_operation_be_called() throws IOException {
        SpecSource spec = withOperation(AGENT_POOL);
        RunResult result = ConformanceCheck.run(spec, options("cgparam").withPathValue("agentPoolId", "pool-1"),
                CheckListener.NONE);

        assertThat(result.findings()).extracting(Finding::rule).doesNotContain(CheckRules.COVERAGE_NOT_EXERCISED);
        assertThat(result.findings()).filteredOn(f -> "GetAgentPool".equals(f.operation()))
                .extracting(Finding::rule).contains(CheckRules.POSITIVE_REJECTED);
    }

    private static CheckOptions options(String deployment) {
        return CheckOptions.of(MockServer.url(), MockServer.TOKEN).withPathValue("deploymentId", deployment);
    }

    private SpecSource withOperation(String pathItem) throws IOException {
        String text = Files.readString(MockServerRunTest.SPEC.path());
        int at = text.indexOf("\ncomponents:");
        assertThat(at).isPositive();
        assertThat(text).contains(DELETE);
        String edited = text.substring(0, at) + "\n" + pathItem.stripTrailing() + "\n" + text.substring(at);
        return SpecSource.load(Files.writeString(dir.resolve("agent-tokens.yaml"), edited));
    }
}
