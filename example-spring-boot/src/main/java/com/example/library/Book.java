package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A book on the shelf; the processor derives its table, and the revision that creates it. */
@Entity
public class Book {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @ManyToOne(optional = false)
  private Author author;

  @Column(nullable = false)
  private int copies;

  protected Book() {}

  public Book(String title, Author author, int copies) {
    this.title = title;
    this.author = author;
    this.copies = copies;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Author getAuthor() {
    return author;
  }

  public int getCopies() {
    return copies;
  }
}
