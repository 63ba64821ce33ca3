package org.winnow.ui.start;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/**
 * Builds the demo review (perinatal care for women who use drugs) from data written for the project
 * and shipped with the application: three database exports with real-looking duplicates,
 * deduplicated, with a team of three reviewers, so every view has content on first launch.
 */
public final class DemoReview {
  /** Bundled exports: resource name, source name, source type. */
  static final List<String[]> SOURCES =
      List.of(
          new String[] {"demo/medline.nbib", "MEDLINE (PubMed)", "database"},
          new String[] {"demo/embase.ris", "Embase (Ovid)", "database"},
          new String[] {"demo/psycinfo.ris", "PsycINFO (EBSCO)", "database"},
          new String[] {"demo/citation-search.ris", "Citation searching", "citation-search"});

  private DemoReview() {}

  /** Creates the demo in a new folder and returns it open. */
  public static ReviewProject create(Path folder) throws ProjectException, IOException {
    ReviewProject p =
        ReviewProject.create(folder, "Perinatal care for women who use drugs (demo)", "demo");
    try {
      Path tmp = Files.createTempDirectory("winnow-demo");
      for (String[] s : SOURCES) {
        try (InputStream in = DemoReview.class.getClassLoader().getResourceAsStream(s[0])) {
          if (in == null) {
            continue; // a source the build does not ship
          }
          Path file = tmp.resolve(Path.of(s[0]).getFileName().toString());
          Files.copy(in, file);
          p.imports()
              .importFiles(
                  new ImportRequest(
                      List.of(file),
                      s[1],
                      SourceType.parse(s[2]),
                      java.time.LocalDate.of(2024, 3, 15),
                      null,
                      null,
                      false,
                      "demo"),
                  Progress.NONE);
        }
      }
      p.dedup().run("demo", Progress.NONE);
      for (String name : List.of("Ana Lima", "Ben Okafor", "Chen Wei")) {
        p.screening().addReviewer(name, null, "demo");
      }
      return p;
    } catch (ProjectException | IOException | RuntimeException e) {
      p.close();
      throw e;
    } catch (org.winnow.core.io.ImportException e) {
      p.close();
      throw new IOException("the bundled demo data is damaged: " + e.getMessage(), e);
    }
  }

  /** The demo's folder in the user's settings folder, rebuilt when asked again. */
  public static Path defaultFolder(Path settings) {
    return settings.resolve("demo-review");
  }

  static List<String> resources() {
    List<String> out = new ArrayList<>();
    SOURCES.forEach(s -> out.add(s[0]));
    return out;
  }
}
