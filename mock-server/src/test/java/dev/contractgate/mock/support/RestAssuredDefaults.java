package dev.contractgate.mock.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.ObjectMapperConfig;
import io.restassured.config.RestAssuredConfig;

/** Request bodies from the generated models, absent fields left out as the spec wants (never null). */
public final class RestAssuredDefaults {

    private RestAssuredDefaults() {
    }

    public static void apply() {
        RestAssured.config = RestAssuredConfig.config().objectMapperConfig(new ObjectMapperConfig()
                .jackson2ObjectMapperFactory((type, charset) -> new ObjectMapper()
                        .setSerializationInclusion(JsonInclude.Include.NON_NULL).findAndRegisterModules()));
    }
}
