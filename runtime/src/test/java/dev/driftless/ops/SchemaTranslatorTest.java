package dev.driftless.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driftless.sql.Dialect;
import dev.driftless.sql.PostgresDialect;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every op kind moves to a tenant's schema: what the op rendered in {@code public} it renders in
 * the tenant's schema, and nothing in any other schema moves (raw SQL follows the
 * {@code search_path} instead). The rows are the dialect's, so a new op kind is covered here as
 * soon as it has its SQL row.
 */
class SchemaTranslatorTest {
  private final SchemaTranslator translator = new SchemaTranslator("public", "tenant_a");
  private final Dialect dialect = new PostgresDialect();

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.driftless.sql.PostgresDialectOpsTest#rows")
  void movesEveryNameInPublicToTheTenantSchema(String name, SchemaOp op, List<String> sql) {
    List<String> moved = sql.stream().map(s -> s.replace("\"public\".", "\"tenant_a\".")).toList();
    assertEquals(moved, dialect.render(translator.apply(op)));
  }
}
