package dev.driftless.testing;

import dev.driftless.ops.SchemaOp;
import java.util.Set;
import java.util.TreeSet;

/** The op kinds there are, for tests that must cover each one. */
public final class OpKinds {
  private OpKinds() {}

  /**
   * The simple names of the records a {@link SchemaOp} can be: its permitted subclasses, followed
   * through the sealed interfaces among them ({@code TableOp}).
   */
  public static Set<String> all() {
    Set<String> kinds = new TreeSet<>();
    collect(SchemaOp.class, kinds);
    return kinds;
  }

  private static void collect(Class<?> type, Set<String> kinds) {
    if (!type.isSealed()) {
      kinds.add(type.getSimpleName());
      return;
    }
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      collect(permitted, kinds);
    }
  }
}
