package com.example.units.catalog.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** In a sub-package: the catalog unit selects com.example.units.catalog.* */
@Entity
public class PriceList {
  @Id @GeneratedValue Long id;
  @Column(nullable = false, length = 3) String currency;
}
