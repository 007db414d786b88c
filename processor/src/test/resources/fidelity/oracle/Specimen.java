package oracle;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

/**
 * Column types and the annotations that shape a column beyond its name (those of Jakarta
 * Persistence 3.2 are on oracle32/Inspection).
 */
@Entity
@Comment("Specimens in the collection")
@Check(constraints = "weight < 100000")
public class Specimen {
    @Id Long id;
    @Version Integer version;
    @NaturalId String catalogNumber;
    @Lob String description;
    @Lob byte[] scan;
    @Column(columnDefinition = "varchar(20) default 'unsorted'") String drawer;
    @Column(columnDefinition = "text") String notes;
    @Temporal(TemporalType.DATE) Date found;
    @Temporal(TemporalType.TIME) Date foundAt;
    Date catalogued;
    Calendar lastSeen;
    LocalTime opens;
    java.time.OffsetTime closes;
    java.time.OffsetDateTime registered;
    java.time.ZonedDateTime verified;
    java.math.BigInteger serial;
    java.time.Year season;
    Duration exposure;
    char[] code;
    String[] labels;
    int[] measurements;
    @Convert(converter = ColorConverter.class) Color color;
    @ColumnDefault("0") Integer views;
    @Comment("as written on the label") String label;
    @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> attributes;
    @Nationalized String localName;
    Integer weight;
    @Check(constraints = "rating between 0 and 5") Integer rating;
    Locale locale;
    Currency currency;

    public record Color(String hex) {}

    @Converter
    public static class ColorConverter implements AttributeConverter<Color, String> {
        public String convertToDatabaseColumn(Color color) { return color == null ? null : color.hex(); }
        public Color convertToEntityAttribute(String hex) { return hex == null ? null : new Color(hex); }
    }
}
