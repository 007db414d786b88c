package dev.driftless.internal.engine;

import java.util.Locale;

/** The readable part of a revision's class name, shared by generated and hand-written ones. */
public final class RevisionNames {
  /** Slugs longer than this are cut, so class names stay readable. */
  public static final int MAX_SLUG = 48;

  private RevisionNames() {}

  /** {@code "add customer bio"} to {@code "AddCustomerBio"}; {@code fallback} if nothing is left. */
  public static String slug(String words, String fallback) {
    StringBuilder out = new StringBuilder();
    for (String word : words.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    String slug = out.length() == 0 ? fallback : out.toString();
    return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG) : slug;
  }
}
