package com.example.library

import jakarta.persistence.Column
import jakarta.persistence.Embeddable

/**
 * A value, so a data class: equality by content suits an embeddable (unlike an entity). The jpa
 * compiler plugin gives it the no-argument constructor Hibernate needs.
 */
@Embeddable
data class Address(
    @Column(nullable = false, length = 80) val street: String,
    @Column(nullable = false, length = 40) val city: String,
    @Column(name = "postal_code", length = 10) val postcode: String? = null,
)
