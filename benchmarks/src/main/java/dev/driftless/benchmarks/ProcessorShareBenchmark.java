package dev.driftless.benchmarks;

import dev.driftless.benchmarks.CompileBenchmark.Timing;
import dev.driftless.benchmarks.CompileBenchmark.Variant;
import dev.driftless.processor.DriftlessProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The processor's share of javac in the everyday build (an unchanged model), warm and cold.
 *
 * <p>Warm: in one JVM, rounds of three compilations in rotating order: no processor
 * ({@code -proc:none}), {@link NoOpProcessor} (javac's own cost of running any processor), and
 * Driftless on an up-to-date snapshot; wall and CPU medians. Cold: each compilation a new
 * {@code javac} process, as a build tool that forks javac runs it, with and without Driftless,
 * timed from outside, with the process's maximum resident set size from {@code /usr/bin/time -v}
 * (GNU time) when the machine has it.
 *
 * <p>Run: {@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * dev.driftless.benchmarks.ProcessorShareBenchmark 1000}
 */
public final class ProcessorShareBenchmark {
  private static final int WARMUP = 3;
  private static final int ROUNDS = 9;
  private static final int COLD_ROUNDS = 5;
  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final Pattern MAX_RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern CPU_SECONDS =
      Pattern.compile("(?:User|System) time \\(seconds\\): ([0-9.]+)");

  /** Warm medians in milliseconds: wall and CPU for each of the three variants. */
  record Warm(long plainWall, long noOpWall, long driftlessWall, long plainCpu, long noOpCpu,
      long driftlessCpu, long processorCpu) {}

  /**
   * Cold medians: wall milliseconds; and from GNU time (-1 without it) the process's CPU
   * milliseconds (user + system, all its threads: javac, JIT, GC) and maximum RSS in kB.
   */
  record Cold(long plainWall, long driftlessWall, long plainCpu, long driftlessCpu,
      long plainRss, long driftlessRss) {}

  public static void main(String[] args) throws Exception {
    int entities = args.length == 0 ? 1000 : Integer.parseInt(args[0]);
    boolean cold = args.length < 2 || !args[1].equals("--warm-only");
    Path work = Files.createTempDirectory("driftless-share-bench");
    try {
      List<Path> sources = GeneratedModel.write(work.resolve("src"), entities);
      Path project = work.resolve("project");
      CompileBenchmark.seed(sources, project, work.resolve("seed"));
      Warm w = warm(sources, project, work, WARMUP, ROUNDS);
      System.out.printf("warm, %,d entities, medians of %d: no processor %,d ms (cpu %,d) | "
              + "no-op processor %,d ms (cpu %,d) | Driftless %,d ms (cpu %,d)%n", entities,
          ROUNDS, w.plainWall(), w.plainCpu(), w.noOpWall(), w.noOpCpu(), w.driftlessWall(),
          w.driftlessCpu());
      System.out.printf("  Driftless - no processor: %s of javac wall, %s cpu; of which javac's "
              + "own rounds (no-op - no processor) %s wall, %s cpu; Driftless - no-op %s wall, "
              + "%s cpu%n",
          share(w.driftlessWall(), w.plainWall(), w.plainWall()),
          share(w.driftlessCpu(), w.plainCpu(), w.plainCpu()),
          share(w.noOpWall(), w.plainWall(), w.plainWall()),
          share(w.noOpCpu(), w.plainCpu(), w.plainCpu()),
          share(w.driftlessWall(), w.noOpWall(), w.plainWall()),
          share(w.driftlessCpu(), w.noOpCpu(), w.plainCpu()));
      System.out.printf("  inside Driftless's process(): %,d ms cpu, %s of javac's own cpu%n",
          w.processorCpu(), share(w.processorCpu(), 0, w.plainCpu()));
      if (cold) {
        Cold c = cold(sources, project, work, COLD_ROUNDS);
        System.out.printf("cold javac, medians of %d: no processor %,d ms (cpu %,d), max RSS %s | "
                + "Driftless %,d ms (%s; cpu %,d, %s), max RSS %s (%s)%n", COLD_ROUNDS,
            c.plainWall(), c.plainCpu(), rss(c.plainRss()), c.driftlessWall(),
            share(c.driftlessWall(), c.plainWall(), c.plainWall()), c.driftlessCpu(),
            c.plainCpu() < 0 ? "n/a" : share(c.driftlessCpu(), c.plainCpu(), c.plainCpu()),
            rss(c.driftlessRss()),
            c.plainRss() < 0 ? "n/a" : share(c.driftlessRss(), c.plainRss(), c.plainRss()));
      }
    } finally {
      CompileBenchmark.delete(work);
    }
  }

  static Warm warm(List<Path> sources, Path project, Path work, int warmup, int rounds)
      throws IOException {
    Variant[] order = {Variant.PLAIN, Variant.NO_OP_PROCESSOR, Variant.DRIFTLESS_UNCHANGED};
    List<List<Long>> wall = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<List<Long>> cpu = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<Long> processor = new ArrayList<>();
    for (int round = 0; round < warmup + rounds; round++) {
      for (int k = 0; k < order.length; k++) {
        int v = (round + k) % order.length;
        Path out = work.resolve("warm" + round + "-" + v);
        Timing t = CompileBenchmark.compileTimed(sources, order[v], project, out);
        CompileBenchmark.delete(out);
        if (round >= warmup) {
          wall.get(v).add(t.wallMillis());
          cpu.get(v).add(t.cpuMillis());
          if (order[v] == Variant.DRIFTLESS_UNCHANGED) {
            processor.add(t.processorCpuMillis());
          }
        }
      }
    }
    return new Warm(CompileBenchmark.median(wall.get(0)), CompileBenchmark.median(wall.get(1)),
        CompileBenchmark.median(wall.get(2)), CompileBenchmark.median(cpu.get(0)),
        CompileBenchmark.median(cpu.get(1)), CompileBenchmark.median(cpu.get(2)),
        CompileBenchmark.median(processor));
  }

  static Cold cold(List<Path> sources, Path project, Path work, int rounds)
      throws IOException, InterruptedException {
    List<Long> plainWall = new ArrayList<>();
    List<Long> driftlessWall = new ArrayList<>();
    List<Long> plainCpu = new ArrayList<>();
    List<Long> driftlessCpu = new ArrayList<>();
    List<Long> plainRss = new ArrayList<>();
    List<Long> driftlessRss = new ArrayList<>();
    Path argfile = work.resolve("sources.txt");
    List<String> files = new ArrayList<>();
    sources.forEach(p -> files.add(p.toString()));
    try (Stream<Path> revisions = Files.walk(project.resolve("migrations"))) {
      revisions.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
    }
    Files.write(argfile, files);
    for (int round = 0; round < rounds; round++) {
      // Alternate which goes first, so neither always meets a cold file cache.
      boolean driftlessFirst = round % 2 == 1;
      for (int k = 0; k < 2; k++) {
        boolean driftless = (k == 0) == driftlessFirst;
        long[] run = javacProcess(argfile, driftless, project, work.resolve("cold" + round + k));
        (driftless ? driftlessWall : plainWall).add(run[0]);
        (driftless ? driftlessCpu : plainCpu).add(run[1]);
        (driftless ? driftlessRss : plainRss).add(run[2]);
      }
    }
    return new Cold(CompileBenchmark.median(plainWall), CompileBenchmark.median(driftlessWall),
        CompileBenchmark.median(plainCpu), CompileBenchmark.median(driftlessCpu),
        CompileBenchmark.median(plainRss), CompileBenchmark.median(driftlessRss));
  }

  /**
   * One {@code javac} process; returns its wall milliseconds, CPU milliseconds and max RSS in kB
   * (the last two -1 without GNU time).
   */
  private static long[] javacProcess(Path argfile, boolean driftless, Path project, Path out)
      throws IOException, InterruptedException {
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path generated = Files.createDirectories(out.resolve("generated"));
    List<String> command = new ArrayList<>();
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    if (gnuTime) {
      command.addAll(List.of(GNU_TIME.toString(), "-v"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--release", "17", "-implicit:none", "-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(), "-s", generated.toString()));
    if (driftless) {
      // Named, so that no other processor on the class path (Hibernate's) runs.
      command.addAll(List.of("-processor", DriftlessProcessor.class.getName()));
      command.addAll(CompileBenchmark.driftlessOptions(project));
    } else {
      command.add("-proc:none");
    }
    command.add("@" + argfile);
    Path log = out.resolve("javac.log");
    long start = System.nanoTime();
    Process javac = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int exit = javac.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    String output = Files.readString(log);
    if (exit != 0) {
      throw new IllegalStateException("javac failed (" + exit + "):\n" + output);
    }
    Matcher rss = MAX_RSS.matcher(output);
    long maxRss = gnuTime && rss.find() ? Long.parseLong(rss.group(1)) : -1;
    long cpu = -1;
    if (gnuTime) {
      double seconds = 0;
      for (Matcher m = CPU_SECONDS.matcher(output); m.find(); ) {
        seconds += Double.parseDouble(m.group(1));
      }
      cpu = Math.round(seconds * 1000);
    }
    CompileBenchmark.delete(out);
    return new long[] {wall, cpu, maxRss};
  }

  private static String share(long value, long minus, long of) {
    return String.format("%+.1f%%", 100.0 * (value - minus) / of);
  }

  private static String rss(long kilobytes) {
    return kilobytes < 0 ? "n/a (no /usr/bin/time)" : String.format("%,d MB", kilobytes / 1024);
  }
}
