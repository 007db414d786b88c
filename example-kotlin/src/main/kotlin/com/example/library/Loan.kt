package com.example.library

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.GenerationType
import jakarta.persistence.Id
import jakarta.persistence.ManyToOne
import jakarta.persistence.Version
import java.time.LocalDate

@Entity
class Loan(
    @ManyToOne(optional = false) val book: Book,
    @ManyToOne(optional = false) val member: Member,
    @Column(nullable = false) val lentOn: LocalDate,
    var returnedOn: LocalDate? = null,
    @Version var version: Int = 0,
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) var id: Long? = null,
) {
    /** Not a column: a computed property has no backing field. */
    val overdue: Boolean
        get() = returnedOn == null && lentOn.plusWeeks(3).isBefore(LocalDate.now())
}
