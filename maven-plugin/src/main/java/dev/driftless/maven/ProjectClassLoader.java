package dev.driftless.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * The module's classes (its revisions, {@code META-INF/driftless/revisions.idx} and
 * {@code schema.json}) and runtime dependencies, on top of the plugin's own class loader.
 */
final class ProjectClassLoader {
  private ProjectClassLoader() {}

  /**
   * A loader over {@code elements} (the project's runtime class path: its output directory first)
   * whose parent is the plugin's loader. Parent first: the revisions must see the same
   * {@code dev.driftless} classes as the {@code Driftless} that runs them, which are the
   * plugin's; a {@code driftless-runtime} on the project's class path is therefore shadowed.
   */
  static URLClassLoader of(List<String> elements) {
    URL[] urls = new URL[elements.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = new File(elements.get(i)).toURI().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Bad class path entry " + elements.get(i), e);
      }
    }
    return new URLClassLoader(urls, ProjectClassLoader.class.getClassLoader());
  }
}
