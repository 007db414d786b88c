package dev.driftless.processor.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * Tells the revisions of this build from ghosts. A build without {@code clean} compiles against
 * its own class output, so a revision class an earlier build left there (an IDE generated it, the
 * user discarded its source) is still found in the revisions package; listed in the index, it
 * would be applied by {@code migrate()} although no source defines it any more.
 *
 * <p>A revision belongs to this build when its source is in this compilation, when its source is
 * in the revisions directory (an IDE recompiling other files only), or when its class is not in
 * this module's class output at all: then it comes from a dependency.
 */
public final class StaleRevisions {
  private final Filer filer;
  private final Elements elements;
  private final Set<? extends Element> compiledFromSource;
  private final Path revisionsDir;

  /**
   * @param compiledFromSource the root elements of this compilation
   * @param revisionsDir the source root revisions are written into
   */
  public StaleRevisions(Filer filer, Elements elements, Set<? extends Element> compiledFromSource,
      Path revisionsDir) {
    this.filer = filer;
    this.elements = elements;
    this.compiledFromSource = compiledFromSource;
    this.revisionsDir = revisionsDir;
  }

  /** Whether {@code revision} is a class file of this module whose source is gone. */
  public boolean isStale(TypeElement revision) {
    if (compiledFromSource.contains(revision)) {
      return false;
    }
    String packageName = elements.getPackageOf(revision).getQualifiedName().toString();
    String simpleName = revision.getSimpleName().toString();
    Path source = revisionsDir.resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
    return !Files.exists(source) && inClassOutput(packageName, simpleName);
  }

  private boolean inClassOutput(String packageName, String simpleName) {
    try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, packageName,
        simpleName + ".class").openInputStream()) {
      return true;
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return false; // not there (or a file manager that cannot tell): not this module's output
    }
  }
}
