package dev.driftless.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code driftless} command line: Alembic's verbs ({@code upgrade}, {@code downgrade},
 * {@code stamp}, {@code baseline}, {@code current}, {@code history}, {@code heads}, {@code sql}) plus {@code check}
 * and {@code repair}. Exit codes are stable for scripts: {@value #OK} success, {@value #DRIFT}
 * drift found, {@value #USAGE} bad arguments, {@value #FAILURE} anything else (no database, a
 * failed revision, a history that does not match the code).
 */
@Command(
    name = "driftless",
    mixinStandardHelpOptions = true,
    version = "driftless 0.1.0",
    description = "Database migrations for JPA entities, generated at compile time.",
    subcommands = {
        MigrationCommands.Upgrade.class,
        MigrationCommands.Contract.class,
        MigrationCommands.Downgrade.class,
        MigrationCommands.Stamp.class,
        MigrationCommands.Baseline.class,
        MigrationCommands.Current.class,
        MigrationCommands.History.class,
        MigrationCommands.Heads.class,
        MigrationCommands.Units.class,
        MigrationCommands.Sql.class,
        MigrationCommands.Repair.class,
        AuthoringCommands.NewRevision.class,
        AuthoringCommands.Undo.class,
        CheckCommand.class,
        CommandLine.HelpCommand.class})
public final class DriftlessCommand implements Runnable {
  public static final int OK = 0;
  public static final int DRIFT = 1;
  public static final int USAGE = 2;
  public static final int FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, e.g. check");
  }

  /** A configured command line, as {@link #main} runs it; tests call it directly. */
  public static CommandLine commandLine() {
    return new CommandLine(new DriftlessCommand())
        .setExecutionExceptionHandler((e, line, parsed) -> {
          line.getErr().println("driftless: " + e.getMessage());
          line.getErr().flush();
          // Missing or malformed options surface as IllegalArgumentException: a usage error.
          return e instanceof IllegalArgumentException ? USAGE : FAILURE;
        });
  }

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    // A long upgrade says how it is going (on standard error; standard output stays the result).
    System.setProperty("org.slf4j.simpleLogger.log.dev.driftless.internal.engine.ProgressLog",
        "info");
    System.setProperty("org.slf4j.simpleLogger.log.dev.driftless.internal.engine.MigrationLock",
        "info");
    System.exit(commandLine().execute(args));
  }
}
