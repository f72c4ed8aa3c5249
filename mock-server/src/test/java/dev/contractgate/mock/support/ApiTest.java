package dev.contractgate.mock.support;

import static io.restassured.RestAssured.given;


import dev.contractgate.mock.MockServerApplication;
import dev.contractgate.mock.auth.DevTokens;
import dev.contractgate.mock.state.ProviderStates;
import dev.contractgate.server.model.CreateAgentTokenRequest;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of the HTTP tests: one application context (the same properties everywhere, so
 * Spring caches it), a real port, and Rest Assured with every response validated against the spec.
 */
@SpringBootTest(classes = MockServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mock.admin.enabled=true", "mock.quiet=true", "mock.max-body-bytes=4096"})
public abstract class ApiTest {

    protected static final String ORG = "clmtestorg000000000000001";
    protected static final String DEPLOYMENT = "clmtestdeployment00000001";
    protected static final String TOKENS = "/organizations/{org}/deployments/{dep}/agent-tokens";
    protected static final String TOKEN = TOKENS + "/{id}";
    protected static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    static {
        RestAssuredDefaults.apply();
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProviderStates states;

    @BeforeEach
    void startFromAnEmptyStore() {
        states.reset();
    }

    /** A request as the dev user, request and response checked against the spec. */
    protected RequestSpecification api() {
        return as(DevTokens.DEV_TOKEN, SpecValidation.strict());
    }

    /** A request meant to break the spec; only the response is checked against it. */
    protected RequestSpecification invalid() {
        return as(DevTokens.DEV_TOKEN, SpecValidation.responseOnly());
    }

    /** A request the spec has no answer for (unknown path, method, media type); the body must be an Error. */
    protected RequestSpecification outsideSpec() {
        return as(DevTokens.DEV_TOKEN, SpecValidation.errorBodyOnly());
    }

    protected RequestSpecification as(String bearerToken, Filter validation) {
        RequestSpecification spec = anonymous(validation);
        return bearerToken == null ? spec : spec.header("Authorization", "Bearer " + bearerToken);
    }

    protected RequestSpecification anonymous(Filter validation) {
        return given().baseUri("http://127.0.0.1").port(port).filter(validation);
    }

    /** Creates a token through the API and returns the response body. */
    protected JsonPath create(String org, String deployment, CreateAgentTokenRequest body) {
        return api().contentType(ContentType.JSON).body(body)
                .post(TOKENS, org, deployment)
                .then().statusCode(200).extract().jsonPath();
    }

    protected JsonPath create(String name) {
        return create(ORG, DEPLOYMENT, new CreateAgentTokenRequest(name));
    }
}
