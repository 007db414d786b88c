package com.example.library

import dev.driftless.Driftless
import dev.driftless.testing.TestDatabases
import java.sql.SQLException
import java.time.LocalDate
import javax.sql.DataSource
import org.hibernate.cfg.Configuration
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.postgresql.ds.PGSimpleDataSource

/**
 * The revision kapt generated from the Kotlin entities, applied to a real PostgreSQL: the schema
 * is what the Kotlin annotations say, and Hibernate agrees with it.
 */
class KotlinEntitiesTest {

    private fun migrated(): Pair<DataSource, Driftless> {
        val database = TestDatabases.fresh()
        val driftless = Driftless.configure().dataSource(database).load()
        val result = driftless.migrate()
        assertEquals(1, result.applied().size, result.toString())
        return database to driftless
    }

    /** (nullable, type) of a column, from the live catalog. */
    private fun column(database: DataSource, table: String, column: String): Pair<String, String> {
        val rows = TestDatabases.query(database,
            "SELECT is_nullable || ' ' || format_type(a.atttypid, a.atttypmod) " +
                "FROM information_schema.columns c " +
                "JOIN pg_attribute a ON a.attrelid = ('public.' || c.table_name)::regclass " +
                "AND a.attname = c.column_name " +
                "WHERE c.table_schema = 'public' AND c.table_name = '$table' " +
                "AND c.column_name = '$column'")
        assertEquals(1, rows.size, "$table.$column: $rows")
        val (nullable, type) = rows[0].split(" ", limit = 2)
        return nullable to type
    }

    @Test
    fun `the migrated schema is the snapshot, and migrating again applies nothing`() {
        val (_, driftless) = migrated()
        val report = driftless.check()
        assertTrue(report.isClean, report.format())
        assertEquals(0, driftless.migrate().applied().size)
        driftless.verify()
    }

    @Test
    fun `column annotations reach the schema with and without a use-site target`() {
        val (database, _) = migrated()
        // @field:Column(nullable = false, length = 200)
        assertEquals("NO" to "character varying(200)", column(database, "book", "title"))
        // @Column(nullable = false, ...) on a constructor property, no use-site target
        assertEquals("NO" to "character varying(100)", column(database, "author", "name"))
        assertEquals("NO" to "character varying(20)", column(database, "book", "genre"))
        assertEquals("NO" to "character varying(60)", column(database, "members", "display_name"))
        // Kotlin Int and Boolean are Java primitives: NOT NULL without an annotation.
        assertEquals("NO" to "integer", column(database, "book", "pages"))
        assertEquals("NO" to "boolean", column(database, "members", "active"))
        // A non-null Kotlin String without nullable = false: nullable, as Hibernate makes it.
        assertEquals("YES" to "character varying(17)", column(database, "book", "isbn"))
        assertEquals("YES" to "character varying(255)", column(database, "members", "nickname"))
        // The @Embeddable data class's columns, on the entity's table.
        assertEquals("NO" to "character varying(80)", column(database, "members", "street"))
        assertEquals("NO" to "character varying(40)", column(database, "members", "city"))
        assertEquals("YES" to "character varying(10)", column(database, "members", "postal_code"))
        // A computed property (no backing field) is no column.
        assertEquals(listOf<String>(), TestDatabases.query(database,
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'loan' " +
                "AND column_name = 'overdue'"))
    }

    @Test
    fun `the enum check and the many-to-one foreign key hold`() {
        val (database, _) = migrated()
        TestDatabases.execute(database,
            "INSERT INTO author (name) VALUES ('Ursula K. Le Guin')",
            "INSERT INTO book (id, title, genre, pages, author_id) " +
                "VALUES (nextval('book_seq'), 'The Dispossessed', 'FICTION', 387, " +
                "(SELECT id FROM author))")
        val badGenre = assertThrows(IllegalStateException::class.java) {
            TestDatabases.execute(database,
                "INSERT INTO book (id, title, genre, pages, author_id) " +
                    "VALUES (nextval('book_seq'), 'Odes', 'POEMS', 10, (SELECT id FROM author))")
        }
        assertEquals("23514", (badGenre.cause as SQLException).sqlState, "check violation")
        val noAuthor = assertThrows(IllegalStateException::class.java) {
            TestDatabases.execute(database,
                "INSERT INTO book (id, title, genre, pages, author_id) " +
                    "VALUES (nextval('book_seq'), 'Orphan', 'POETRY', 10, 999)")
        }
        assertEquals("23503", (noAuthor.cause as SQLException).sqlState, "foreign key violation")
    }

    @Test
    fun `Hibernate validates the migrated schema and stores and loads the Kotlin entities`() {
        val (database, _) = migrated()
        val url: String = (database as PGSimpleDataSource).getUrl()
        val sessions = Configuration()
            .addAnnotatedClass(Author::class.java)
            .addAnnotatedClass(Book::class.java)
            .addAnnotatedClass(Member::class.java)
            .addAnnotatedClass(Loan::class.java)
            .setProperty("hibernate.connection.url", url)
            .setProperty("hibernate.connection.username", "postgres")
            // What -Adriftless.naming=snake_case stands for.
            .setProperty("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
            .setProperty("hibernate.hbm2ddl.auto", "validate")
            .buildSessionFactory()
        sessions.use { factory ->
            val loanId = factory.fromTransaction { session ->
                val author = Author("Ursula K. Le Guin", LocalDate.of(1929, 10, 21))
                val book = Book("The Dispossessed", Genre.FICTION, 387, "978-0-06-051275-4",
                    author)
                val member = Member("ada@example.com", "Ada",
                    Address("1 Analytical Row", "London"))
                val loan = Loan(book, member, LocalDate.of(2026, 1, 5))
                listOf(author, book, member, loan).forEach(session::persist)
                session.flush()
                loan.id
            }
            assertNotNull(loanId)
            factory.inSession { session ->
                val loan = session.find(Loan::class.java, loanId)
                assertEquals("The Dispossessed", loan.book.title)
                assertEquals(Genre.FICTION, loan.book.genre)
                assertEquals(Address("1 Analytical Row", "London", null), loan.member.address)
                assertEquals(0, loan.version)
            }
        }
    }
}
