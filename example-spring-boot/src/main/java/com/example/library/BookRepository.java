package com.example.library;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BookRepository extends JpaRepository<Book, Long> {
  /** Fetches the authors in the same query, for the endpoint's listing. */
  @Query("SELECT b FROM Book b JOIN FETCH b.author ORDER BY b.title")
  List<Book> findAllWithAuthors();
}
