package dev.contractgate.conformance.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.SpecSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one model of a spec's operations that lint, pacts, check and diff read. */
class SpecOperationsTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            security:
              - Bearer: []
            paths:
              /things/{thingId}:
                parameters:
                  - $ref: '#/components/parameters/ThingId'
                get:
                  responses:
                    '200':
                      description: ok
                    4xx:
                      $ref: '#/components/responses/Problem'
              /things:
                post:
                  operationId: CreateThing
                  security: []
                  responses:
                    '201':
                      description: made
                      links:
                        read:
                          operationId: GetThing
                          parameters:
                            thingId: $response.body#/id
                            where: '{$response.header.Location}'
                            constant: fixed
                    default:
                      description: anything else
            components:
              securitySchemes:
                Bearer: {type: http, scheme: bearer}
              parameters:
                ThingId: {name: thingId, in: path, required: true, schema: {type: string}}
              responses:
                Problem:
                  description: a problem
            """;

    private final SpecOperations operations = SpecSource.parse(Path.of("spec.yaml"), SPEC).operations();

    @Test
    void an_operation_without_an_operation_id_is_named_by_method_and_path_and_located_by_file_and_line() {
        SpecOperation get = operations.at("/things/{thingId}", "GET").orElseThrow();

        assertThat(get.id()).isEqualTo("GET /things/{thingId}");
        assertThat(get.pointer()).isEqualTo("/paths/~1things~1{thingId}/get");
        assertThat(get.location().line()).isPositive();
        assertThat(get.pathParameters()).extracting(p -> p.getName()).containsExactly("thingId");
    }

    @Test
    void a_lower_case_range_and_default_document_statuses_and_shared_responses_are_followed() {
        SpecOperation get = operations.at("/things/{thingId}", "get").orElseThrow();
        SpecOperation create = operations.byId("CreateThing").orElseThrow();

        assertThat(get.documents(404)).isTrue();
        assertThat(get.response(404)).get().extracting(r -> r.getDescription()).isEqualTo("a problem");
        assertThat(get.documents(500)).isFalse();
        assertThat(create.documents(500)).isTrue();
        assertThat(create.successStatus()).isEqualTo(201);
    }

    @Test
    void security_is_the_operations_own_else_the_documents() {
        assertThat(operations.byId("CreateThing").orElseThrow().security()).isEmpty();
        assertThat(operations.at("/things/{thingId}", "get").orElseThrow().security())
                .singleElement().satisfies(r -> assertThat(r).containsKey("Bearer"));
    }

    @Test
    void link_parameters_are_parsed_once_into_runtime_expressions_and_constants_are_left_out() {
        SpecOperation create = operations.byId("CreateThing").orElseThrow();
        var parameters = SpecOperation.linkParameters(create.successLinks().get("read"));

        assertThat(parameters.get("thingId").responseBodyPointer()).contains("/id");
        assertThat(parameters.get("where").source()).isEqualTo(LinkExpression.Source.RESPONSE_HEADER);
        assertThat(parameters.get("where").name()).isEqualTo("Location");
        assertThat(parameters).doesNotContainKey("constant");
    }
}
