package dev.contractgate.mock.token;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link RenderedApiToken} as the JSON made for it when it was first read. */
public class RenderedApiTokenSerializer extends StdSerializer<RenderedApiToken> {

    public RenderedApiTokenSerializer() {
        super(RenderedApiToken.class);
    }

    @Override
    public void serialize(RenderedApiToken value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeRawValue(value.json());
    }
}
