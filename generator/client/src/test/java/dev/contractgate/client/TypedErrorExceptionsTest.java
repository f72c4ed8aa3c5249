package dev.contractgate.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contractgate.client.ApiException.ApiErrorException;
import dev.contractgate.client.ApiException.BadRequestException;
import dev.contractgate.client.ApiException.ForbiddenException;
import dev.contractgate.client.ApiException.InternalServerErrorException;
import dev.contractgate.client.ApiException.NotFoundException;
import dev.contractgate.client.ApiException.UnauthorizedException;
import dev.contractgate.client.api.AgentTokenApi;
import dev.contractgate.client.model.ApiError;
import dev.contractgate.client.model.FieldValidationError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The apiException and api template overrides: one exception type per documented error status. */
class TypedErrorExceptionsTest {

    private static final ObjectMapper JSON = new ApiClient().getObjectMapper();

    private volatile int status;
    private volatile String contentType = "application/json";
    private volatile String body;
    private final StubServer server = new StubServer(exchange -> StubServer.respond(exchange, status, contentType, body));

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> documentedStatuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, UnauthorizedException.class),
                Arguments.of(403, ForbiddenException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(500, InternalServerErrorException.class));
    }

    @ParameterizedTest(name = "status {0} is thrown as {1}")
    @MethodSource("documentedStatuses")
    void throws_the_typed_exception_of_a_documented_status_with_the_parsed_error_body(
            int code, Class<? extends ApiErrorException> type) throws Exception {
        ApiError sent = new ApiError().message("failure " + code).requestId("req-" + code).statusCode(code);
        if (code == 400) {
            sent.fieldErrors(List.of(new FieldValidationError().field("name").code("required").message("name is required")));
        }
        answer(code, JSON.writeValueAsString(sent));

        ApiException thrown = catchThrowableOfType(ApiException.class,
                () -> api().getAgentToken("org1", "dep1", "tok1"));

        assertThat(thrown).isExactlyInstanceOf(type);
        assertThat(thrown.getCode()).isEqualTo(code);
        ApiError error = ((ApiErrorException) thrown).getError();
        assertThat(error).isEqualTo(sent);
        assertThat(error.getRequestId()).isEqualTo("req-" + code);
        assertThat(error.getStatusCode()).isEqualTo(code);
    }

    @Test
    void carries_the_field_errors_of_a_bad_request() throws Exception {
        ApiError sent = new ApiError().message("Invalid request").requestId("r1").statusCode(400)
                .fieldErrors(List.of(new FieldValidationError().field("limit").code("maximum").message("at most 1000")));
        answer(400, JSON.writeValueAsString(sent));

        BadRequestException thrown = catchThrowableOfType(BadRequestException.class,
                () -> api().listAgentTokens("org1", "dep1", 0, 5000, null));

        assertThat(thrown.getError().getFieldErrors()).extracting(FieldValidationError::getField).containsExactly("limit");
    }

    @Test
    void throws_a_plain_api_exception_for_an_undocumented_status() throws Exception {
        answer(418, JSON.writeValueAsString(new ApiError().message("teapot").requestId("r").statusCode(418)));

        ApiException thrown = catchThrowableOfType(ApiException.class, () -> api().deleteAgentToken("o", "d", "t"));

        assertThat(thrown).isExactlyInstanceOf(ApiException.class);
        assertThat(thrown.getCode()).isEqualTo(418);
        assertThat(thrown.getResponseBody()).contains("teapot");
    }

    @Test
    void keeps_the_raw_body_when_an_error_body_is_not_json() {
        contentType = "text/html";
        answer(404, "<html>gateway says no</html>");

        NotFoundException thrown = catchThrowableOfType(NotFoundException.class,
                () -> api().getAgentToken("o", "d", "t"));

        assertThat(thrown.getError()).isNull();
        assertThat(thrown.getResponseBody()).isEqualTo("<html>gateway says no</html>");
    }

    @Test
    void tolerates_an_error_without_a_body() {
        answer(500, null);

        InternalServerErrorException thrown = catchThrowableOfType(InternalServerErrorException.class,
                () -> api().deleteAgentToken("o", "d", "t"));

        assertThat(thrown.getError()).isNull();
        assertThat(thrown.getCode()).isEqualTo(500);
    }

    private void answer(int code, String json) {
        status = code;
        body = json;
    }

    private AgentTokenApi api() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUri());
        client.setBearerToken("test-token");
        return new AgentTokenApi(client);
    }
}
