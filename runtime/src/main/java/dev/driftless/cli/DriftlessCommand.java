package dev.driftless.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code driftless} command line. Exit codes are stable for scripts: {@value #OK} success,
 * {@value #DRIFT} drift found, {@value #USAGE} bad arguments, {@value #FAILURE} anything else
 * (no database, unreadable snapshot).
 */
@Command(
    name = "driftless",
    mixinStandardHelpOptions = true,
    version = "driftless 0.1.0",
    description = "Database migrations for JPA entities, generated at compile time.",
    subcommands = {CheckCommand.class, CommandLine.HelpCommand.class})
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
          return FAILURE;
        });
  }

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(commandLine().execute(args));
  }
}
