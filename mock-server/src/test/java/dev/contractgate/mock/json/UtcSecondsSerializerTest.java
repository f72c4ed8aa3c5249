package dev.contractgate.mock.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class UtcSecondsSerializerTest {

    @Test
    void writes_utc_to_the_second_whatever_the_offset_and_fraction() {
        assertThat(UtcSecondsSerializer.format(OffsetDateTime.parse("2022-11-22T06:37:12.987+02:00")))
                .isEqualTo("2022-11-22T04:37:12Z");
        assertThat(UtcSecondsSerializer.format(OffsetDateTime.parse("0999-01-02T03:04:00Z")))
                .isEqualTo("0999-01-02T03:04:00Z");
    }

    @Test
    void agrees_with_the_jdk_formatter_on_random_instants() {
        DateTimeFormatter jdk = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime t = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(
                    ThreadLocalRandom.current().nextLong(0, 253_402_300_799L)), ZoneOffset.ofHours(i % 13));
            assertThat(UtcSecondsSerializer.format(t)).isEqualTo(jdk.format(t.withOffsetSameInstant(ZoneOffset.UTC)));
        }
    }
}
