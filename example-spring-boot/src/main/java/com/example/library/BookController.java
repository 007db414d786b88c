package com.example.library;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The example's one endpoint: the books, as JSON. */
@RestController
public class BookController {
  private final BookRepository books;

  public BookController(BookRepository books) {
    this.books = books;
  }

  /** One book as the endpoint shows it; entities stay inside the application. */
  public record BookView(String title, String author, int copies) {}

  @GetMapping("/books")
  public List<BookView> books() {
    return books.findAllWithAuthors().stream()
        .map(book -> new BookView(book.getTitle(), book.getAuthor().getName(), book.getCopies()))
        .toList();
  }
}
