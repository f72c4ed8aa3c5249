package dev.contractgate.mock.json;

import com.fasterxml.jackson.databind.DeserializationContext;

import com.fasterxml.jackson.databind.JsonDeserializer;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsFailProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes an explicit JSON {@code null} a type error in the API's request models (the classes the
 * generator makes from the spec's schemas), and only there: the mock's own files (tokens, seed,
 * provider-state parameters) keep Jackson's usual reading. No schema in the spec is
 * {@code nullable}, and in OpenAPI 3.0 a null then belongs to no type; "none" is written by
 * leaving the field out.
 */
final class NullRejectingModels extends BeanDeserializerModifier {

    private final String modelPackage;

    private NullRejectingModels(String modelPackage) {
        this.modelPackage = modelPackage;
    }

    /** A module for the models in the package of {@code anyModel}. */
    static SimpleModule forPackageOf(Class<?> anyModel) {
        return new SimpleModule("null-rejecting-models")
                .setDeserializerModifier(new NullRejectingModels(anyModel.getPackageName()));
    }

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                                                 BeanDeserializerBuilder builder) {
        if (!bean.getBeanClass().getPackageName().equals(modelPackage)) {
            return builder;
        }
        List<SettableBeanProperty> properties = new ArrayList<>();
        builder.getProperties().forEachRemaining(properties::add);
        for (SettableBeanProperty property : properties) {
            builder.addOrReplaceProperty(property.withNullProvider(
                    NullsFailProvider.constructForProperty(property, property.getType())), true);
        }
        return builder;
    }

    /** A request model is a JSON object: a string, number or array in its place is a type error, whatever constructors it has. */
    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                  JsonDeserializer<?> deserializer) {
        if (!bean.getBeanClass().getPackageName().equals(modelPackage)) {
            return deserializer;
        }
        return new ObjectsOnly(deserializer);
    }

    private static final class ObjectsOnly extends com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer {

        ObjectsOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ObjectsOnly(delegate);
        }

        @Override
        public Object deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            if (!p.isExpectedStartObjectToken() && p.currentToken() != com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                    && p.currentToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }
}
