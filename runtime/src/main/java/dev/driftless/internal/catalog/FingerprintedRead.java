package dev.driftless.internal.catalog;

import dev.driftless.schema.Schema;
import java.util.Optional;

/**
 * A catalog read and the fingerprint of exactly the rows it used, or none when the read used
 * something no fingerprint covers.
 */
public record FingerprintedRead(Schema schema, Optional<CatalogFingerprint> fingerprint) {}
