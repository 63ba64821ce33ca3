package org.winnow.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * What this build is: its version, the commit it was built from and the Java runtime it runs on.
 * {@code winnow --version} and the window's Help, About show the same lines.
 *
 * @param version the Maven project version
 * @param commit the abbreviated git commit, or {@code unknown} when built outside a git checkout
 * @param runtime the Java runtime, and whether it is the one bundled with the installed application
 */
public record BuildInfo(String version, String commit, String runtime) {
  static final String UNKNOWN = "unknown";
  private static final String RESOURCE = "/org/winnow/ui/build.properties";

  /** Set by the jpackage launcher: the application runs on its own bundled runtime. */
  static final String PACKAGED_LAUNCHER = "jpackage.app-path";

  public static BuildInfo current() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildInfo(
        filled(p.getProperty("version")), filled(p.getProperty("commit")), currentRuntime());
  }

  /** The lines {@code winnow --version} prints. */
  public List<String> lines() {
    return List.of("Winnow " + version, "commit " + commit, "runtime " + runtime);
  }

  /** A value the build did not fill in (run from an IDE without Maven) reads as unknown. */
  private static String filled(String value) {
    return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.strip();
  }

  private static String currentRuntime() {
    String where =
        System.getProperty(PACKAGED_LAUNCHER) != null
            ? "bundled with the application"
            : System.getProperty("java.home");
    return "Java "
        + Runtime.version()
        + " ("
        + System.getProperty("java.vm.name")
        + ", "
        + System.getProperty("java.vendor")
        + "), "
        + where;
  }
}
