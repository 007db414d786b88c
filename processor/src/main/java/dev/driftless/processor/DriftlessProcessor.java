package dev.driftless.processor;

import dev.driftless.processor.element.ErrorReporter;

import com.google.auto.service.AutoService;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The Driftless annotation processor: on every build, compares the {@code @Entity} model with the
 * committed snapshot and, when they differ, writes a revision class and the new snapshot.
 *
 * <p>It runs once per compilation, in the first round, so that the revision it generates is
 * compiled by the same build. It claims no annotations: other processors see everything.
 */
@AutoService(Processor.class)
public final class DriftlessProcessor extends AbstractProcessor {
  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // "*": a build in which every entity was deleted must still run, to generate the drops.
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new HashSet<>(ProcessorOptions.ALL);
    options.add(ProcessorOptions.KAPT_KOTLIN_GENERATED); // read, not set: kapt's own
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || round.processingOver()) {
      return false;
    }
    done = true;
    ErrorReporter reporter = new ErrorReporter(processingEnv.getMessager());
    ProcessorOptions options;
    try {
      options = ProcessorOptions.parse(processingEnv.getOptions());
    } catch (IllegalArgumentException e) {
      reporter.error(e.getMessage());
      return false;
    }
    if (options != null) {
      new RevisionGenerator(processingEnv, options, reporter).run(round);
    }
    return false;
  }
}
