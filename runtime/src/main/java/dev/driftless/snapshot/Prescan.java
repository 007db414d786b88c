package dev.driftless.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;

/**
 * What the strict binding of {@link SnapshotReader} cannot tell, checked on the token stream
 * first: that the text is one JSON object, that its {@code "format"} is one this Driftless reads
 * (a file from a newer Driftless must be refused for its format, "upgrade", not for its first
 * unknown key), that no key is empty, and that no value is {@code null}. The writer never writes null, and Jackson hands
 * an explicit null and an absent key to a constructor alike, so a null would otherwise be read as
 * "absent" and silently dropped.
 */
final class Prescan {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Prescan() {}

  /**
   * Checks snapshot text.
   *
   * @throws SnapshotFormatException naming {@code source}, the JSON path and the line
   * @throws IOException (a {@link com.fasterxml.jackson.core.JsonProcessingException}) if the
   *     text is not well-formed JSON
   */
  static void check(String text, String source, String wayOut) throws IOException {
    String format = null;
    int formatLine = -1;
    JsonToken formatToken = null;
    String nullPath = null;
    int nullLine = -1;
    int lastLine;
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new SnapshotFormatException(source + " is not a Driftless snapshot: it holds no "
            + "JSON object." + wayOut);
      }
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (parser.getParsingContext().inRoot()) {
          break; // the root object has ended
        }
        if (token == JsonToken.FIELD_NAME && parser.currentName().isEmpty()) {
          // No object of the format has a key without a name, and Jackson would bind one to
          // the reader's own injected creator parameter instead of refusing it.
          throw new SnapshotFormatException(source + ": unknown key \"\" at "
              + jsonPath(parser.getParsingContext().pathAsPointer()) + " (line "
              + parser.currentTokenLocation().getLineNr() + ")." + wayOut);
        }
        if (token == JsonToken.VALUE_NULL && nullPath == null) {
          nullPath = jsonPath(parser.getParsingContext().pathAsPointer());
          nullLine = parser.currentTokenLocation().getLineNr();
        }
        if (token.isScalarValue() && parser.getParsingContext().getParent().inRoot()
            && "format".equals(parser.currentName())) {
          format = parser.getText();
          formatToken = token;
          formatLine = parser.currentTokenLocation().getLineNr();
          if (token == JsonToken.VALUE_NUMBER_INT
              && parser.getNumberType() != JsonParser.NumberType.INT) {
            formatToken = JsonToken.VALUE_NUMBER_FLOAT; // out of range: not a format either
          }
        }
      }
      lastLine = parser.currentLocation().getLineNr();
      if (token != null && parser.nextToken() != null) {
        throw new SnapshotFormatException(source + " has more than one JSON value: something "
            + "follows the snapshot's object at line " + parser.currentTokenLocation().getLineNr()
            + "." + wayOut);
      }
    }
    if (format == null) {
      throw new SnapshotFormatException(source + " is not a Driftless snapshot: its object has "
          + "no \"format\" key at $ (line " + lastLine + ")." + wayOut);
    }
    if (formatToken != JsonToken.VALUE_NUMBER_INT || Integer.parseInt(format) < 1
        || Integer.parseInt(format) > SnapshotCodec.FORMAT) {
      throw new SnapshotFormatException(source + " has snapshot format "
          + (formatToken == JsonToken.VALUE_STRING ? "\"" + format + "\"" : format)
          + " at $.format (line " + formatLine + "); this Driftless reads formats 1 to "
          + SnapshotCodec.FORMAT + ", written as a whole number. Upgrade Driftless, or restore "
          + "the file from version control.");
    }
    if (nullPath != null) {
      throw new SnapshotFormatException(source + ": null at " + nullPath + " (line " + nullLine
          + "); the snapshot never holds null: leave an optional key out instead." + wayOut);
    }
  }

  /** {@code /tables/0/name} as {@code $.tables[0].name}. */
  private static String jsonPath(JsonPointer pointer) {
    StringBuilder path = new StringBuilder("$");
    for (JsonPointer step = pointer; step != null && !step.matches(); step = step.tail()) {
      if (step.mayMatchElement()) {
        path.append('[').append(step.getMatchingIndex()).append(']');
      } else {
        path.append('.').append(step.getMatchingProperty());
      }
    }
    return path.toString();
  }
}
