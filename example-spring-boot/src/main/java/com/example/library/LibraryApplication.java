package com.example.library;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plain Spring Boot application: Driftless's starter on the class path migrates and verifies
 * the database before JPA starts, and Hibernate only validates
 * ({@code spring.jpa.hibernate.ddl-auto=validate} in application.properties).
 *
 * <p>Run it with {@code mvn -q -pl example-spring-boot -am -DskipTests package exec:java}, then
 * {@code curl localhost:8080/books}.
 */
@SpringBootApplication
public class LibraryApplication {

  public static void main(String[] args) {
    SpringApplication.run(LibraryApplication.class, args);
  }

  /** Shelves two books on a new database, so the endpoint has something to show. */
  @Bean
  ApplicationRunner shelveBooks(AuthorRepository authors, BookRepository books,
      TransactionTemplate transaction) {
    return arguments -> transaction.executeWithoutResult(status -> {
      if (books.count() == 0) {
        Author ursula = authors.save(new Author("Ursula K. Le Guin"));
        books.save(new Book("A Wizard of Earthsea", ursula, 2));
        books.save(new Book("The Dispossessed", ursula, 1));
      }
    });
  }
}
