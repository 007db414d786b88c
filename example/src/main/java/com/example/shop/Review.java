package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** What a customer thought of a product. One review per customer and product. */
@Entity
@Table(
    uniqueConstraints = @jakarta.persistence.UniqueConstraint(columnNames = {"product_id", "author_id"}),
    indexes = @Index(name = "review_recent_idx", columnList = "product_id, writtenAt"))
public class Review {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Product product;

  @ManyToOne(optional = false)
  private Customer author;

  private short rating;

  @Column(length = 2000)
  private String body;

  @Column(nullable = false)
  private LocalDateTime writtenAt;

  protected Review() {}
}
