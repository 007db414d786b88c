package dev.driftless.cli;

import dev.driftless.BaselineException;
import dev.driftless.Driftless;
import dev.driftless.MigrateResult;
import dev.driftless.OutOfOrder;
import dev.driftless.RepairAction;
import dev.driftless.RevisionStatus;
import dev.driftless.TenantResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The Alembic-style verbs, each a thin layer over the {@link Driftless} API. */
final class MigrationCommands {
  private MigrationCommands() {}

  /** Base for the verbs: the shared options and an output stream. */
  abstract static class Verb implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    void print(MigrateResult result, String verb, String nothing) {
      if (result.applied().isEmpty()) {
        out().println(nothing);
      }
      for (MigrateResult.Applied step : result.applied()) {
        out().printf("%s %s (%s): %d statement(s) in %d ms%n", verb, step.id(), step.message(),
            step.statements(), step.millis());
      }
      if (!result.heldBack().isEmpty()) {
        out().printf("Held back %s: contract revision(s) (and what follows them), which drop "
            + "what the previous release still uses. Run `contract` once it is gone.%n",
            String.join(", ", result.heldBack()));
      }
      out().flush();
    }
  }

  @Command(name = "upgrade", mixinStandardHelpOptions = true,
      description = "Applies revisions, one transaction each. TARGET: head (default), heads, "
          + "+N, or a revision id or prefix.")
  static final class Upgrade extends Verb {
    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "TARGET") String target;

    @Option(names = "--tenants", split = ",", paramLabel = "SCHEMA",
        description = "Apply the revisions to each of these schemas instead (schema per "
            + "tenant), each with its own version table")
    List<String> tenants;

    @Option(names = "--parallelism", defaultValue = "4",
        description = "With --tenants: how many tenants at a time (default: ${DEFAULT-VALUE})")
    int parallelism;

    @Option(names = "--out-of-order",
        description = "Apply pending revisions that come before revisions already applied "
            + "(added into the middle of the history), with a warning, instead of refusing")
    boolean outOfOrder;

    @Option(names = "--baseline-on-migrate",
        description = "On a database that records no revision yet and already has the "
            + "snapshot's schema, baseline first (record the revisions as applied)")
    boolean baselineOnMigrate;

    @Override
    public Integer call() {
      Driftless driftless = connection.configure(true)
          .outOfOrder(outOfOrder ? OutOfOrder.APPLY : OutOfOrder.REFUSE)
          .baselineOnMigrate(baselineOnMigrate).load();
      if (tenants != null && !tenants.isEmpty()) {
        return upgradeTenants(driftless);
      }
      MigrateResult result = driftless.upgrade(target);
      print(result, "Applied", "Nothing to apply: " + result.alreadyApplied()
          + " revision(s) already applied.");
      return DriftlessCommand.OK;
    }

    private int upgradeTenants(Driftless driftless) {
      List<TenantResult> results = driftless.upgradeTenants(tenants, target, parallelism);
      long failed = results.stream().filter(r -> !r.succeeded()).count();
      for (TenantResult r : results) {
        out().println(r.succeeded()
            ? String.format("%-24s ok: %d applied in %d ms", r.schema(),
                r.result().applied().size(), r.millis())
            : String.format("%-24s FAILED: %s", r.schema(),
                r.failure().getMessage().lines().findFirst().orElse("")));
      }
      out().printf("%d tenant(s): %d ok, %d failed%n", results.size(), results.size() - failed,
          failed);
      out().flush();
      return failed == 0 ? DriftlessCommand.OK : DriftlessCommand.FAILURE;
    }
  }

  @Command(name = "contract", mixinStandardHelpOptions = true,
      description = "The last step of a rolling deploy: applies every pending revision, the "
          + "contract revisions that upgrade holds back included. Run it once no instance of "
          + "the previous release is left.")
  static final class Contract extends Verb {
    @Override
    public Integer call() {
      print(connection.load(true).contract(), "Applied", "Nothing to contract.");
      return DriftlessCommand.OK;
    }
  }

  @Command(name = "downgrade", mixinStandardHelpOptions = true,
      description = "Reverts revisions, newest first. TARGET: -N, base, or the revision to go "
          + "back to.")
  static final class Downgrade extends Verb {
    @Parameters(paramLabel = "TARGET") String target;

    @Override
    public Integer call() {
      print(connection.load(true).downgrade(target), "Reverted", "Nothing to revert.");
      return DriftlessCommand.OK;
    }
  }

  @Command(name = "stamp", mixinStandardHelpOptions = true,
      description = "Records the database as being at TARGET (a revision, head or base) "
          + "without running anything.")
  static final class Stamp extends Verb {
    @Parameters(paramLabel = "TARGET") String target;

    @Override
    public Integer call() {
      List<String> ids = connection.load(true).stamp(target);
      out().println(ids.isEmpty() ? "Stamped base: no revision recorded."
          : "Stamped " + target + ": " + String.join(", ", ids));
      out().flush();
      return DriftlessCommand.OK;
    }
  }

  @Command(name = "baseline", mixinStandardHelpOptions = true,
      description = "Brings an existing database under Driftless: if its schema is the "
          + "snapshot's, records every revision up to the head as applied without running any; "
          + "else prints the differences and exits with 1.")
  static final class Baseline extends Verb {
    @Override
    public Integer call() {
      try {
        List<String> ids = connection.load(true).baseline();
        out().println("Baselined: the schema matches the snapshot; recorded " + ids.size()
            + " revision(s) as applied: " + String.join(", ", ids));
        out().flush();
        return DriftlessCommand.OK;
      } catch (BaselineException e) {
        out().println(e.getMessage());
        out().flush();
        return DriftlessCommand.DRIFT;
      }
    }
  }

  @Command(name = "current", mixinStandardHelpOptions = true,
      description = "Shows the revision(s) the database is at.")
  static final class Current extends Verb {
    @Override
    public Integer call() {
      List<RevisionStatus> history = connection.load(true).history();
      List<RevisionStatus> applied = history.stream().filter(RevisionStatus::isApplied).toList();
      List<RevisionStatus> tips = applied.stream().filter(s -> applied.stream()
          .noneMatch(o -> o.revision().parents().contains(s.revision().id()))).toList();
      if (tips.isEmpty()) {
        out().println("base (no revision applied)");
      }
      tips.forEach(s -> out().println(s.revision().id() + " (" + s.revision().message() + ")"
          + (s.head() ? " (head)" : "")));
      out().flush();
      return DriftlessCommand.OK;
    }
  }

  @Command(name = "history", mixinStandardHelpOptions = true,
      description = "Lists every revision, parents first, with when it was applied.")
  static final class History extends Verb {
    @Override
    public Integer call() {
      for (RevisionStatus s : connection.load(true).history()) {
        out().println(s.describe());
      }
      out().flush();
      return DriftlessCommand.OK;
    }
  }

  @Command(name = "heads", mixinStandardHelpOptions = true,
      description = "Lists the revisions no other revision follows (more than one: a merge is "
          + "needed). Needs no database.")
  static final class Heads extends Verb {
    @Override
    public Integer call() {
      Driftless driftless = connection.load(false);
      driftless.heads().forEach(id -> out().println(id));
      out().flush();
      return DriftlessCommand.OK;
    }
  }

  @Command(name = "units", mixinStandardHelpOptions = true,
      description = "Lists the schema units on the class path, one per line; (unnamed) is the "
          + "unit of a processor without -Adriftless.unit. Needs no database.")
  static final class Units extends Verb {
    @Override
    public Integer call() {
      List<String> units = Driftless.units(connection.classLoader());
      if (units.isEmpty()) {
        out().println("No schema unit on the class path: give --classpath the application's "
            + "jar or classes directory.");
      }
      units.forEach(unit -> out().println(unit.isEmpty() ? "(unnamed)" : unit));
      out().flush();
      return units.isEmpty() ? DriftlessCommand.FAILURE : DriftlessCommand.OK;
    }
  }

  @Command(name = "sql", mixinStandardHelpOptions = true,
      description = "Prints the SQL script of an upgrade (or, with --down, a downgrade) for a DBA "
          + "to review or run with psql. Needs no database.")
  static final class Sql extends Verb {
    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
        description = "Where to go: head (default), +N, a revision; with --down: -N, base, a "
            + "revision")
    String target;

    @Option(names = "--from", defaultValue = "base", paramLabel = "REVISION",
        description = "Where the database is: base (default), head or a revision")
    String from;

    @Option(names = "--down", description = "A downgrade script")
    boolean down;

    @Override
    public Integer call() {
      Driftless driftless = connection.load(false);
      out().print(down ? driftless.downgradeScript(from, target)
          : driftless.upgradeScript(from, target));
      out().flush();
      return DriftlessCommand.OK;
    }
  }

  @Command(name = "repair", mixinStandardHelpOptions = true,
      description = "The way out of a history validation failure.")
  static final class Repair extends Verb {
    @Option(names = "--accept-checksums",
        description = "Record the current checksum of applied revisions whose code was edited")
    boolean acceptChecksums;

    @Option(names = "--forget-missing",
        description = "Delete history rows of revisions no longer on the class path")
    boolean forgetMissing;

    @Override
    public Integer call() {
      if (!acceptChecksums && !forgetMissing) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "Say what to repair: --accept-checksums and/or --forget-missing");
      }
      List<RepairAction> actions = new ArrayList<>();
      if (acceptChecksums) {
        actions.add(RepairAction.ACCEPT_CHECKSUMS);
      }
      if (forgetMissing) {
        actions.add(RepairAction.FORGET_MISSING);
      }
      List<String> done = connection.load(true).repair(actions.toArray(RepairAction[]::new));
      out().println(done.isEmpty() ? "Nothing to repair." : String.join("\n", done));
      out().flush();
      return DriftlessCommand.OK;
    }
  }
}
