package dev.driftless.spring.boot;

import dev.driftless.DriftPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * @param contract whether start-up also applies the contract revisions of a rolling deploy,
 *     which migrate() holds back: set it for one run once no instance of the previous release is
 *     left (a deploy job, the last instance), never permanently, or the next release's first
 *     instance would contract while the previous release still runs (default false)
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
 * @param units named schema units to migrate and verify besides the unnamed one, by unit name
 *     (the processor's -Adriftless.unit); each may have its own connection and override the
 *     top-level settings
 */
@ConfigurationProperties("driftless")
public record DriftlessProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("true") boolean migrate,
    @DefaultValue("false") boolean baselineOnMigrate,
    String target,
    @DefaultValue("false") boolean contract,
    @DefaultValue Verify verify,
    String versionTable,
    Duration lockWait,
    Duration lockTimeout,
    Duration statementTimeout,
    @DefaultValue List<String> include,
    @DefaultValue List<String> exclude,
    String url,
    String user,
    String password,
    @DefaultValue Map<String, Unit> units) {

  /**
   * The driftless.units.NAME.* properties of one named schema unit. What a unit does not set comes
   * from the top-level driftless.* value, except target and version-table: those name one unit's
   * revisions and history table, so sharing them would mix two units' histories.
   *
   * @param enabled whether this unit is migrated at start-up (default: driftless.enabled)
   * @param migrate whether to apply its pending revisions before verifying (default:
   *     driftless.migrate)
   * @param baselineOnMigrate whether to baseline a database that already has this unit's schema
   *     (default: driftless.baseline-on-migrate)
   * @param target what to upgrade this unit to instead of every pending revision (default: head)
   * @param contract whether start-up also applies this unit's held-back contract revisions
   *     (default: driftless.contract)
   * @param verify this unit's drift check (default: driftless.verify.policy)
   * @param versionTable where this unit's applied revisions are recorded (default
   *     public.driftless_history_NAME)
   * @param include tables and sequences this unit's drift check is limited to (default:
   *     driftless.include)
   * @param exclude tables and sequences this unit's drift check leaves out (default:
   *     driftless.exclude)
   * @param url JDBC URL of this unit's database, e.g. a second database of the application's
   *     (default: the connection the unnamed unit uses: driftless.url or user, else the
   *     application's DataSource)
   * @param user login for this unit's connection (default: driftless.user, else
   *     spring.datasource.username)
   * @param password password of that login (default: driftless.password, else
   *     spring.datasource.password)
   */
  public record Unit(
      Boolean enabled,
      Boolean migrate,
      Boolean baselineOnMigrate,
      String target,
      Boolean contract,
      Verify verify,
      String versionTable,
      List<String> include,
      List<String> exclude,
      String url,
      String user,
      String password) {}

  /**
   * The driftless.verify.* properties.
   *
   * @param policy what happens when the database differs from the snapshot: fail stops start-up
   *     with the drift report, warn logs it, off does not check
   * @param catalogFingerprint whether a clean check records a fingerprint of the catalog rows it
   *     read (as the version table's comment) so that the next start-up skips the catalog read
   *     while the fingerprint still matches; false reads the whole catalog every time (default
   *     true)
   */
  public record Verify(@DefaultValue("fail") DriftPolicy policy,
      @DefaultValue("true") boolean catalogFingerprint) {}

  /** Whether migrating and verifying use their own connection rather than a DataSource bean. */
  boolean hasOwnConnection() {
    return url != null || user != null;
  }

  /**
   * The settings {@code unit} runs with: its own values where it has them, the top-level ones
   * otherwise (see {@link Unit}), and no units of its own. The unnamed unit ({@code ""}) runs
   * with these properties unchanged.
   */
  DriftlessProperties forUnit(String unit) {
    if (unit.isEmpty()) {
      return this;
    }
    // A unit the properties do not name (an application's own Driftless bean) inherits all.
    Unit own = units.getOrDefault(unit,
        new Unit(null, null, null, null, null, null, null, null, null, null, null, null));
    return new DriftlessProperties(
        or(own.enabled(), enabled), or(own.migrate(), migrate),
        or(own.baselineOnMigrate(), baselineOnMigrate), own.target(),
        or(own.contract(), contract), own.verify() != null ? own.verify() : verify,
        own.versionTable(),
        lockWait, lockTimeout, statementTimeout,
        or(own.include(), include), or(own.exclude(), exclude),
        or(own.url(), url), or(own.user(), user), or(own.password(), password), Map.of());
  }

  /** The names under driftless.units, sorted, so units start in the same order every time. */
  List<String> unitNames() {
    return List.copyOf(new TreeMap<>(units).keySet());
  }

  private static <T> T or(T own, T inherited) {
    return own != null ? own : inherited;
  }
}
