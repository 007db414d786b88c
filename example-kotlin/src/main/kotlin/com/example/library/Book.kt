package com.example.library

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.EnumType
import jakarta.persistence.Enumerated
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.JoinColumn
import jakarta.persistence.ManyToOne
import jakarta.persistence.Table
import jakarta.persistence.UniqueConstraint

@Entity
@Table(uniqueConstraints = [UniqueConstraint(name = "uk_book_isbn", columnNames = ["isbn"])])
class Book(
    // The explicit form of the same thing: on the field.
    @field:Column(nullable = false, length = 200) var title: String,
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) var genre: Genre,
    // Kotlin Int is Java int: a primitive, so NOT NULL without any annotation.
    var pages: Int,
    // Non-null in Kotlin, but nothing tells JPA: Hibernate maps a String without
    // @Column(nullable = false) to a nullable column, and so does Driftless.
    @Column(length = 17) var isbn: String,
    @ManyToOne(optional = false) @JoinColumn(name = "author_id") var author: Author,
    // GenerationType.AUTO (the default): a sequence, book_seq.
    @Id @GeneratedValue var id: Long? = null,
)
