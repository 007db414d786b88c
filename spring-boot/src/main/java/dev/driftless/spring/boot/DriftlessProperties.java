package dev.driftless.spring.boot;

import dev.driftless.DriftPolicy;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code driftless.*} properties. Each maps onto one setting of
 * {@link dev.driftless.DriftlessConfiguration}; what is not set keeps the runtime's default. The
 * descriptions are plain text because Boot's configuration processor copies them, markup and
 * all, into the metadata IDEs show.
 *
 * @param enabled whether Driftless runs at start-up at all
 * @param migrate whether to apply pending revisions before verifying; false only verifies
 * @param baselineOnMigrate whether a database with no Driftless history whose schema already is
 *     the snapshot's (made by ddl-auto, Flyway or by hand) is baselined instead of migrated: its
 *     revisions are recorded as applied without running (default false)
 * @param target what to upgrade to instead of every pending revision: heads, +N, or a revision
 *     id or unambiguous prefix (default: head, as migrate())
 * @param verify the drift check run after migrating
 * @param versionTable where applied revisions are recorded, schema.table or table in public
 *     (default public.driftless_history)
 * @param lockWait how long to wait for another instance's migration before failing (default ten
 *     minutes)
 * @param lockTimeout PostgreSQL lock_timeout for each revision, e.g. 5s; 0 means none; unset, the
 *     server's setting applies
 * @param statementTimeout PostgreSQL statement_timeout for each revision, e.g. 10m; 0 means none;
 *     unset, the server's setting applies
 * @param include tables and sequences the drift check is limited to (schema.name, with * as a
 *     wildcard; no schema means public)
 * @param exclude tables and sequences the drift check leaves out, e.g. public.spatial_ref_sys
 * @param url JDBC URL of a separate connection for migrating and verifying (default: that of
 *     spring.datasource.url when user is set; without a DataSource bean, the JDBC form of a
 *     plain r2dbc:postgresql://host:port/database spring.r2dbc.url)
 * @param user login of a separate connection for migrating and verifying, such as a role that may
 *     run DDL while the application's may not (default: spring.datasource.username when url is
 *     set)
 * @param password password of that login (default: spring.datasource.password when url or user
 *     is set)
 */
@ConfigurationProperties("driftless")
public record DriftlessProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("true") boolean migrate,
    @DefaultValue("false") boolean baselineOnMigrate,
    String target,
    @DefaultValue Verify verify,
    String versionTable,
    Duration lockWait,
    Duration lockTimeout,
    Duration statementTimeout,
    @DefaultValue List<String> include,
    @DefaultValue List<String> exclude,
    String url,
    String user,
    String password) {

  /**
   * The driftless.verify.* properties.
   *
   * @param policy what happens when the database differs from the snapshot: fail stops start-up
   *     with the drift report, warn logs it, off does not check
   */
  public record Verify(@DefaultValue("fail") DriftPolicy policy) {}

  /** Whether migrating and verifying use their own connection rather than a DataSource bean. */
  boolean hasOwnConnection() {
    return url != null || user != null;
  }
}
