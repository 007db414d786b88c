package dev.driftless.spring.boot.it.reactive;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of the migrated {@code item} table, as Spring Data R2DBC maps it. */
@Table("item")
public record ReactiveItem(@Id Long id, String name, int quantity) {}
