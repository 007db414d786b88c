package dev.driftless.processor;

import com.squareup.javapoet.JavaFile;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.engine.RevisionIndex;
import dev.driftless.ops.SchemaOp;
import dev.driftless.ops.TableOp;
import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * One build's work: entities to model, model against snapshot, and when they differ a new
 * revision (into the committed source tree and through the {@link Filer}) plus the new snapshot.
 * Always refreshes the class-path index the runtime reads.
 */
final class RevisionGenerator {
  private final Elements elements;
  private final Filer filer;
  private final ProcessorOptions options;
  private final ErrorReporter reporter;
  private final AnnotationValues values;
  private final SnapshotStore store = new SnapshotStore();
  private final SchemaDiffer differ = new SchemaDiffer();

  RevisionGenerator(ProcessingEnvironment env, ProcessorOptions options, ErrorReporter reporter) {
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
    this.options = options;
    this.reporter = reporter;
    this.values = new AnnotationValues(elements);
  }

  void run(RoundEnvironment round) {
    List<TypeElement> entities =
        new EntityCollector(elements, reporter).collect(options.entityPackages(), round);
    JpaModelReader reader = new JpaModelReader(values, reporter, options.naming());
    Schema model = reader.read(entities);
    if (reporter.hasErrors()) {
      return; // never diff a partial model: a missing table would look like a dropped one
    }
    Schema snapshot;
    try {
      snapshot = store.read(options.snapshot());
    } catch (SnapshotFormatException | IOException e) {
      reporter.error("Cannot read the snapshot: " + e.getMessage());
      return;
    }
    RevisionHistory history = RevisionHistory.read(elements, values, options.revisionsPackage());
    Set<String> revisionClasses = new TreeSet<>(history.classNames());
    String modelText = store.render(model);
    List<SchemaOp> upgrade = differ.diff(snapshot, model);
    try {
      if (!upgrade.isEmpty()) {
        String generated = generate(history, snapshot, model, modelText, upgrade, entities);
        if (generated == null) {
          return;
        }
        revisionClasses.add(generated);
      }
      writeClassPathResources(revisionClasses, modelText, entities);
    } catch (IOException e) {
      reporter.error("Cannot write Driftless output: " + e.getMessage()
          + ". Check that the paths in the -Adriftless.* options are writable.");
    }
  }

  /** Writes the revision and the snapshot; returns the revision's class name, or null on error. */
  private String generate(RevisionHistory history, Schema snapshot, Schema model, String modelText,
      List<SchemaOp> upgrade, List<TypeElement> entities) throws IOException {
    Set<String> heads = history.heads();
    if (heads.size() > 1) {
      reporter.error("The revisions in " + options.revisionsPackage() + " have " + heads.size()
          + " heads " + heads + " (two branches each added one). Write a merge revision whose "
          + "@Revision(parents = {...}) lists them all, with empty upgrade() and downgrade(), "
          + "then build again.");
      return null;
    }
    List<String> parents = List.copyOf(heads);
    String id = RevisionNamer.id(parents, modelText);
    String className = RevisionNamer.className(id, upgrade);
    String qualified = options.revisionsPackage() + "." + className;
    JavaFile file = new RevisionWriter().write(new RevisionWriter.Spec(
        options.revisionsPackage(), className, id, parents, RevisionNamer.message(upgrade),
        upgrade, differ.diff(model, snapshot), options.snapshotForHumans()));

    // Revision first, snapshot second: if the build dies in between, the next build regenerates
    // the same revision (same id, same bytes) instead of losing it.
    Path source = options.revisionsDir()
        .resolve(options.revisionsPackage().replace('.', '/')).resolve(className + ".java");
    if (!Files.exists(source)) {
      SnapshotStore.writeIfChanged(source, file.toString());
    }
    if (elements.getTypeElement(qualified) == null) {
      file.toBuilder().build().writeTo(filer);
    }
    SnapshotStore.writeIfChanged(options.snapshot(), modelText);
    reporter.note("Wrote revision " + className + " (" + RevisionNamer.message(upgrade)
        + ") to " + source + " and updated " + options.snapshot()
        + ". Review both and commit them together.");
    warnAboutHazards(upgrade, entities);
    return qualified;
  }

  private void warnAboutHazards(List<SchemaOp> upgrade, List<TypeElement> entities) {
    JpaModelReader reader = new JpaModelReader(values, reporter, options.naming());
    for (SchemaOp op : upgrade) {
      op.hazard().ifPresent(hazard -> {
        Element origin = op instanceof TableOp tableOp
            ? entities.stream().filter(e -> reader.tableNameOf(e).equals(tableOp.table()))
                .findFirst().orElse(null)
            : null;
        reporter.warning(origin, "The generated revision " + hazard + ". Review it before you "
            + "commit; edit the revision if this is not what you meant.");
      });
    }
  }

  private void writeClassPathResources(Set<String> revisionClasses, String snapshotText,
      List<TypeElement> entities) throws IOException {
    Element[] origins = entities.toArray(Element[]::new);
    FileObject index =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", RevisionIndex.RESOURCE, origins);
    try (Writer writer = index.openWriter()) {
      writer.write("# Generated by the Driftless annotation processor: revision classes.\n");
      for (String name : revisionClasses) {
        writer.write(name + "\n");
      }
    }
    FileObject snapshot = filer.createResource(
        StandardLocation.CLASS_OUTPUT, "", RevisionIndex.SNAPSHOT_RESOURCE, origins);
    try (Writer writer = snapshot.openWriter()) {
      writer.write(snapshotText);
    }
  }
}
