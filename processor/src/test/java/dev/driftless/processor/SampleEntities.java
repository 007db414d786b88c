package dev.driftless.processor;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The oracle's round trip: through Hibernate, on the database our revisions built, store one
 * instance of every entity with every attribute set, then load each entity back with HQL
 * {@code from <Entity>} and read its collections. Instances are filled by reflection, by Java
 * type: sample values for basic types, embeddables and records recursively, references to a
 * stored instance of the target entity, collections with one element.
 *
 * <p>It uses only Jakarta Persistence's {@link EntityManager}, the same in 3.1 and 3.2, so one
 * compiled class runs under both Hibernate lines.
 */
final class SampleEntities {
  private final EntityManagerFactory factory;
  private final List<Class<?>> mapped;
  private final Map<Class<?>, Object> stored = new HashMap<>();
  private final Set<Class<?>> inProgress = new HashSet<>();
  private final AtomicLong ids = new AtomicLong(100);

  SampleEntities(EntityManagerFactory factory, List<Class<?>> mapped) {
    this.factory = factory;
    this.mapped = mapped;
  }

  static boolean isEntity(Class<?> type) {
    return type.isAnnotationPresent(jakarta.persistence.Entity.class);
  }

  /** Stores and loads each entity; returns what failed, one line per entity and step. */
  List<String> storeAndLoadEach() {
    List<String> failures = new ArrayList<>();
    List<Class<?>> entities = mapped.stream().filter(SampleEntities::isEntity).toList();
    for (Class<?> entity : entities) {
      if (Modifier.isAbstract(entity.getModifiers())) {
        continue; // loaded below through its concrete subclasses
      }
      try {
        store(entity);
      } catch (RuntimeException | ReflectiveOperationException e) {
        failures.add("store " + entity.getSimpleName() + ": " + rootMessage(e));
      }
    }
    for (Class<?> entity : entities) {
      EntityManager manager = factory.createEntityManager();
      try {
        manager.getTransaction().begin();
        List<Object> rows = manager.createQuery("from " + entityName(entity), Object.class)
            .getResultList();
        if (rows.isEmpty()) {
          failures.add("load " + entity.getSimpleName() + ": no rows");
        }
        for (Object row : rows) {
          readCollections(row);
        }
        manager.getTransaction().commit();
      } catch (RuntimeException | ReflectiveOperationException e) {
        failures.add("load " + entity.getSimpleName() + ": " + rootMessage(e));
      } finally {
        if (manager.getTransaction().isActive()) {
          manager.getTransaction().rollback();
        }
        manager.close();
      }
    }
    return failures;
  }

  /** The stored instance of {@code entity}, stored first if need be; null within a cycle. */
  private Object store(Class<?> entity) throws ReflectiveOperationException {
    if (stored.containsKey(entity)) {
      return stored.get(entity);
    }
    if (!inProgress.add(entity)) {
      return null; // a reference back to an entity being stored: left empty
    }
    Object instance = instantiate(entity);
    fill(instance, entity, entity);
    EntityManager manager = factory.createEntityManager();
    try {
      manager.getTransaction().begin();
      attachReferences(instance, entity, manager);
      manager.persist(instance);
      manager.getTransaction().commit();
    } finally {
      if (manager.getTransaction().isActive()) {
        manager.getTransaction().rollback();
      }
      manager.close();
      inProgress.remove(entity);
    }
    stored.put(entity, instance);
    return instance;
  }

  /**
   * Replaces each to-one reference of {@code instance} (stored in an earlier transaction) by the
   * managed instance of {@code manager}: a derived key ({@code @MapsId}) needs one.
   */
  private void attachReferences(Object instance, Class<?> entity, EntityManager manager)
      throws ReflectiveOperationException {
    for (Field field : persistentFields(entity)) {
      if ((has(field, "ManyToOne") || has(field, "OneToOne")) && !inverse(field)) {
        field.setAccessible(true);
        Object reference = field.get(instance);
        if (reference != null) {
          field.set(instance, manager.find(reference.getClass(),
              factory.getPersistenceUnitUtil().getIdentifier(reference)));
        }
      }
    }
  }

  /** Sets every persistent field of {@code target} (declared on {@code type} and above). */
  private void fill(Object target, Class<?> type, Class<?> entity)
      throws ReflectiveOperationException {
    List<Field> fields = persistentFields(type);
    boolean derivedId = fields.stream().anyMatch(f -> has(f, "MapsId"));
    Field sharedKeyReference = null;
    for (Field field : fields) {
      if (has(field, "GeneratedValue") || has(field, "Version") || (derivedId && has(field, "Id"))
          || inverse(field)) {
        continue;
      }
      field.setAccessible(true);
      field.set(target, value(field, resolve(field.getGenericType(), field, entity), entity));
      if (has(field, "OneToOne") && has(field, "PrimaryKeyJoinColumn")) {
        sharedKeyReference = field;
      }
    }
    if (sharedKeyReference != null) {
      // The key is the referenced entity's: @OneToOne @PrimaryKeyJoinColumn.
      Object other = sharedKeyReference.get(target);
      Field id = fields.stream().filter(f -> has(f, "Id")).findFirst().orElseThrow();
      id.set(target, idOf(other));
    }
  }

