package dev.driftless.processor.mapping;

import dev.driftless.schema.Schema;

/**
 * The mapping stage's result: the schema Hibernate would create for the entities, and where each
 * of its tables and columns comes from.
 */
public record MappedModel(Schema schema, Origins origins) {}
