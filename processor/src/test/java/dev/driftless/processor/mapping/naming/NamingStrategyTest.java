package dev.driftless.processor.mapping.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NamingStrategyTest {

  @Test
  void keywordsKeepTheirCaseUnderBothStrategiesOtherNamesFollowTheStrategy() {
    assertEquals("User", NamingStrategy.JPA.physical("User"));
    assertEquals("User", NamingStrategy.SNAKE_CASE.physical("User"));
    assertEquals("firstname", NamingStrategy.JPA.physical("firstName"));
    assertEquals("first_name", NamingStrategy.SNAKE_CASE.physical("firstName"));
    assertEquals("Mixed Case", NamingStrategy.JPA.physical("\"Mixed Case\""));
  }

  @Test
  void longNamesAreCutAtSixtyThreeBytesOnACharacterBoundaryAsPostgresCutsThem() {
    String name = "é".repeat(40); // 80 bytes
    String cut = NamingStrategy.JPA.physical(name);
    assertEquals(31, cut.length(), "31 two-byte characters fit in 63 bytes");
    assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= 63);
    assertEquals("a".repeat(63), NamingStrategy.JPA.physical("A".repeat(70)));
  }
}
