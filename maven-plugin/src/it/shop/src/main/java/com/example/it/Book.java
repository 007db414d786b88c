package com.example.it;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The one entity of the plugin's integration-test project. */
@Entity
public class Book {
  @Id
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  private Integer pages;
}
