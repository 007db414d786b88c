package com.example.units.catalog;

import com.example.units.catalog.pricing.PriceList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Product {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String name;
  @ManyToOne PriceList priceList;
}
