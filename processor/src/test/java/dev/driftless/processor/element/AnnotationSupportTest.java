package dev.driftless.processor.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.processor.element.AnnotationSupport.Kind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Every annotation of {@code jakarta.persistence} and {@code org.hibernate.annotations} on the
 * test class path (Jakarta Persistence 3.2, Hibernate 7.4) is listed in {@link AnnotationSupport}:
 * mapped, without effect on the schema, or refused. A new version's annotation fails here until
 * someone decides which.
 */
class AnnotationSupportTest {
  @Test
  void everyJakartaPersistenceAnnotationIsClassified() throws Exception {
    assertAllListed(annotationsOf(jakarta.persistence.Entity.class, "jakarta.persistence"));
  }

  @Test
  void everyHibernateMappingAnnotationIsClassified() throws Exception {
    assertAllListed(annotationsOf(org.hibernate.annotations.Check.class,
        "org.hibernate.annotations"));
  }

  /** Hibernate 6.6's too (the jar the build unpacks for the 6.6 tests): Spring Boot 3 runs it. */
  @Test
  void everyHibernate66MappingAnnotationIsClassified() throws Exception {
    assertAllListed(hibernate66());
  }

  @Test
  void eachAnnotationHasOneKindAndTheListsNameOnlyRealAnnotations() throws Exception {
    Set<String> real = new TreeSet<>(annotationsOf(jakarta.persistence.Entity.class,
        "jakarta.persistence"));
    real.addAll(annotationsOf(org.hibernate.annotations.Check.class,
        "org.hibernate.annotations"));
    real.addAll(hibernate66());
    List<String> all = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      all.addAll(AnnotationSupport.all(kind));
    }
    assertEquals(all.size(), new TreeSet<>(all).size(), "an annotation listed twice: " + all);
    List<String> unknown = all.stream().filter(n -> !real.contains(n)).toList();
    assertEquals(List.of(), unknown, "listed, but no such annotation on the class path");
  }

  @Test
  void refusesTheUnsupportedAndTheUnknownNamingWhatToDo() {
    assertTrue(AnnotationSupport.refusal("jakarta.persistence.MapKeyJoinColumns").orElseThrow()
        .startsWith("@MapKeyJoinColumns is not supported by Driftless yet; key the map by an "
            + "entity with a single-column id"));
    assertFalse(AnnotationSupport.refusal("jakarta.persistence.SecondaryTable").isPresent());
    assertTrue(AnnotationSupport.refusal("jakarta.persistence.FutureThing").orElseThrow()
        .contains("is not known to Driftless"));
    assertFalse(AnnotationSupport.refusal("jakarta.persistence.Column").isPresent());
    assertFalse(AnnotationSupport.refusal("jakarta.persistence.NamedQuery").isPresent());
    assertFalse(AnnotationSupport.refusal("lombok.Getter").isPresent());
  }

  private static void assertAllListed(Set<String> annotations) {
    assertTrue(annotations.size() > 50, "found too few annotations: " + annotations);
    List<String> unlisted = annotations.stream()
        .filter(a -> AnnotationSupport.listed(a).isEmpty()).toList();
    assertEquals(List.of(), unlisted, "annotations neither mapped, nor without schema effect, "
        + "nor refused: classify each in AnnotationSupport");
  }

  private static Set<String> hibernate66() throws Exception {
    Path jar = unpacked("hibernate-6.6");
    try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {
        jar.toUri().toURL(), unpacked("jpa-3.1").toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      return annotationsOf(jar, loader, "org.hibernate.annotations");
    }
  }

  /** The jar the build unpacked into {@code target/<dir>}. */
  private static Path unpacked(String dir) throws IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("target", dir))) {
      return files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
    }
  }

  /** The annotation types directly in {@code pkg}, read from the jar that holds {@code anchor}. */
  private static Set<String> annotationsOf(Class<?> anchor, String pkg)
      throws IOException, URISyntaxException, ClassNotFoundException {
    return annotationsOf(
        Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()),
        anchor.getClassLoader(), pkg);
  }

  private static Set<String> annotationsOf(Path jar, ClassLoader loader, String pkg)
      throws IOException, ClassNotFoundException {
    String prefix = pkg.replace('.', '/') + "/";
    Set<String> result = new TreeSet<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : java.util.Collections.list(file.entries())) {
        String name = entry.getName();
        if (name.startsWith(prefix) && name.endsWith(".class") && !name.contains("$")
            && name.indexOf('/', prefix.length()) < 0) {
          String className = name.substring(0, name.length() - 6).replace('/', '.');
          Class<?> type = Class.forName(className, false, loader);
          if (type.isAnnotation()) {
            result.add(className);
          }
        }
      }
    }
    return result;
  }
}
