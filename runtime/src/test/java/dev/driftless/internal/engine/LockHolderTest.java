package dev.driftless.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What a waiting migrator says about the session that holds the lock. */
class LockHolderTest {
  private static final OffsetDateTime SINCE =
      OffsetDateTime.of(2026, 12, 2, 1, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void aUnixSocketClientIsCalledALocalSocket() {
    LockHolder holder = new LockHolder(4242, "app", "shop", null, -1, SINCE, "active", false);
    assertEquals("backend pid 4242 (user app, application 'shop', client local socket, "
        + "connected since 2026-12-02T01:00Z, active)", holder.describe());
  }

  @Test
  void aTcpClientIsNamedByItsAddressAndACheckSaysSo() {
    LockHolder holder =
        new LockHolder(7, "app", "shop", "10.0.0.7", 51234, SINCE, "idle", true);
    assertEquals("backend pid 7 (a drift check, user app, application 'shop', client 10.0.0.7, "
        + "connected since 2026-12-02T01:00Z, idle)", holder.describe());
  }
}
