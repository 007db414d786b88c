package dev.driftless;

import java.time.OffsetDateTime;

/**
 * One row of the version table: a revision the database has.
 *
 * @param id revision id
 * @param checksum SHA-256 of the revision's upgrade SQL when it was applied
 * @param appliedAt when it was applied (or stamped)
 * @param appliedBy the database user that applied it
 * @param executionMillis how long it took
 * @param outcome {@code applied} (it ran) or {@code stamped} (recorded without running)
 */
public record AppliedRevision(String id, String checksum, OffsetDateTime appliedAt,
    String appliedBy, long executionMillis, String outcome) {}
