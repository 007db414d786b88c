package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.EntityFields;
import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.mapping.naming.HibernateLine;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.processor.mapping.types.NamedEnums;
import dev.driftless.processor.mapping.types.TypeMapper;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * What every reader of one build's entities needs, passed explicitly: annotation access, type
 * and name rules, the inheritance of the entities, and the objects entities share.
 *
 * @param known every entity of the build; a reference to any other class is an error
 * @param line the Hibernate line whose schema is derived; its rules decide where lines differ
 * @param spellings the names of tables and columns as Hibernate spells them, noted while mapping
 */
record MappingContext(AnnotationValues values, TypeMapper types, NamedEnums namedEnums,
    EntityFields fields, ErrorReporter reporter, ImplicitNames names, EntityHierarchy hierarchy,
    TableNames tables, IdColumns ids, Set<TypeElement> known, SharedObjects shared,
    OnDeleteActions onDelete, HibernateLine line, Spellings spellings) {}
