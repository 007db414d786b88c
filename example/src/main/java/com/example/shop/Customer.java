package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** Someone who buys from the shop. */
@Entity
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @Column(nullable = false, unique = true, length = 320)
  private String email;

  @Column(nullable = false, length = 200)
  private String fullName;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(length = 32)
  private String phone;

  protected Customer() {}
}
