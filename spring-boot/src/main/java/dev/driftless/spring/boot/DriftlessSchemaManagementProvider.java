package dev.driftless.spring.boot;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that the schema is managed, as Flyway's and Liquibase's starters do, so that
 * Boot does not default {@code spring.jpa.hibernate.ddl-auto} to {@code create-drop} (its
 * default for an embedded database) and let Hibernate rebuild what Driftless migrated. Every
 * data source counts as managed: Driftless migrates the application's database, whichever
 * connection it uses to do so.
 */
final class DriftlessSchemaManagementProvider implements SchemaManagementProvider {
  @Override
  public SchemaManagement getSchemaManagement(DataSource dataSource) {
    return SchemaManagement.MANAGED;
  }
}
