package oracle;

/** A value type stored through an auto-applied converter. */
public record Isbn(String digits) {}
