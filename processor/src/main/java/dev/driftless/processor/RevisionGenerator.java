package dev.driftless.processor;

import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.EntityCollector;
import dev.driftless.processor.element.Converters;
import dev.driftless.processor.mapping.JpaModelReader;
import dev.driftless.processor.mapping.MappedModel;
import dev.driftless.processor.mapping.naming.HibernateLine;
import dev.driftless.processor.intent.ChangeIntents;
import dev.driftless.processor.intent.OpOrigins;
import dev.driftless.processor.intent.PossibleRenames;
import dev.driftless.processor.write.RevisionWriter;
import dev.driftless.processor.write.RevisionNamer;
import dev.driftless.processor.store.SnapshotStore;
import dev.driftless.processor.store.ClassPathResources;
import dev.driftless.processor.store.RevisionHistory;
import dev.driftless.processor.store.StaleRevisions;
import dev.driftless.processor.store.StoredSnapshot;

import com.squareup.javapoet.JavaFile;
import dev.driftless.annotations.Phase;
import dev.driftless.diff.ColumnSync;
import dev.driftless.diff.ExpandContract;
import dev.driftless.diff.OnlineForms;
import dev.driftless.internal.engine.UnitPaths;
import dev.driftless.diff.RenameHints;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * One build's work: entities to model, model against snapshot, and when they differ a new
 * revision (into the committed source tree and through the {@link Filer}) plus the new snapshot.
 * Always refreshes the class-path index the runtime reads.
 */
final class RevisionGenerator {
  private final Elements elements;
  private final javax.lang.model.util.Types typeUtils;
  private final Filer filer;
  private final ProcessorOptions options;
  private final ErrorReporter reporter;
  private final AnnotationValues values;
  private final boolean kapt;
  private final SnapshotStore store = new SnapshotStore();
  private final SchemaDiffer differ = new SchemaDiffer();
  private final ExpandContract expandContract = new ExpandContract();

  RevisionGenerator(ProcessingEnvironment env, ProcessorOptions options, ErrorReporter reporter) {
    this.elements = env.getElementUtils();
    this.typeUtils = env.getTypeUtils();
    this.filer = env.getFiler();
    this.options = options;
    this.reporter = reporter;
    this.values = new AnnotationValues();
    this.kapt = env.getOptions().containsKey(ProcessorOptions.KAPT_KOTLIN_GENERATED);
  }

  void run(RoundEnvironment round) {
    List<String> packages = List.copyOf(
        options.entityPackages().resolve(round.getRootElements(), elements, filer));
    List<TypeElement> entities =
        new EntityCollector(elements, reporter).collect(packages, round);
    Converters converters = Converters.of(packages, elements, typeUtils, values);
    HibernateLine line = options.hibernate() != null ? options.hibernate()
        : HibernateLine.detect(elements);
    JpaModelReader reader =
        new JpaModelReader(values, typeUtils, converters, reporter, options.naming(),
            options.quoting(), options.quotedColumnDefinitions(), line, options.constraintNames());
    MappedModel mapped = reader.read(entities);
    Schema model = mapped.schema();
    if (reporter.hasErrors()) {
      return; // never diff a partial model: a missing table would look like a dropped one
    }
    RevisionHistory history = RevisionHistory.read(elements, values, options.revisionsPackage(),
        new StaleRevisions(filer, elements, round.getRootElements(), options.revisionsDir()));
    history.stale().forEach(stale -> reporter.warning(null, "Left the compiled revision "
        + stale.getQualifiedName() + " out of the revision index: its source is not in "
        + options.revisionsDir() + " any more, so it is a class an earlier build left in the "
        + "class output. Build clean (mvn clean compile) to delete it."));
    String modelText = store.render(model);
    StoredSnapshot stored;
    try {
      stored = store.read(options.snapshot(), modelText);
    } catch (SnapshotFormatException | IOException e) {
      reporter.error("Cannot read the snapshot: " + e.getMessage());
      return;
    }
    if (!stored.exists() && !history.isEmpty()) {
      reportMissingSnapshot(history);
      return; // a first run here would generate a revision that creates every table again
    }
    Set<String> revisionClasses = new TreeSet<>(history.classNames());
    Set<String> heads = history.heads();
    boolean merge = heads.size() > 1;
    if (stored.holds(modelText) && !merge) {
      // The everyday build. A snapshot holding the model's own text holds the model's schema
      // (see StoredSnapshot): the diff would be empty, and with one head there is nothing to
      // check, finish or generate, so neither the parse nor the diff is needed.
      writeResources(revisionClasses, modelText, entities);
      return;
    }
    ChangeIntents intents = ChangeIntents.of(mapped.origins(), values);
    RenameHints hints = intents.renameHints();
    List<SchemaOp> upgrade = stored.holds(modelText) ? List.of()
        : differ.diff(stored.schema(), model, hints);
    if (new PossibleRenames(reporter, intents).report(upgrade, stored.schema(), hints)) {
      return; // never guess: a drop and an add that may be a rename loses a column of data
    }
    Optional<String> interrupted = interruptedRevision(history, heads, modelText);
    try {
      if (options.check() && (!upgrade.isEmpty() || merge)) {
        reportCheckFailure(upgrade, heads, interrupted);
        return;
      }
      if (interrupted.isPresent() && !upgrade.isEmpty()) {
        SnapshotStore.writeIfChanged(options.snapshot(), modelText);
        reporter.note("Updated " + options.snapshot() + " to the schema of revision "
            + interrupted.get() + ": the build that generated that revision stopped before it "
            + "wrote the snapshot. Review and commit both.");
      } else if (!upgrade.isEmpty() || merge) {
        revisionClasses.addAll(
            generate(history, heads, stored.schema(), model, modelText, upgrade, intents));
        if (reporter.hasErrors()) {
          return; // a change rolling mode refused: nothing written
        }
      }
    } catch (IOException e) {
      reportWriteFailure(e);
      return;
    }
    writeResources(revisionClasses, modelText, entities);
  }

