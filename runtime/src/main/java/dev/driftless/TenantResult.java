package dev.driftless;

/**
 * What migrating one tenant schema did.
 *
 * @param schema the tenant's schema
 * @param result what was applied, or {@code null} if it failed
 * @param failure why it failed, or {@code null}
 * @param millis how long the tenant took
 */
public record TenantResult(String schema, MigrateResult result, RuntimeException failure,
    long millis) {

  public boolean succeeded() {
    return failure == null;
  }
}
