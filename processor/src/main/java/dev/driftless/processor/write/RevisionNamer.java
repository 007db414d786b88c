package dev.driftless.processor.write;

import dev.driftless.annotations.Phase;
import dev.driftless.internal.engine.RevisionNames;
import dev.driftless.ops.AddCheckConstraint;
import dev.driftless.ops.AddColumn;
import dev.driftless.ops.AddUniqueConstraint;
import dev.driftless.ops.AlterColumn;
import dev.driftless.ops.CreateIndex;
import dev.driftless.ops.CreateTable;
import dev.driftless.ops.DropColumn;
import dev.driftless.ops.DropTable;
import dev.driftless.ops.RenameColumn;
import dev.driftless.ops.RenameTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.PostgresNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names a new revision: an id that cannot collide between branches, a class name a reviewer
 * recognizes ({@code R3f2a9c1b7d4e_AddCustomerBio}), and a one-line message.
 *
 * <p>The id is a hash of the parent and of the new snapshot, so it is deterministic (rebuilding
 * yields the same file) while two branches that make different changes get different ids.
 */
public final class RevisionNamer {
  private static final int ID_LENGTH = 12;

  public static String id(List<String> parents, String newSnapshot) {
    return PostgresNames.sha256Hex(String.join(",", parents) + "\n" + newSnapshot)
        .substring(0, ID_LENGTH);
  }

  public static String className(String id, List<SchemaOp> ops) {
    List<String> headlines = headlines(ops);
    String words = headlines.isEmpty() ? "" : headlines.get(0)
        + (headlines.size() > 1 ? " and " + (headlines.size() - 1) + " more" : "");
    return "R" + id + "_" + RevisionNames.slug(words, "ChangeSchema");
  }

  /**
   * The class name of one half of a rolling-deploy change:
   * {@code R3f2a9c1b7d4e_ExpandRenameCustomerName}, {@code R…_ContractRenameCustomerName}.
   */
  public static String className(String id, Phase phase, List<SchemaOp> ops) {
    String plain = className(id, ops);
    String word = phase.name().charAt(0) + phase.name().substring(1).toLowerCase(Locale.ROOT);
    int words = plain.indexOf('_') + 1;
    return plain.substring(0, words) + (phase == Phase.SINGLE ? "" : word)
        + plain.substring(words);
  }

  /** The class name of a merge revision that changes nothing itself. */
  public static String mergeClassName(String id) {
    return "R" + id + "_Merge";
  }

  public static String message(List<SchemaOp> ops) {
    List<String> headlines = headlines(ops);
    if (headlines.isEmpty()) {
      return "change schema";
    }
    List<String> shown = headlines.subList(0, Math.min(3, headlines.size()));
    String message = String.join("; ", shown);
    return headlines.size() > shown.size()
        ? message + "; and " + (headlines.size() - shown.size()) + " more" : message;
  }

  /** The changes a person cares about, without the keys and sequences that come with them. */
  private static List<String> headlines(List<SchemaOp> ops) {
    Set<String> lines = new LinkedHashSet<>();
    for (SchemaOp op : ops) {
      if (op instanceof CreateTable o) {
        lines.add("create " + o.table().name().name());
      } else if (op instanceof DropTable o) {
        lines.add("drop " + o.table().name());
      } else if (op instanceof AddColumn o) {
        lines.add("add " + o.table().name() + " " + o.column().name());
      } else if (op instanceof DropColumn o) {
        lines.add("drop " + o.table().name() + " " + o.column());
      } else if (op instanceof AlterColumn o) {
        lines.add("alter " + o.table().name() + " " + o.to().name());
      } else if (op instanceof RenameTable o) {
        lines.add("rename " + o.table().name() + " to " + o.newName());
      } else if (op instanceof RenameColumn o) {
        lines.add("rename " + o.table().name() + " " + o.from() + " to " + o.to());
      } else if (op instanceof AddCheckConstraint o) {
        lines.add("check " + o.constraint().name());
      } else if (op instanceof AddUniqueConstraint o) {
        lines.add("unique " + o.table().name() + " " + String.join(" ", o.constraint().columns()));
      } else if (op instanceof CreateIndex o) {
        lines.add("index " + o.table().name() + " " + String.join(" ", o.index().columns()));
      }
    }
    if (lines.isEmpty()) {
      ops.stream().findFirst().ifPresent(op -> lines.add(op.describe()));
    }
    return new ArrayList<>(lines);
  }

  private RevisionNamer() {}
}