  /** The class-path index and snapshot the runtime reads, written on every build. */
  private void writeResources(Set<String> revisionClasses, String modelText,
      List<TypeElement> entities) {
    try {
      new ClassPathResources(filer, new UnitPaths(options.unit()))
          .write(revisionClasses, modelText, entities);
    } catch (IOException e) {
      reportWriteFailure(e);
    }
  }

  private void reportWriteFailure(IOException e) {
    reporter.error("Cannot write Driftless output: " + e.getMessage()
        + ". Check that the paths in the -Adriftless.* options are writable.");
  }

  /**
   * The single head that was generated for exactly this model: its id is the hash of its parents
   * and of this model's snapshot text, as {@link #generate} makes it. When the snapshot on disk is
   * not that text, the build that wrote the revision stopped before it wrote the snapshot (the
   * revision is written first). Generating again would follow that revision with a second one
   * making the same change; finishing the write is what the interrupted build would have done.
   */
  private static Optional<String> interruptedRevision(RevisionHistory history, Set<String> heads,
      String modelText) {
    if (heads.size() != 1) {
      return Optional.empty();
    }
    String head = heads.iterator().next();
    List<String> parents = List.copyOf(new TreeSet<>(history.parents(head)));
    return RevisionNamer.id(parents, modelText).equals(head) ? Optional.of(head)
        : Optional.empty();
  }

  private void reportMissingSnapshot(RevisionHistory history) {
    List<String> names = history.classNames();
    reporter.error("The snapshot " + options.snapshot() + " does not exist, but the package "
        + options.revisionsPackage() + " has " + names.size() + " revision(s) (" + String.join(", ",
            names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", ..." : "")
        + "). Without the snapshot every table would look new, and the next revision would "
        + "create them all again. Restore the snapshot from version control (git checkout -- "
        + options.snapshot() + "; git log --diff-filter=D -- " + options.snapshot()
        + " finds the commit that deleted it), or point -A" + ProcessorOptions.SNAPSHOT
        + " at where it is now. Driftless has no command that rebuilds a snapshot from the "
        + "revisions. To really start over, delete the revisions too.");
  }

  /** Check mode (CI): say what differs, write nothing, fail the build. */
  private void reportCheckFailure(List<SchemaOp> upgrade, Set<String> heads,
      Optional<String> interrupted) {
    StringBuilder message = new StringBuilder("Check mode (-A" + ProcessorOptions.CHECK
        + "=true): ");
    interrupted.ifPresent(head -> message.append("the snapshot ").append(options.snapshot())
        .append(" is behind revision ").append(head).append(", whose build stopped before it "
            + "wrote the snapshot; "));
    if (!upgrade.isEmpty()) {
      message.append("the entities differ from the snapshot ").append(options.snapshot())
          .append(":");
      upgrade.forEach(op -> message.append("\n  - ").append(op.describe()));
      message.append("\n");
    }
    if (heads.size() > 1) {
      message.append("the revisions have ").append(heads.size()).append(" heads ").append(heads)
          .append(" and need a merge revision.\n");
    }
    message.append("Build without -A").append(ProcessorOptions.CHECK).append(" to generate the "
        + "revision, review it, and commit it with the snapshot.");
    reporter.error(message.toString());
  }

