package dev.driftless.internal.catalog;

import java.util.List;

/**
 * A digest of every row a catalog read fetched, computed by the server, with the check
 * constraints and partial indexes whose expressions that read deparsed: the same rows give the
 * same digest, and a fingerprint computed later deparses the same objects.
 */
public record CatalogFingerprint(String digest, List<Long> checks, List<Long> predicates) {
  public CatalogFingerprint {
    checks = List.copyOf(checks);
    predicates = List.copyOf(predicates);
  }
}
