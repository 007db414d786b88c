package dev.driftless;

/**
 * One way the live database differs from the snapshot.
 *
 * @param object the database object, e.g. {@code column public.customer.nickname}
 * @param expected what the snapshot says
 * @param actual what the database has
 * @param reconcileSql SQL that would make the database match the snapshot
 */
public record Difference(String object, String expected, String actual, String reconcileSql) {}
