package dev.driftless.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which units there are and which properties choose them. */
final class SchemaUnitFailureAnalyzer
    extends AbstractFailureAnalyzer<NoSchemaUnitConfiguredException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure,
      NoSchemaUnitConfiguredException cause) {
    String unit = cause.units().get(0);
    return new FailureAnalysis(cause.getMessage() + ".",
        "Configure each unit to migrate under driftless.units.<name>: "
            + "driftless.units." + unit + ".enabled=true migrates it over the application's "
            + "DataSource, driftless.units." + unit + ".url=jdbc:postgresql://... over a database "
            + "of its own. To start without Driftless, set driftless.enabled=false.",
        cause);
  }
}
