package dev.driftless.spring.boot;

import dev.driftless.DriftException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed start-up drift check into Boot's "APPLICATION FAILED TO START" report: the
 * drift report, then what to do, instead of a stack of bean-creation exceptions.
 */
final class DriftFailureAnalyzer extends AbstractFailureAnalyzer<DriftException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DriftException cause) {
    String unit = cause.unit();
    return new FailureAnalysis((unit.isEmpty() ? "" : "Schema unit '" + unit + "': ")
        + cause.report().format(),
        "If the change was made by hand, undo it, or bring it into the entities and build so that "
            + "a revision makes it. If revisions are missing, let Driftless migrate "
            + "(driftless.migrate=true). To start anyway while you sort it out, set "
            + (unit.isEmpty() ? "driftless.verify.policy=warn."
                : "driftless.units." + unit + ".verify.policy=warn."),
        cause);
  }
}
