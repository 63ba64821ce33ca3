package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attaching a full text: only a real PDF, never through a link or from a device, the name it had
 * kept beside the stored one, and an earlier PDF replaced only when asked, and then kept.
 */
class FullTextAttachTest {
  @TempDir Path tmp;
  private ReviewProject project;
  private ScreeningService screening;

  @BeforeEach
  void setUp() throws Exception {
    project = IncludedStudies.create(tmp);
    screening = project.screening();
  }

  @AfterEach
  void close() {
    project.close();
  }

  static Path pdf(Path file, int pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        doc.addPage(new PDPage());
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private List<String> audit(String action) throws Exception {
    return project
        .database()
        .read(
            c -> {
              List<String> out = new ArrayList<>();
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT detail FROM audit WHERE action = ? ORDER BY id")) {
                ps.setString(1, action);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.add(rs.getString(1));
                  }
                }
              }
              return out;
            });
  }

  @Test
  void aPdfIsCopiedWithItsOriginalName() throws Exception {
    Path source = pdf(tmp.resolve("Jones 2015 full text.pdf"), 1);
    FullTextAttachment a = screening.attach("j1", source, false, "lead");
    assertTrue(a.file().startsWith(project.folder().resolve(ReviewProject.FULLTEXT_FOLDER)));
    assertEquals("Jones 2015 full text.pdf", a.originalName());
    assertNull(a.replaced());
    assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(a.file()));
    assertEquals("Jones 2015 full text.pdf", screening.attachment("j1").originalName());
    assertTrue(
        audit("attach").get(0).contains("Jones 2015 full text.pdf"), audit("attach").toString());
  }

  @Test
  void aTextFileNamedPdfIsRefused() throws Exception {
    Path fake = Files.writeString(tmp.resolve("paper.pdf"), "Dear editor, this is not a PDF.");
    ProjectException e =
        assertThrows(ProjectException.class, () -> screening.attach("j1", fake, false, "lead"));
    assertTrue(e.getMessage().contains(fake.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not a PDF"), e.getMessage());
    assertNull(screening.attachment("j1"));
    try (var s = Files.list(project.folder().resolve(ReviewProject.FULLTEXT_FOLDER))) {
      assertEquals(0, s.count(), "nothing left in the project");
    }
  }

  @Test
  void aPdfHeaderOverGarbageIsRefused() throws Exception {
    Path fake = Files.writeString(tmp.resolve("broken.pdf"), "%PDF-1.4 nothing else");
    ProjectException e =
        assertThrows(ProjectException.class, () -> screening.attach("j1", fake, false, "lead"));
    assertTrue(e.getMessage().contains("broken.pdf"), e.getMessage());
  }

  @Test
  void aSymbolicLinkIsRefused() throws Exception {
    Path real = pdf(tmp.resolve("real.pdf"), 1);
    Path link = Files.createSymbolicLink(tmp.resolve("link.pdf"), real);
    ProjectException e =
        assertThrows(ProjectException.class, () -> screening.attach("j1", link, false, "lead"));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    Path toSystem = Files.createSymbolicLink(tmp.resolve("passwd.pdf"), Path.of("/etc/passwd"));
    assertThrows(ProjectException.class, () -> screening.attach("j1", toSystem, false, "lead"));
    assertNull(screening.attachment("j1"));
  }

  @Test
  void aDeviceIsRefused() {
    Path dev = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dev));
    ProjectException e =
        assertThrows(ProjectException.class, () -> screening.attach("j1", dev, false, "lead"));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
  }

  @Test
  void anEarlierPdfIsReplacedOnlyWhenAskedAndKept() throws Exception {
    Path first = pdf(tmp.resolve("first.pdf"), 1);
    Path second = pdf(tmp.resolve("second.pdf"), 2);
    FullTextAttachment a = screening.attach("j1", first, false, "lead");
    byte[] firstBytes = Files.readAllBytes(a.file());
    ProjectException e =
        assertThrows(ProjectException.class, () -> screening.attach("j1", second, false, "lead"));
    assertTrue(e.getMessage().contains("first.pdf"), e.getMessage());
    assertTrue(e.getMessage().contains("replace"), e.getMessage());
    assertArrayEquals(firstBytes, Files.readAllBytes(a.file()), "the first stays");

    FullTextAttachment b = screening.attach("j1", second, true, "lead");
    assertEquals(a.file(), b.file());
    assertEquals("second.pdf", b.originalName());
    assertArrayEquals(Files.readAllBytes(second), Files.readAllBytes(b.file()));
    assertTrue(b.replaced() != null && Files.exists(b.replaced()));
    assertArrayEquals(firstBytes, Files.readAllBytes(b.replaced()), "the first is kept");
    assertFalse(b.replaced().equals(b.file()));
    List<String> replaced = audit("attach-replace");
    assertEquals(1, replaced.size(), replaced.toString());
    assertTrue(replaced.get(0).contains("first.pdf"), replaced.get(0));
    assertTrue(replaced.get(0).contains(b.replaced().getFileName().toString()), replaced.get(0));

    Path third = pdf(tmp.resolve("third.pdf"), 3);
    FullTextAttachment c = screening.attach("j1", third, true, "lead");
    assertFalse(c.replaced().equals(b.replaced()), "each earlier version keeps its own name");
    assertTrue(Files.exists(b.replaced()));
  }
}
