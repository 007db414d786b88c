package dev.driftless.processor.mapping.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our hashed names against Hibernate's own {@code NamingHelper}, as PostgreSQL stores them. */
class HashedKeyNamesTest {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = ';', value = {
      "Order; Customer; customer_ID",
      "order_line; purchase_order; order_id,line_no",
      "CMS_PAGE_TRANSLATION; CmsPage; Page_ID,locale,Title",
      "`Quoted`; plain; `Mixed`,other",
      "a; b; z,Y,x"})
  void namesAreHibernatesFolded(String table, String target, String columns) {
    List<String> spellings = List.of(columns.split(","));
    Identifier[] identifiers = spellings.stream().map(HashedKeyNamesTest::identifier)
        .toArray(Identifier[]::new);
    NamingHelper hibernate = NamingHelper.INSTANCE;
    assertEquals(folded(hibernate.generateHashedFkName("FK", identifier(table),
        identifier(target), identifiers)), HashedKeyNames.foreignKey(table, target, spellings));
    assertEquals(folded(hibernate.generateHashedConstraintName("UK", identifier(table),
        identifiers)), HashedKeyNames.unique(table, spellings));
    assertEquals(folded(hibernate.generateHashedConstraintName("IDX", identifier(table),
        identifiers)), HashedKeyNames.index(table, spellings));
  }

  private static Identifier identifier(String rendered) {
    return rendered.startsWith("`") ? Identifier.toIdentifier(rendered.substring(1,
        rendered.length() - 1), true) : Identifier.toIdentifier(rendered);
  }

  /** Hibernate writes the name unquoted, so PostgreSQL folds it. */
  private static String folded(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
