package oracle.helpdesk;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Minutes widened to a bigint. */
@Converter
public class MinutesAsLong implements AttributeConverter<Integer, Long> {
    @Override
    public Long convertToDatabaseColumn(Integer minutes) {
        return minutes == null ? null : minutes.longValue();
    }

    @Override
    public Integer convertToEntityAttribute(Long stored) {
        return stored == null ? null : stored.intValue();
    }
}
