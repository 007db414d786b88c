package dev.driftless.processor;

import javax.tools.JavaFileObject;

/** Entity sources for processor tests, as a small team's model evolves. */
final class Models {
  private Models() {}

  static JavaFileObject author() {
    return ProcessorHarness.source("test.model.Author",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Author {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @Column(nullable = false, unique = true, length = 200) String fullName;",
        "  java.time.LocalDate born;",
        "  static int instances;",
        "  @Transient String scratch;",
        "}");
  }

  static JavaFileObject authorWithBio() {
    return ProcessorHarness.source("test.model.Author",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Author {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @Column(nullable = false, unique = true, length = 200) String fullName;",
        "  java.time.LocalDate born;",
        "  @Column(length = 4000) String bio;",
        "}");
  }

  static JavaFileObject authorWithoutBorn() {
    return ProcessorHarness.source("test.model.Author",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Author {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @Column(nullable = false, unique = true, length = 200) String fullName;",
        "}");
  }

  static JavaFileObject book() {
    return ProcessorHarness.source("test.model.Book",
        "package test.model;",
        "import jakarta.persistence.*;",
        "import java.math.BigDecimal;",
        "@Entity",
        "@Table(name = \"book\", indexes = @Index(columnList = \"title\"))",
        "public class Book {",
        "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;",
        "  @Column(nullable = false) String title;",
        "  @ManyToOne(optional = false) Author author;",
        "  @Column(precision = 10, scale = 2) BigDecimal price;",
        "  @Enumerated(EnumType.STRING) Format format;",
        "  java.time.Instant publishedAt;",
        "  java.util.UUID isbnUuid;",
        "  byte[] cover;",
        "  int pages;",
        "  public enum Format { HARDCOVER, PAPERBACK }",
        "}");
  }
}
