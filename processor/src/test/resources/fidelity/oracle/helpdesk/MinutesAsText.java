package oracle.helpdesk;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Minutes as text, for a legacy column. */
@Converter
public class MinutesAsText implements AttributeConverter<Integer, String> {
    @Override
    public String convertToDatabaseColumn(Integer minutes) {
        return minutes == null ? null : minutes.toString();
    }

    @Override
    public Integer convertToEntityAttribute(String text) {
        return text == null ? null : Integer.valueOf(text);
    }
}
