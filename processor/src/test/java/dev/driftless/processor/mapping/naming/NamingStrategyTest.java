package dev.driftless.processor.mapping.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NamingStrategyTest {

  @Test
  void keyWordsPostgresAcceptsAreFoldedLikeAnyOtherNameAsHibernateLeavesThemUnquoted() {
    // Hibernate's default DDL writes MODULE unquoted, and PostgreSQL stores module: keeping the
    // case (as this test once asserted) made every query fail with "column m1_0.module does not
    // exist".
    for (String name : new String[] {"MODULE", "VALUE", "TIMESTAMP", "INPUT", "Key", "Type"}) {
      assertEquals(name.toLowerCase(java.util.Locale.ROOT), NamingStrategy.JPA.physical(name));
      assertEquals(name.toLowerCase(java.util.Locale.ROOT),
          NamingStrategy.SNAKE_CASE.physical(name));
    }
    assertEquals("firstname", NamingStrategy.JPA.physical("firstName"));
    assertEquals("first_name", NamingStrategy.SNAKE_CASE.physical("firstName"));
  }

  @Test
  void namesWrittenInQuotesBackticksOrBracketsOrThatAreNoPlainWordKeepTheirCase() {
    assertEquals("Mixed Case", NamingStrategy.JPA.physical("\"Mixed Case\""));
    assertEquals("Order", NamingStrategy.SNAKE_CASE.physical("`Order`"));
    assertEquals("Order", NamingStrategy.JPA.physical("[Order]"));
    assertEquals("Order-Line", NamingStrategy.JPA.physical("Order-Line"));
    assertEquals("1st", NamingStrategy.SNAKE_CASE.physical("1st"));
    assertEquals("price$eur", NamingStrategy.JPA.physical("Price$EUR"));
  }

  @Test
  void aNameHibernateLeavesUnquotedThatPostgresReservesIsRefused() {
    ReservedNameException user = assertThrows(ReservedNameException.class,
        () -> NamingStrategy.JPA.physical("User"));
    assertEquals("user", user.name());
    assertTrue(user.getMessage().contains("-Adriftless.quoteKeywords=true"), user.getMessage());
    assertThrows(ReservedNameException.class, () -> NamingStrategy.SNAKE_CASE.physical("order"));
    assertThrows(ReservedNameException.class,
        () -> NamingStrategy.JPA.physical("Group", Quoting.NONE));
  }

  @Test
  void autoQuotedKeyWordsKeepTheirCaseOtherNamesFollowTheStrategy() {
    assertEquals("User", NamingStrategy.JPA.physical("User", Quoting.KEYWORDS));
    assertEquals("User", NamingStrategy.SNAKE_CASE.physical("User", Quoting.KEYWORDS));
    assertEquals("VALUE", NamingStrategy.JPA.physical("VALUE", Quoting.KEYWORDS));
    assertEquals("first_name", NamingStrategy.SNAKE_CASE.physical("firstName", Quoting.KEYWORDS));
    // Reserved by PostgreSQL, but not a word Hibernate quotes: its DDL still fails.
    ReservedNameException desc = assertThrows(ReservedNameException.class,
        () -> NamingStrategy.JPA.physical("desc", Quoting.KEYWORDS));
    assertTrue(desc.getMessage().contains("auto_quote_keyword does not quote this word"),
        desc.getMessage());
  }

  @Test
  void globalQuotingKeepsEveryNameAsWrittenUnderBothStrategies() {
    assertEquals("firstName", NamingStrategy.JPA.physical("firstName", Quoting.ALL));
    assertEquals("firstName", NamingStrategy.SNAKE_CASE.physical("firstName", Quoting.ALL));
    assertEquals("desc", NamingStrategy.JPA.physical("desc", Quoting.ALL));
    assertEquals("Order", NamingStrategy.JPA.physical("\"Order\"", Quoting.ALL));
  }

  @Test
  void snakeCaseFollowsTheLinesClass() {
    NamingStrategy seven = NamingStrategy.SNAKE_CASE.on(HibernateLine.V7);
    NamingStrategy six = NamingStrategy.SNAKE_CASE.on(HibernateLine.V6_6);
    assertEquals(NamingStrategy.SNAKE_CASE_6_6, six);
    assertEquals(NamingStrategy.JPA, NamingStrategy.JPA.on(HibernateLine.V6_6));
    assertEquals("line2_text", seven.physical("line2Text"), "7 starts a word after a digit");
    assertEquals("line2text", six.physical("line2Text"), "6.6's CamelCaseToUnderscores does not");
    assertEquals("first_name", six.physical("firstName"));
    assertEquals("FullName", seven.physical("\"FullName\""), "7 keeps a quoted name");
    assertEquals("full_name", six.physical("\"FullName\""), "6.6 converts it too");
    assertEquals("user", six.physical("User", Quoting.KEYWORDS),
        "a keyword, quoted under auto_quote_keyword, converted by 6.6");
  }

  @Test
  void hibernateLineOptionSpellings() {
    for (String six : new String[] {"6", "6.6", "6.6.x", "6.6.56", "6.6.56.Final"}) {
      assertEquals(HibernateLine.V6_6, HibernateLine.fromOption(six), six);
    }
    for (String seven : new String[] {"7", "7.x", "7.4", "7.4.6.Final", " 7 "}) {
      assertEquals(HibernateLine.V7, HibernateLine.fromOption(seven), seven);
    }
    for (String wrong : new String[] {"5.6", "6.5", "8", "seven", ""}) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
          IllegalArgumentException.class, () -> HibernateLine.fromOption(wrong));
      assertTrue(e.getMessage().contains(HibernateLine.ACCEPTED), e.getMessage());
    }
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
