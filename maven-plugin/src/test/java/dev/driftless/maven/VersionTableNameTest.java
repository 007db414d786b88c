package dev.driftless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionTableNameTest {

  @Test
  void aQualifiedNameKeepsItsSchema() {
    assertEquals(new VersionTableName("ops", "history"), VersionTableName.parse("ops.history"));
  }

  @Test
  void aBareNameIsInPublic() {
    assertEquals(new VersionTableName("public", "history"), VersionTableName.parse(" history "));
  }

  @Test
  void anEmptyNameIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> VersionTableName.parse(" "));
  }
}
