package oracle;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public record LineKey(Long orderNumber, Integer lineNo) implements Serializable {}
