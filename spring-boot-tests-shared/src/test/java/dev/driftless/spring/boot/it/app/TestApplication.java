package dev.driftless.spring.boot.it.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A plain Boot application with JPA: it knows nothing of Driftless but the starter on its class
 * path. The tests sit outside this package so that its component scan does not pick up their
 * extra configurations.
 */
@SpringBootApplication
public class TestApplication {}
