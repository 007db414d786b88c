package dev.driftless.cli;

import dev.driftless.Driftless;
import dev.driftless.internal.engine.ClassPathUnits;
import dev.driftless.internal.engine.LoadedRevision;
import dev.driftless.internal.engine.RevisionIndex;
import dev.driftless.internal.engine.RevisionNames;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Verbs for the developer's side: start a hand-written revision, undo the newest one. */
final class AuthoringCommands {
  private AuthoringCommands() {}

  /** Where revision sources live; the same values as the processor's -A options. */
  abstract static class SourceVerb extends MigrationCommands.Verb {
    @Option(names = "--source-dir", required = true, paramLabel = "DIR",
        description = "Source root of the revisions (the processor's driftless.revisions.dir)")
    Path sourceDir;

    @Option(names = "--package", required = true, paramLabel = "PACKAGE",
        description = "Package of the revisions (driftless.revisions.package)")
    String packageName;

    Path sourceOf(String className) {
      return sourceDir.resolve(packageName.replace('.', '/'))
          .resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
    }
  }

  @Command(name = "revision", mixinStandardHelpOptions = true,
      description = "Writes a hand-written revision to fill in (a data migration, raw SQL) "
          + "that follows the current head(s): Alembic's `revision -m`. Compile the project "
          + "first, so that --classpath sees every revision.")
  static final class NewRevision extends SourceVerb {
    @Option(names = {"-m", "--message"}, required = true, description = "What it will do")
    String message;

    @Override
    public Integer call() throws IOException {
      Driftless driftless = connection.load(false);
      Set<String> heads = driftless.heads();
      String id = PostgresNames.sha256Hex(heads + "\n" + message + "\n" + System.nanoTime())
          .substring(0, 12);
      String className = "R" + id + "_" + RevisionNames.slug(message, "HandWritten");
      Path file = sourceOf(className);
      if (Files.exists(file)) {
        throw new IOException(file + " exists already");
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, template(className, id, List.copyOf(heads)),
          StandardCharsets.UTF_8);
      out().println("Wrote " + file + " (follows " + (heads.isEmpty() ? "nothing: the first "
          + "revision" : String.join(", ", heads)) + "). Fill in upgrade() and downgrade().");
      out().flush();
      return DriftlessCommand.OK;
    }

    private String template(String className, String id, List<String> parents) {
      String parentList = parents.size() == 1 ? "\"" + parents.get(0) + "\""
          : "{" + String.join(", ", parents.stream().map(p -> "\"" + p + "\"").toList()) + "}";
      return "package " + packageName + ";\n\n"
          + "import dev.driftless.annotations.Revision;\n"
          + "import dev.driftless.engine.Migration;\n"
          + "import dev.driftless.ops.Ops;\n\n"
          + "/** " + message.replace("*/", "* /") + ". Written by hand. */\n"
          + "@Revision(id = \"" + id + "\", parents = " + parentList + ", message = \""
          + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\")\n"
          + "public final class " + className + " implements Migration {\n"
          + "    @Override\n"
          + "    public void upgrade(Ops op) {\n"
          + "        // e.g. op.execute(\"UPDATE customer SET tier = ? WHERE tier IS NULL\", \"basic\");\n"
          + "    }\n\n"
          + "    @Override\n"
          + "    public void downgrade(Ops op) {\n"
          + "    }\n"
          + "}\n";
    }

  }

  @Command(name = "undo", mixinStandardHelpOptions = true,
      description = "Discards the newest revision before it is applied anywhere: deletes its "
          + "source and puts the snapshot back as it was before it (its downgrade applied to the "
          + "snapshot). With --url, refuses if the database has applied it. Revert the entity "
          + "change too, or the next build generates the revision again.")
  static final class Undo extends SourceVerb {
    @Option(names = "--snapshot", required = true, paramLabel = "FILE",
        description = "The committed snapshot (the processor's driftless.snapshot)")
    Path snapshot;

    @Override
    public Integer call() throws IOException {
      boolean database = connection.url != null && !connection.url.isBlank();
      ClassLoader classLoader = connection.classLoader();
      Driftless driftless = connection.load(database, classLoader);
      Set<String> heads = driftless.heads();
      if (heads.size() != 1) {
        throw new IllegalArgumentException("undo needs exactly one head; there are " + heads);
      }
      String head = heads.iterator().next();
      if (database && driftless.history().stream()
          .anyMatch(s -> s.revision().id().equals(head) && s.isApplied())) {
        throw new IllegalStateException("Revision " + head + " is applied to that database: "
            + "write a new revision that reverts it instead (or downgrade first).");
      }
      LoadedRevision revision = RevisionIndex.load(classLoader, new ClassPathUnits(classLoader)
              .read(connection.unit(), null).revisionClasses()).stream()
          .filter(r -> r.id().equals(head)).findFirst().orElseThrow();
      SnapshotCodec codec = new SnapshotCodec();
      Schema current = codec.read(snapshot);
      Schema previous = current;
      for (SchemaOp op : revision.downgradeOps()) {
        previous = op.applyTo(previous);
      }
      Path source = sourceOf(revision.className());
      if (!Files.exists(source)) {
        throw new IOException("no source for revision " + head + " at " + source);
      }
      Files.writeString(snapshot, codec.write(previous), StandardCharsets.UTF_8);
      Files.delete(source);
      out().println("Deleted " + source + " and restored " + snapshot + " to before " + head
          + ". Revert the entity change, or the next build generates it again.");
      out().flush();
      return DriftlessCommand.OK;
    }
  }
}
