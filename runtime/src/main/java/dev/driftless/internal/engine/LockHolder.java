package dev.driftless.internal.engine;

import java.time.OffsetDateTime;

/**
 * A session holding the migration lock, as {@code pg_stat_activity} describes it, for the
 * messages of the sessions waiting for it.
 *
 * @param clientAddress the client's IP address; {@code null} for a Unix-socket connection and
 *     for a server process
 * @param clientPort the client's port; {@code -1} for a Unix-socket connection, {@code null} for
 *     a server process
 * @param shared whether it holds the lock shared (a drift check) rather than exclusively
 */
record LockHolder(int pid, String user, String application, String clientAddress,
    Integer clientPort, OffsetDateTime connectedSince, String state, boolean shared) {

  /** {@code backend pid 4242 (user app, application 'shop', client 10.0.0.7, ...)}. */
  String describe() {
    return "backend pid " + pid + " (" + (shared ? "a drift check, " : "") + "user " + user
        + ", application '" + application + "', client " + client() + ", connected since "
        + connectedSince + ", " + state + ")";
  }

  /** Where it connects from; pg_stat_activity leaves the address empty for a Unix socket. */
  private String client() {
    if (clientAddress != null) {
      return clientAddress;
    }
    return clientPort != null && clientPort == -1 ? "local socket" : "server process";
  }
}