  private Object value(Field field, Type type, Class<?> entity)
      throws ReflectiveOperationException {
    Class<?> raw = raw(type);
    if (has(field, "ManyToOne") || has(field, "OneToOne")) {
      return store(raw);
    }
    if (has(field, "OneToMany") || has(field, "ManyToMany") || has(field, "ElementCollection")) {
      ParameterizedType generic = (ParameterizedType) type;
      Type[] arguments = generic.getActualTypeArguments();
      boolean entities = !has(field, "ElementCollection");
      if (Map.class.isAssignableFrom(raw)) {
        Map<Object, Object> map = new HashMap<>();
        Class<?> key = raw(arguments[0]);
        // A map keyed by an entity holds a stored one; by an embeddable, a filled one.
        map.put(key.isAnnotationPresent(jakarta.persistence.Entity.class) ? store(key)
            : key.isAnnotationPresent(jakarta.persistence.Embeddable.class)
                ? embeddable(key, false, entity) : sample(key, false),
            element(arguments[1], entities, entity));
        return map;
      }
      Collection<Object> collection = Set.class.isAssignableFrom(raw) ? new HashSet<>()
          : new ArrayList<>();
      Object element = element(arguments[0], entities, entity);
      if (element != null) {
        collection.add(element);
      }
      return collection;
    }
    boolean id = has(field, "Id") || has(field, "EmbeddedId");
    if (raw.isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
      return embeddable(raw, id, entity);
    }
    return sample(raw, id);
  }

  private Object element(Type type, boolean entities, Class<?> entity)
      throws ReflectiveOperationException {
    Class<?> raw = raw(type);
    if (entities) {
      return store(raw);
    }
    return raw.isAnnotationPresent(jakarta.persistence.Embeddable.class)
        ? embeddable(raw, false, entity) : sample(raw, false);
  }

  private Object embeddable(Class<?> type, boolean id, Class<?> entity)
      throws ReflectiveOperationException {
    if (type.isRecord()) {
      return record(type, id);
    }
    Object instance = instantiate(type);
    fill(instance, type, entity);
    return instance;
  }

