/** Annotations that Driftless users write besides JPA, and the marker on revision classes. */
package dev.driftless.annotations;