  /**
   * Writes the revision and the snapshot; returns the revision's class name. With several heads
   * (after a git merge of two branches that each added a revision) the revision follows all of
   * them: a merge revision, empty unless the merged model needs more.
   */
  private List<String> generate(RevisionHistory history, Set<String> heads, Schema snapshot,
      Schema model, String modelText, List<SchemaOp> upgrade, ChangeIntents intents)
      throws IOException {
    List<String> parents = List.copyOf(new TreeSet<>(heads));
    if (options.rolling() && !upgrade.isEmpty()) {
      ExpandContract.Plan plan = expandContract.plan(snapshot, model, upgrade);
      if (plan instanceof ExpandContract.Refused refused) {
        OpOrigins origins = new OpOrigins(intents);
        refused.refusals().forEach(r -> reporter.error(origins.of(r.op()), "Rolling deploy (-A"
            + ProcessorOptions.DEPLOY + "=rolling): this change " + r.reason()
            + " Nothing was generated."));
        return List.of();
      }
      if (plan instanceof ExpandContract.Split split) {
        String expandedText = store.render(split.expanded());
        return generateSplit(expandParents(history, heads, expandedText), split, expandedText,
            modelText, upgrade, intents);
      }
    }
    return List.of(generateSingle(parents, snapshot, model, modelText, upgrade, intents));
  }

  /**
   * The parents of this change's expand revision: the heads, unless the one head is that very
   * expand revision (its id is the hash of its parents and of this expanded schema), written by a
   * build that stopped before the contract revision and the snapshot. Its parents then: the
   * expand is not written twice, and the contract and the snapshot are what that build would
   * have written.
   */
  private List<String> expandParents(RevisionHistory history, Set<String> heads,
      String expandedText) {
    List<String> parents = List.copyOf(new TreeSet<>(heads));
    if (heads.size() == 1) {
      String head = parents.get(0);
      List<String> before = List.copyOf(new TreeSet<>(history.parents(head)));
      if (RevisionNamer.id(before, expandedText).equals(head)) {
        reporter.note("Finishing the rolling-deploy change whose expand revision " + head
            + " exists: the build that wrote it stopped before the contract revision and the "
            + "snapshot.");
        return before;
      }
    }
    return parents;
  }

  /**
   * Writes the expand and the contract revision of a rolling deploy, then the snapshot (which
   * holds the schema after both). The expand's id hashes the expanded schema, the contract's
   * follows it as any revision does, so a rebuild writes the same two files.
   */
  private List<String> generateSplit(List<String> parents, ExpandContract.Split split,
      String expandedText, String modelText, List<SchemaOp> upgrade, ChangeIntents intents)
      throws IOException {
    String message = RevisionNamer.message(upgrade);
    List<String> syncs = split.syncs().stream().map(ColumnSync::describe).toList();
    List<SchemaOp> expandUp = expandContract.expandUpgrade(split);
    List<SchemaOp> contractUp = expandContract.contractUpgrade(split);
    if (expandUp.isEmpty()) {
      // Only removals (a dropped table, index or nullable column): nothing to add first, so one
      // revision, a contract held back until the rollout is done.
      String id = RevisionNamer.id(parents, modelText);
      String className = RevisionNamer.className(id, Phase.CONTRACT, upgrade);
      String contract = write(new RevisionWriter.Spec(options.revisionsPackage(), className, id,
          parents, message, split.from(), contractUp, expandContract.contractDowngrade(split),
          options.snapshotForHumans(), Phase.CONTRACT, null, List.of()));
      SnapshotStore.writeIfChanged(options.snapshot(), modelText);
      reporter.note("Wrote the contract revision " + className + " (" + message + ") to "
          + source(className) + " and updated " + options.snapshot() + ". migrate() holds it "
          + "back; run contract once the previous release is gone. Review and commit.");
      warnAboutHazards(split.from(), contractUp, intents);
      return List.of(contract);
    }
    String expandId = RevisionNamer.id(parents, expandedText);
    String contractId = RevisionNamer.id(List.of(expandId), modelText);
    String expandClass = RevisionNamer.className(expandId, Phase.EXPAND, upgrade);
    String contractClass = RevisionNamer.className(contractId, Phase.CONTRACT, upgrade);
    String expand = write(new RevisionWriter.Spec(options.revisionsPackage(), expandClass,
        expandId, parents, message, split.from(), expandUp,
        expandContract.expandDowngrade(split), options.snapshotForHumans(), Phase.EXPAND,
        contractClass, syncs));
    String contract = write(new RevisionWriter.Spec(options.revisionsPackage(), contractClass,
        contractId, List.of(expandId), message, split.expanded(), contractUp,
        expandContract.contractDowngrade(split), options.snapshotForHumans(), Phase.CONTRACT,
        expandClass, syncs));
    SnapshotStore.writeIfChanged(options.snapshot(), modelText);
    reporter.note("Wrote the expand revision " + expandClass + " and the contract revision "
        + contractClass + " (" + message + ") to " + options.revisionsDir() + " and updated "
        + options.snapshot() + ". migrate() applies the expand revision; run contract once the "
        + "previous release is gone. Review and commit.");
    warnAboutHazards(split.from(), expandUp, intents);
    warnAboutHazards(split.expanded(), contractUp, intents);
    return List.of(expand, contract);
  }

