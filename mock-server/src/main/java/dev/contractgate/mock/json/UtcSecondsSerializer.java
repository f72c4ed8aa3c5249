package dev.contractgate.mock.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Writes every date-time as the API does: UTC, whole seconds, {@code YYYY-MM-DDTHH:MM:SSZ}. */
public class UtcSecondsSerializer extends StdSerializer<OffsetDateTime> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    public UtcSecondsSerializer() {
        super(OffsetDateTime.class);
    }

    public static String format(OffsetDateTime value) {
        return FORMAT.format(value.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(format(value));
    }
}
