package dev.driftless.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * How build tools find the processor: through {@code META-INF/services}, and never as a Gradle
 * incremental processor. Driftless reads the committed snapshot and writes the revision and the
 * snapshot outside the {@code Filer}, and it must see every entity; an isolating or aggregating
 * claim would let Gradle skip it on a partial recompilation and miss a change.
 */
class ProcessorRegistrationTest {

  @Test
  void theProcessorIsAServiceJavacFinds() throws IOException {
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("META-INF/services/" + Processor.class.getName())) {
      String services = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(DriftlessProcessor.class.getName(), services.strip());
    }
  }

  @Test
  void gradleIsNotToldItIsIncremental() throws IOException {
    String ours = DriftlessProcessor.class.getProtectionDomain().getCodeSource().getLocation()
        .toString();
    assertTrue(java.util.Collections.list(getClass().getClassLoader()
        .getResources("META-INF/gradle/incremental.annotation.processors")).stream()
        .noneMatch(url -> url.toString().contains(ours)));
    assertTrue(new DriftlessProcessor().getSupportedOptions().stream()
        .noneMatch(o -> o.startsWith("org.gradle.annotation.processing.")));
  }
}
