package com.example.units.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class DailySales {
  @Id LocalDate day;
  @Column(nullable = false, precision = 14, scale = 2) BigDecimal total;
}
