package oracle;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class IsbnConverter implements AttributeConverter<Isbn, String> {
    @Override
    public String convertToDatabaseColumn(Isbn isbn) {
        return isbn == null ? null : isbn.digits();
    }

    @Override
    public Isbn convertToEntityAttribute(String digits) {
        return digits == null ? null : new Isbn(digits);
    }
}
