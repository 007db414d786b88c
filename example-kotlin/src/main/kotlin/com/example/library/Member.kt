package com.example.library

import jakarta.persistence.Column
import jakarta.persistence.Embedded
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.GenerationType
import jakarta.persistence.Id
import jakarta.persistence.Table

/** "member" is fine in PostgreSQL, but the table is named explicitly as many teams do. */
@Entity
@Table(name = "members")
class Member(
    @field:Column(nullable = false, unique = true, length = 120) var email: String,
    @Column(name = "display_name", nullable = false, length = 60) var name: String,
    @Embedded var address: Address,
    var nickname: String? = null,
    // Boolean is Java boolean: NOT NULL.
    var active: Boolean = true,
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) var id: Long? = null,
)
