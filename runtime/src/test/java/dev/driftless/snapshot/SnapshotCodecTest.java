package dev.driftless.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import dev.driftless.testing.SampleSchemas;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {
  private final SnapshotCodec codec = new SnapshotCodec();

  @Test
  void roundTripsEveryObjectKind() {
    Schema schema = SampleSchemas.libraryLater();
    assertEquals(schema, codec.read(codec.write(schema), "test"));
  }

  @Test
  void writesTheSameBytesForEqualSchemasWhateverTheInputOrder() {
    Schema schema = SampleSchemas.library();
    List<Table> tables = new ArrayList<>(schema.tables());
    Collections.reverse(tables);
    List<Sequence> sequences = new ArrayList<>(schema.sequences());
    Collections.reverse(sequences);
    Schema reversed = new Schema(tables, sequences);
    assertEquals(codec.write(schema), codec.write(reversed));
  }

  @Test
  void putsEachColumnOnItsOwnLine() {
    String text = codec.write(SampleSchemas.library());
    assertTrue(text.contains(
        "\n        {\"name\":\"title\",\"type\":\"character varying(255)\",\"nullable\":false},\n"),
        text);
    assertTrue(text.endsWith("}\n"));
  }

  @Test
  void writesAnEmptySchemaThatReadsBack() {
    assertEquals(Schema.empty(), codec.read(codec.write(Schema.empty()), "empty"));
  }

  @Test
  void rejectsGitConflictMarkersWithTheLineAndTheWayOut() {
    String text = codec.write(SampleSchemas.library()).replace("      \"name\": \"book\",",
        "<<<<<<< HEAD\n      \"name\": \"book\",\n=======\n      \"name\": \"books\",\n>>>>>>> b");
    SnapshotFormatException error =
        assertThrows(SnapshotFormatException.class, () -> codec.read(text, "shop.json"));
    assertTrue(error.getMessage().contains("shop.json has an unresolved git merge conflict (line"),
        error.getMessage());
    assertTrue(error.getMessage().contains("Keep the objects of both sides"), error.getMessage());
  }

  @Test
  void rejectsAFormatFromTheFuture() {
    SnapshotFormatException error = assertThrows(SnapshotFormatException.class,
        () -> codec.read("{\"format\": 99, \"tables\": []}", "new.json"));
    assertTrue(error.getMessage().contains("format 99"), error.getMessage());
  }

  @Test
  void rejectsBrokenJsonNamingTheLine() {
    SnapshotFormatException error = assertThrows(SnapshotFormatException.class,
        () -> codec.read("{\n  \"format\": 1,\n  \"tables\": [\n", "broken.json"));
    assertTrue(error.getMessage().startsWith("broken.json is not valid JSON"), error.getMessage());
  }

  /** The text of {@link SampleSchemas#libraryLater()} with {@code from} replaced by {@code to}. */
  private String libraryWith(String from, String to) {
    String text = codec.write(SampleSchemas.libraryLater());
    assertTrue(text.contains(from), () -> "no " + from + " in\n" + text);
    return text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  private String refusal(String text) {
    return assertThrows(SnapshotFormatException.class, () -> codec.read(text, "shop.json"))
        .getMessage();
  }

  @Test
  void refusesAnUnknownKeyNamingThePathAndLine() {
    String message = refusal(libraryWith("\"nullable\":false", "\"nullabel\":false"));
    assertTrue(message.startsWith("shop.json: unknown key \"nullabel\""), message);
    assertTrue(message.matches("(?s).* at \\$\\.tables\\[\\d+]\\.columns\\[\\d+]\\.nullabel "
        + "\\(line \\d+\\).*"), message);
  }

  /** Found by the fuzz test: Jackson took "" for the reader's own injected creator value. */
  @Test
  void refusesAnEmptyKey() {
    String message = refusal(libraryWith("\"nullable\":false", "\"nullable\":false, \"\":false"));
    assertTrue(message.startsWith("shop.json: unknown key \"\""), message);
    assertTrue(message.matches("(?s).* at \\$\\.tables\\[\\d+]\\.columns\\[\\d+]\\. "
        + "\\(line \\d+\\).*"), message);
  }

  @Test
  void refusesAMisspeltTopLevelKey() {
    String message = refusal(libraryWith("\"tables\"", "\"tablez\""));
    assertTrue(message.startsWith("shop.json: unknown key \"tablez\""), message);
    assertTrue(message.contains("at $.tablez (line 3)"), message);
  }

  @Test
  void refusesAValueOfTheWrongTypeNamingWhatWasExpected() {
    String columns = refusal(libraryWith("\"columns\": [", "\"columns\": \"x\", \"c\": ["));
    assertTrue(columns.startsWith("shop.json: expected an array at $.tables[0].columns (line 7)"),
        columns);
    String nullable = refusal(libraryWith("\"nullable\":false", "\"nullable\":\"no\""));
    assertTrue(nullable.startsWith("shop.json: expected true or false at $.tables[0].columns[0]"
        + ".nullable (line 8)"), nullable);
    String name = refusal(libraryWith("\"name\":\"id\"", "\"name\":5"));
    assertTrue(name.startsWith("shop.json: 5 is not a string at $.tables[0].columns[0].name"),
        name);
  }

  @Test
  void refusesAMissingRequiredKeyButNotAnOptionalOneTheWriterLeavesOut() {
    String message = refusal(libraryWith(",\"nullable\":false", ""));
    assertTrue(message.startsWith("shop.json: missing key \"nullable\" at $.tables[0].columns[0]"
        + ".nullable (line 8)"), message);
    // "identity", "comment", "default", "onDelete", "method", "where", "enums", "primaryKey"
    // and the constraint lists are left out by the writer when they hold their default.
    String text = codec.write(SampleSchemas.library());
    assertEquals(text, codec.write(codec.read(text, "shop.json")));
  }

  @Test
  void refusesAFormatThatIsNotAWholeNumber() {
    String text = codec.write(SampleSchemas.library());
    String quoted = refusal(text.replace("\"format\": 1", "\"format\": \"1\""));
    assertTrue(quoted.startsWith("shop.json has snapshot format \"1\" at $.format (line 2)"),
        quoted);
    String fraction = refusal(text.replace("\"format\": 1", "\"format\": 1.9"));
    assertTrue(fraction.startsWith("shop.json has snapshot format 1.9 at $.format (line 2)"),
        fraction);
  }

  @Test
  void refusesNullsDuplicateKeysAndTypesNotSpelledAsPostgresSpellsThem() {
    assertTrue(refusal(libraryWith("\"nullable\":false", "\"nullable\":false,\"comment\":null"))
        .startsWith("shop.json: null at $.tables[0].columns[0].comment (line 8)"));
    assertTrue(refusal(libraryWith("\"nullable\":false", "\"nullable\":false,\"nullable\":true"))
        .startsWith("shop.json is not valid JSON (Duplicate field 'nullable'"));
    String alias = refusal(libraryWith("\"type\":\"bigint\"", "\"type\":\"int8\""));
    assertTrue(alias.contains("type \"int8\" is not spelled as PostgreSQL's format_type() spells "
        + "it; write \"bigint\""), alias);
  }
}
