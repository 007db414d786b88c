package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The example's pom is the set-up the README documents: check mode must be reachable from the
 * command line ({@code mvn compile -Ddriftless.check=true}), which Maven allows only through a
 * property, since it refuses {@code -A} options of its own.
 */
class BuildSetupTest {
  @Test
  void checkModeIsSwitchedOnWithAMavenPropertyThatIsOffByDefault() throws Exception {
    // Surefire runs in the module directory.
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Path.of("pom.xml").toFile());

    NodeList property = pom.getElementsByTagName("driftless.check");
    assertEquals(1, property.getLength(), "a <driftless.check> property");
    assertEquals("false", property.item(0).getTextContent().strip());
    List<String> args = new ArrayList<>();
    NodeList arg = pom.getElementsByTagName("arg");
    for (int i = 0; i < arg.getLength(); i++) {
      args.add(arg.item(i).getTextContent().strip());
    }
    assertTrue(args.contains("-Adriftless.check=${driftless.check}"), args::toString);
  }
}
