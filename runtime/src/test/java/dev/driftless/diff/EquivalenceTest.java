package dev.driftless.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.driftless.ops.AlterColumn;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one equivalence of expression spellings the differ (so the processor) and the drift check
 * share: respelling a default, a check or a predicate the same way writes no revision.
 */
class EquivalenceTest {
  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void currentTimeSpellingsAndWhiteSpaceAreOneSpelling() {
    assertEquals(Equivalence.spelling("now()"), Equivalence.spelling("CURRENT_TIMESTAMP"));
    assertEquals(Equivalence.spelling("transaction_timestamp()"),
        Equivalence.spelling("current_timestamp"));
    assertEquals(Equivalence.spelling("a  >   1"), Equivalence.spelling("a > 1"));
    assertFalse(Equivalence.sameExpression("now()", "clock_timestamp()"));
    assertFalse(Equivalence.sameExpression("now()", null));
  }

  @Test
  void aDefaultRespelledAsAnEquivalentIsNoChange() {
    Schema before = created("now()", "b > 0", "a IS NOT NULL");
    Schema after = created("CURRENT_TIMESTAMP", "b  >  0", "a IS  NOT NULL");
    assertEquals(List.of(), differ.diff(before, after));
    assertEquals(List.of(), differ.diff(after, before));
  }

  @Test
  void aRespelledDefaultStillTravelsWithARealChange() {
    Column before = Column.of("a", ColumnType.timestampTz(6)).defaultValue("now()");
    Column after = before.notNull().defaultValue("CURRENT_TIMESTAMP");
    assertEquals(List.of(new AlterColumn(QualifiedName.of("public", "t"), before, after)),
        differ.diff(table(before), table(after)));
  }

  private static Schema table(Column column) {
    return new Schema(List.of(Table.builder("public", "t").column(column).build()), List.of());
  }

  private static Schema created(String defaultValue, String check, String predicate) {
    Index index = Index.of("t_a_idx", "a");
    return new Schema(List.of(Table.builder("public", "t")
        .column(Column.of("a", ColumnType.timestampTz(6)).defaultValue(defaultValue))
        .column(Column.of("b", ColumnType.integer()))
        .check(CheckConstraint.of("t_b_check", check))
        .index(predicate == null ? index : index.where(predicate))
        .build()), List.of());
  }
}
