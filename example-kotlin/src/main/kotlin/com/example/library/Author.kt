package com.example.library

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.GenerationType
import jakarta.persistence.Id
import java.time.LocalDate

@Entity
class Author(
    // No use-site target: a Jakarta annotation cannot target a parameter, so Kotlin puts it on
    // the backing field, where JPA (and the processor) read it.
    @Column(nullable = false, length = 100) var name: String,
    var born: LocalDate? = null,
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) var id: Long? = null,
)
