package dev.driftless.spring.boot.it.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A plain Boot application with JPA: it knows nothing of Driftless but the starter on its class
 * path. The tests sit outside this package so that its component scan does not pick up their
 * extra configurations.
 */
// The test modules also hold an R2DBC application (ReactiveStarterTest); R2DBC's
// auto-configuration here would want a spring.r2dbc.url this JPA application has no use for.
// Both Boot lines' names: an absent class is not an error to exclude.
@SpringBootApplication(excludeName = {
    "org.springframework.boot.autoconfigure.r2dbc.R2dbcAutoConfiguration",
    "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration"})
public class TestApplication {}
