package dev.driftless.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading a name as the settings of every tool write it. */
class QualifiedNameTest {

  @Test
  void aQualifiedNameKeepsItsSchema() {
    assertEquals(QualifiedName.of("ops", "history"), QualifiedName.parse("ops.history"));
  }

  @Test
  void aBareNameIsInPublic() {
    assertEquals(QualifiedName.of("public", "history"), QualifiedName.parse(" history "));
  }

  @Test
  void blankNamesEmptyPartsAndExtraDotsAreRefusedNamingTheForm() {
    for (String bad : new String[] {" ", "ops.", ".history", "a.b.c", null}) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> QualifiedName.parse(bad));
      assertTrue(error.getMessage().startsWith("expected schema.table or table, got '"),
          error.getMessage());
    }
  }
}
