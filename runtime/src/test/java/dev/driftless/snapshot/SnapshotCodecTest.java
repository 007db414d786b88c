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
}