  private String generateSingle(List<String> parents, Schema snapshot, Schema model,
      String modelText, List<SchemaOp> upgrade, ChangeIntents intents) throws IOException {
    RenameHints hints = intents.renameHints();
    String id = RevisionNamer.id(parents, modelText);
    boolean merge = parents.size() > 1;
    String className = merge && upgrade.isEmpty()
        ? RevisionNamer.mergeClassName(id) : RevisionNamer.className(id, upgrade);
    String message = merge
        ? "merge " + String.join(" and ", parents)
            + (upgrade.isEmpty() ? "" : "; " + RevisionNamer.message(upgrade))
        : RevisionNamer.message(upgrade);
    String qualified = write(new RevisionWriter.Spec(
        options.revisionsPackage(), className, id, parents, message, snapshot,
        online(snapshot, upgrade), online(model, differ.diff(model, snapshot, hints.inverse())),
        options.snapshotForHumans(), Phase.SINGLE, null, List.of()));
    // Revision first, snapshot second: if the build dies in between, the next build finds the
    // revision whose id is this model's (see interruptedRevision) and writes the snapshot.
    SnapshotStore.writeIfChanged(options.snapshot(), modelText);
    reporter.note("Wrote revision " + className + " (" + message + ") to "
        + source(className) + (upgrade.isEmpty() ? "" : " and updated "
        + options.snapshot()) + ". Review and commit.");
    warnAboutHazards(snapshot, online(snapshot, upgrade), intents);
    return qualified;
  }

  /** Writes one revision's source, and hands it to javac; returns its class name. */
  private String write(RevisionWriter.Spec spec) throws IOException {
    String qualified = options.revisionsPackage() + "." + spec.className();
    JavaFile file = new RevisionWriter().write(spec);
    Path source = source(spec.className());
    if (!Files.exists(source)) {
      SnapshotStore.writeIfChanged(source, file.toString());
    }
    // javac fixed its source files before processing, so only the Filer's copy is compiled
    // now. kapt compiles its Filer output later, with the source roots that now hold the
    // revision: a second copy would be a duplicate class.
    if (!kapt && elements.getTypeElement(qualified) == null) {
      file.toBuilder().build().writeTo(filer);
    }
    return qualified;
  }

  private Path source(String className) {
    return options.revisionsDir().resolve(options.revisionsPackage().replace('.', '/'))
        .resolve(className + ".java");
  }

  /**
   * {@code ops} as written: in their large-table safe forms if the option asks for them, or if
   * the deploy is rolling (the previous release is serving traffic while revisions run).
   */
  private List<SchemaOp> online(Schema from, List<SchemaOp> ops) {
    return options.online() || options.rolling() ? new OnlineForms().rewrite(from, ops) : ops;
  }

  /** Warns about each hazard on the field (or entity) the change comes from. */
  private void warnAboutHazards(Schema snapshot, List<SchemaOp> upgrade, ChangeIntents intents) {
    OpOrigins origins = new OpOrigins(intents);
    for (SchemaOp op : upgrade) {
      op.hazard(snapshot).ifPresent(hazard -> reporter.warning(origins.of(op),
          "The generated revision " + hazard + ". Review it before you commit; edit the "
              + "revision if this is not what you meant."));
    }
  }
}
