package dev.contractgate.mock.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.contractgate.mock.token.RenderedApiToken;
import dev.contractgate.mock.token.RenderedApiTokenSerializer;
import dev.contractgate.server.model.CreateAgentTokenRequest;
import java.time.OffsetDateTime;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON as the spec writes it: date-times {@code YYYY-MM-DDTHH:MM:SSZ}, absent (null) fields left
 * out, never written as {@code null}, and no silent type coercion on
 * input, so {@code {"name": 5}} or {@code {"tokenExpiryPeriodInDays": "30"}} is a type error.
 * An explicit {@code null} in a request model is a type error too ({@link NullRejectingModels}).
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer specJson() {
        return builder -> builder
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .serializerByType(OffsetDateTime.class, new UtcSecondsSerializer())
                .serializerByType(RenderedApiToken.class, new RenderedApiTokenSerializer())
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // {"name":"a"} trailing, or two objects in one body: not one JSON value, so not a request
                .featuresToEnable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .postConfigurer(mapper -> {
                    mapper.registerModule(NullRejectingModels.forPackageOf(CreateAgentTokenRequest.class));
                    for (CoercionInputShape shape : new CoercionInputShape[] {
                            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                    // a body that is a JSON string ("worker") is not a request object, whatever constructor a model has
                    mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                });
    }
}
