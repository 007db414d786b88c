package dev.driftless.benchmarks;

import dev.driftless.processor.DriftlessProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.hibernate.processor.HibernateProcessor;

/**
 * What our processor adds to a build, against Hibernate's JPA static-metamodel generator
 * (hibernate-jpamodelgen, published as hibernate-processor), on the same generated models.
 *
 * <p>Each round compiles the model, with the project's committed first revision (as every build
 * of such a project does), four ways in one warm JVM, in rotating order: with no
 * processor ({@code -proc:none}); with Driftless on an up-to-date snapshot (the everyday
 * rebuild: the model is read, diffed, nothing is written but the class-path index); with Driftless
 * on an empty snapshot (the build that writes the first revision, the worst case); and with
 * Hibernate's processor (which writes a metamodel class per entity on every build). The added
 * cost is each median minus the no-processor median.
 *
 * <p>Run: {@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * dev.driftless.benchmarks.CompileBenchmark 200 1000}
 */
public final class CompileBenchmark {
  private static final int WARMUP = 3;
  private static final int ROUNDS = 7;

  /**
   * One way of compiling. {@code NO_OP_PROCESSOR} (a processor that reads nothing) is not one of
   * this harness's four: {@link ProcessorShareBenchmark} uses it to separate what javac itself
   * spends on running any processor from what ours spends.
   */
  enum Variant {
    PLAIN, DRIFTLESS_UNCHANGED, DRIFTLESS_FIRST_REVISION, HIBERNATE_METAMODEL, NO_OP_PROCESSOR
  }

  /** The four variants this harness compares, in their rotating order. */
  private static final Variant[] COMPARED = {Variant.PLAIN, Variant.DRIFTLESS_UNCHANGED,
      Variant.DRIFTLESS_FIRST_REVISION, Variant.HIBERNATE_METAMODEL};

  /**
   * One compilation's wall time, the compiling thread's CPU time, and the part of it spent in
   * Driftless's {@code process} (0 without Driftless), in milliseconds.
   */
  record Timing(long wallMillis, long cpuMillis, long processorCpuMillis) {}

  /** Median milliseconds per variant for a model of {@code entities}. */
  record Result(int entities, long plain, long driftless, long driftlessFirst, long hibernate) {}

  public static void main(String[] args) throws Exception {
    int[] sizes = args.length == 0 ? new int[] {200, 1000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.println("entities | no processor | Driftless (unchanged) | Driftless (first "
        + "revision) | hibernate-jpamodelgen");
    for (int size : sizes) {
      Result r = measure(size, WARMUP, ROUNDS);
      System.out.printf("%,d | %,d ms | %,d ms (+%,d) | %,d ms (+%,d) | %,d ms (+%,d)%n",
          r.entities(), r.plain(), r.driftless(), r.driftless() - r.plain(), r.driftlessFirst(),
          r.driftlessFirst() - r.plain(), r.hibernate(), r.hibernate() - r.plain());
    }
  }

  static Result measure(int entities, int warmup, int rounds) throws IOException {
    Path work = Files.createTempDirectory("driftless-compile-bench");
    try {
      List<Path> sources = GeneratedModel.write(work.resolve("src"), entities);
      // The up-to-date snapshot a team has committed: written once by a first build.
      Path project = work.resolve("project");
      seed(sources, project, work.resolve("seed"));
      Variant[] order = COMPARED;
      List<List<Long>> times = new ArrayList<>();
      for (int i = 0; i < order.length; i++) {
        times.add(new ArrayList<>());
      }
      for (int round = 0; round < warmup + rounds; round++) {
        for (int k = 0; k < order.length; k++) {
          Variant variant = order[(round + k) % order.length];
          long took = compile(sources, variant, project, work.resolve("out" + round + k));
          if (round >= warmup) {
            times.get(variant.ordinal()).add(took);
          }
        }
      }
      return new Result(entities, median(times.get(0)), median(times.get(1)),
          median(times.get(2)), median(times.get(3)));
    } finally {
      delete(work);
    }
  }

  /** The first build of the project: writes its snapshot and first revision. */
  static void seed(List<Path> sources, Path project, Path out) throws IOException {
    compileWith(sources, Variant.DRIFTLESS_UNCHANGED, project, out, false);
  }

  /** Compiles once; returns wall milliseconds. */
  static long compile(List<Path> sources, Variant variant, Path project, Path out)
      throws IOException {
    return compileWith(sources, variant, project, out, true).wallMillis();
  }

  /** Compiles once; returns the wall and CPU time. */
  static Timing compileTimed(List<Path> sources, Variant variant, Path project, Path out)
      throws IOException {
    return compileWith(sources, variant, project, out, true);
  }

  /**
   * The options that run Driftless on the project whose snapshot and revisions are in
   * {@code home}, as its build would.
   */
  static List<String> driftlessOptions(Path home) {
    return List.of("-Adriftless.snapshot=" + home.resolve("snapshot.json"),
        "-Adriftless.packages=" + GeneratedModel.PACKAGE,
        "-Adriftless.revisions.dir=" + home.resolve("migrations"),
        "-Adriftless.revisions.package=bench.migrations");
  }

  private static Timing compileWith(List<Path> sources, Variant variant, Path project, Path out,
      boolean withRevisions) throws IOException {
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path generated = Files.createDirectories(out.resolve("generated"));
    List<String> options = new ArrayList<>(List.of("--release", "17", "-implicit:none",
        "-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(), "-s", generated.toString()));
    List<Processor> processors = new ArrayList<>();
    TimedProcessor driftless = new TimedProcessor(new DriftlessProcessor());
    switch (variant) {
      case PLAIN -> options.add("-proc:none");
      case HIBERNATE_METAMODEL -> processors.add(new HibernateProcessor());
      case DRIFTLESS_UNCHANGED, DRIFTLESS_FIRST_REVISION -> {
        Path home = variant == Variant.DRIFTLESS_UNCHANGED ? project : out.resolve("fresh");
        options.addAll(driftlessOptions(home));
        processors.add(driftless);
      }
      case NO_OP_PROCESSOR -> processors.add(new NoOpProcessor());
      default -> throw new IllegalArgumentException(variant.name());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<Path> all = new ArrayList<>(sources);
      // A project compiles its committed revisions on every build, whichever processors run;
      // only the first-revision build generates its revision instead.
      if (variant != Variant.DRIFTLESS_FIRST_REVISION && withRevisions) {
        try (Stream<Path> revisions = Files.walk(project.resolve("migrations"))) {
          revisions.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
        }
      }
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjectsFromFiles(all.stream().map(Path::toFile).toList()));
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      if (!task.call()) {
        throw new IllegalStateException(variant + " does not compile:\n" + diagnostics);
      }
    }
    // javac compiles on the calling thread: its CPU time is javac's work (and the processors'),
    // without the time other processes on a busy machine take from it.
    return new Timing((System.nanoTime() - start) / 1_000_000,
        (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000, driftless.cpuMillis());
  }

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
