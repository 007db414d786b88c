package dev.driftless.internal.catalog;

import java.util.List;

/**
 * A digest of every row a catalog read fetched, computed by the server, with what that read had
 * printed once per distinct key (the check constraints, partial indexes and defaults deparsed and
 * the types formatted): the same rows give the same digest, and a fingerprint computed later
 * prints the same ones.
 */
public record CatalogFingerprint(String digest, List<List<Long>> printed) {
  public CatalogFingerprint {
    printed = printed.stream().map(List::copyOf).toList();
  }
}