  private Object record(Class<?> type, boolean id) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      arguments[i] = sample(types[i], id);
    }
    Constructor<?> constructor = type.getDeclaredConstructor(types);
    constructor.setAccessible(true);
    return constructor.newInstance(arguments);
  }

  /** A sample value of a basic type; ids count up, so no two rows share one. */
  private Object sample(Class<?> type, boolean id) throws ReflectiveOperationException {
    long next = ids.incrementAndGet();
    if (type == String.class) {
      return id ? "k" + next : "ab";
    }
    if (type == Long.class || type == long.class) {
      return id ? next : 1L;
    }
    if (type == Integer.class || type == int.class) {
      return id ? (int) next : 1;
    }
    if (type == Short.class || type == short.class) {
      return (short) 1;
    }
    if (type == Byte.class || type == byte.class) {
      return (byte) 1;
    }
    if (type == Double.class || type == double.class) {
      return 1.5;
    }
    if (type == Float.class || type == float.class) {
      return 1.5f;
    }
    if (type == Boolean.class || type == boolean.class) {
      return true;
    }
    if (type == Character.class || type == char.class) {
      return 'c';
    }
    if (type == BigDecimal.class) {
      return new BigDecimal("1.25");
    }
    if (type == BigInteger.class) {
      return BigInteger.TEN;
    }
    if (type == UUID.class) {
      return UUID.randomUUID();
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2024, 5, 17);
    }
    if (type == LocalTime.class) {
      return LocalTime.of(10, 30);
    }
    if (type == OffsetTime.class) {
      return OffsetTime.of(10, 30, 0, 0, ZoneOffset.UTC);
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.of(2024, 5, 17, 10, 30);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(2024, 5, 17, 10, 30, 0, 0, ZoneOffset.UTC);
    }
    if (type == ZonedDateTime.class) {
      return ZonedDateTime.of(2024, 5, 17, 10, 30, 0, 0, ZoneOffset.UTC);
    }
    if (type == Instant.class) {
      return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
    if (type == java.sql.Date.class) {
      return java.sql.Date.valueOf("2024-05-17");
    }
    if (type == java.sql.Time.class) {
      return java.sql.Time.valueOf("10:30:00");
    }
    if (type == java.sql.Timestamp.class) {
      return java.sql.Timestamp.valueOf("2024-05-17 10:30:00");
    }
    if (type == java.util.Date.class) {
      return new java.util.Date();
    }
    if (type == Calendar.class) {
      return Calendar.getInstance();
    }
    if (type == Year.class) {
      return Year.of(2024);
    }
    if (type == Duration.class) {
      return Duration.ofSeconds(90);
    }
    if (type == Locale.class) {
      return Locale.ENGLISH;
    }
    if (type == Currency.class) {
      return Currency.getInstance("EUR");
    }
    if (type == byte[].class) {
      return new byte[] {1, 2};
    }
    if (type == char[].class) {
      return "ab".toCharArray();
    }
    if (type == String[].class) {
      return new String[] {"ab"};
    }
    if (type == int[].class) {
      return new int[] {1};
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (Map.class.isAssignableFrom(type)) {
      Map<String, Object> json = new HashMap<>();
      json.put("k", "v");
      return json;
    }
    if (type.isRecord()) {
      return record(type, id);
    }
    if (type.getEnclosingClass() != null
        && type.getEnclosingClass().isAnnotationPresent(jakarta.persistence.IdClass.class)) {
      // An entity's id class held in another's embedded id (derived identity 3b): filled as an
      // embeddable is.
      return embeddable(type, id, type.getEnclosingClass());
    }
    throw new IllegalArgumentException("no sample value for " + type.getName()
        + "; give the entity an explicit factory in SampleEntities");
  }

  /** Reads every collection of a loaded row, so their tables are queried too. */
  private static void readCollections(Object row) throws ReflectiveOperationException {
    for (Field field : persistentFields(row.getClass())) {
      field.setAccessible(true);
      Object value = field.get(row);
      if (value instanceof Collection<?> c) {
        c.size();
      } else if (value instanceof Map<?, ?> m && !has(field, "JdbcTypeCode")) {
        m.size();
      } else if (value != null
          && value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
        readCollections(value);
      }
    }
  }

  private static Object idOf(Object entity) throws ReflectiveOperationException {
    for (Field field : persistentFields(entity.getClass())) {
      if (has(field, "Id")) {
        field.setAccessible(true);
        return field.get(entity);
      }
    }
    throw new IllegalArgumentException("no @Id field in " + entity.getClass());
  }

  /** The fields Hibernate may map, from the class up: not static, transient or @Transient. */
  private static List<Field> persistentFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getName().startsWith("org.hibernate.")) {
        break; // a proxy's own fields
      }
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
            && !has(field, "Transient") && !field.isSynthetic()) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  /** The inverse side of an association (mappedBy): the other side stores it. */
  private static boolean inverse(Field field) {
    for (var annotation : field.getAnnotations()) {
      try {
        var mappedBy = annotation.annotationType().getMethod("mappedBy");
        if (!((String) mappedBy.invoke(annotation)).isEmpty()) {
          return true;
        }
      } catch (ReflectiveOperationException e) {
        // an annotation without mappedBy
      }
    }
    return false;
  }

  /** A type variable (a generic mapped superclass's id) resolved in {@code entity}. */
  private static Type resolve(Type type, Field field, Class<?> entity) {
    if (!(type instanceof TypeVariable<?> variable)) {
      return type;
    }
    Class<?> declaring = field.getDeclaringClass();
    for (Class<?> c = entity; c != null && c.getSuperclass() != null; c = c.getSuperclass()) {
      if (c.getSuperclass() == declaring
          && c.getGenericSuperclass() instanceof ParameterizedType parameterized) {
        TypeVariable<?>[] parameters = declaring.getTypeParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getName().equals(variable.getName())) {
            return parameterized.getActualTypeArguments()[i];
          }
        }
      }
    }
    return Long.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  /** Whether {@code field}, or its getter (property access), has the annotation. */
  private static boolean has(Field field, String jpaAnnotation) {
    String suffix = Character.toUpperCase(field.getName().charAt(0))
        + field.getName().substring(1);
    for (Method getter : field.getDeclaringClass().getDeclaredMethods()) {
      if (getter.getParameterCount() == 0 && (getter.getName().equals("get" + suffix)
          || getter.getName().equals("is" + suffix)) && annotated(getter, jpaAnnotation)) {
        return true;
      }
    }
    return annotated(field, jpaAnnotation);
  }

  private static boolean annotated(java.lang.reflect.AnnotatedElement element,
      String jpaAnnotation) {
    for (var annotation : element.getAnnotations()) {
      String name = annotation.annotationType().getName();
      if (name.equals("jakarta.persistence." + jpaAnnotation)
          || name.equals("org.hibernate.annotations." + jpaAnnotation)) {
        return true;
      }
    }
    return false;
  }

  private static Object instantiate(Class<?> type) throws ReflectiveOperationException {
    Constructor<?> constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  private static String entityName(Class<?> entity) {
    String name = entity.getAnnotation(jakarta.persistence.Entity.class).name();
    return name.isEmpty() ? entity.getSimpleName() : name;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage()
        + (root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage()
            + ")");
  }
}
