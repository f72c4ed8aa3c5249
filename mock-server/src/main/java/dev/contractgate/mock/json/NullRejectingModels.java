package dev.contractgate.mock.json;

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
}
