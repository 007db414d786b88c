package dev.driftless.processor.mapping.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driftless.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.env.spi.AnsiSqlKeywords;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The two key-word lists, checked against their sources: the words PostgreSQL refuses as a name
 * (by trying each of its key words on the server the tests run on) and the words Hibernate quotes
 * with {@code hibernate.auto_quote_keyword=true} (by asking the identifier helper Hibernate builds
 * for that server).
 */
class HibernateKeywordsTest {
  private static final DataSource DATABASE = TestDatabases.fresh();

  @Test
  void theReservedListIsExactlyWhatPostgresRefusesAsATableOrColumnName() throws SQLException {
    List<String> refused = new ArrayList<>();
    try (Connection connection = DATABASE.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      for (String word : TestDatabases.query(DATABASE, "SELECT word FROM pg_get_keywords()")) {
        if (refuses(statement, "CREATE TABLE probe (" + word + " integer)")
            | refuses(statement, "CREATE TABLE " + word + " (probe integer)")) {
          refused.add(word);
        }
      }
    }
    // Every word this server refuses is listed; a listed word it accepts must be one an older or
    // newer PostgreSQL reserves (system_user is reserved from 16 on), not a word it knows as a
    // mere key word.
    assertEquals(List.of(), refused.stream().filter(w -> !Keywords.reservedByPostgres(w)).toList(),
        "refused by PostgreSQL but missing from postgres-reserved.txt");
    Set<String> known = Set.copyOf(TestDatabases.query(DATABASE,
        "SELECT word FROM pg_get_keywords() WHERE catcode NOT IN ('R', 'T')"));
    assertEquals(List.of(), Keywords.reservedByPostgres().stream().filter(known::contains)
        .sorted().toList(), "listed as reserved but a name PostgreSQL accepts");
  }

  @Test
  void theQuotedListIsTheOneHibernateBuildsForPostgres() throws Exception {
    Set<String> serverWords = Set.copyOf(
        TestDatabases.query(DATABASE, "SELECT word FROM pg_get_keywords()"));
    Set<String> candidates = new TreeSet<>(serverWords);
    candidates.addAll(new AnsiSqlKeywords().sql2003());
    candidates.addAll(Keywords.quotedByHibernate());
    try (StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting("hibernate.connection.datasource", DATABASE)
        .applySetting("hibernate.auto_quote_keyword", "true").build()) {
      IdentifierHelper helper =
          registry.getService(JdbcEnvironment.class).getIdentifierHelper();
      List<String> missing = new ArrayList<>();
      List<String> extra = new ArrayList<>();
      for (String word : candidates) {
        boolean hibernate = helper.isReservedWord(word);
        if (hibernate && !Keywords.quotedByHibernate(word)) {
          missing.add(word);
        } else if (!hibernate && Keywords.quotedByHibernate(word) && serverWords.contains(word)) {
          extra.add(word); // a word of another PostgreSQL version's list is fine
        }
      }
      assertEquals(List.of(), missing, "Hibernate quotes these, sql-keywords.txt lacks them");
      assertEquals(List.of(), extra, "sql-keywords.txt has these, Hibernate does not quote them");
    }
  }

  private static boolean refuses(Statement statement, String sql) throws SQLException {
    try {
      statement.execute(sql);
      return false;
    } catch (SQLException e) {
      return true;
    } finally {
      statement.getConnection().rollback();
    }
  }
}
