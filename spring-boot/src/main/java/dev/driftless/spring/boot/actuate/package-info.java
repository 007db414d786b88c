/**
 * Actuator support: the {@code driftless} endpoint (history and a live drift check) and the
 * {@code driftless} health indicator, with one class per Boot line where Actuator's health API
 * moved ({@code org.springframework.boot.actuate.health} in 3.5,
 * {@code org.springframework.boot.health.contributor} in 4.0).
 */
package dev.driftless.spring.boot.actuate;
