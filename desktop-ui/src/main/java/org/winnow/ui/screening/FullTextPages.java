package org.winnow.ui.screening;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.winnow.ui.common.Images;
import org.winnow.ui.common.TaskRunner;

/**
 * The attached PDF of a report, one rendered page at a time (PDFBox). The document is opened,
 * rendered and closed only on the task runner's quick thread, since PDFBox documents are not safe
 * to share between threads.
 */
public final class FullTextPages {
  /** Rendering resolution: sharp at 100% zoom on ordinary screens, quick to draw. */
  static final float DPI = 110;

  private record Page(int count, int index, Image image) {}

  private final TaskRunner tasks;
  private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
  private final IntegerProperty page = new SimpleIntegerProperty();
  private final IntegerProperty pageCount = new SimpleIntegerProperty();
  private final StringProperty status = new SimpleStringProperty("");
  private final ObjectProperty<Path> file = new SimpleObjectProperty<>();

  /** Owned by the quick thread. */
  private PDDocument document;

  private Path documentPath;

  private long generation;

  public FullTextPages(TaskRunner tasks) {
    this.tasks = tasks;
  }

  /** Shows the first page of a PDF; nothing changes when it is already shown. */
  public void open(Path pdf) {
    if (pdf.equals(file.get())) {
      return;
    }
    file.set(pdf);
    page.set(0);
    pageCount.set(0);
    image.set(null);
    status.set("Opening the full text…");
    render(pdf, 0);
  }

  /** Shows no document. */
  public void close() {
    if (file.get() == null) {
      return;
    }
    generation++;
    file.set(null);
    image.set(null);
    pageCount.set(0);
    page.set(0);
    status.set("");
    tasks.quick(
        () -> {
          closeDocument();
          return null;
        },
        x -> {},
        e -> {});
  }

  public void nextPage() {
    goTo(page.get() + 1);
  }

  public void previousPage() {
    goTo(page.get() - 1);
  }

  /** Shows page {@code index} (0-based) when there is one. */
  public void goTo(int index) {
    Path pdf = file.get();
    if (pdf != null && index >= 0 && index < pageCount.get() && index != page.get()) {
      page.set(index);
      render(pdf, index);
    }
  }

  private void render(Path pdf, int index) {
    long gen = ++generation;
    tasks.quick(
        () -> renderPage(pdf, index),
        p -> {
          if (gen == generation) {
            pageCount.set(p.count());
            page.set(p.index());
            image.set(p.image());
            status.set(String.format("Page %d of %d", p.index() + 1, p.count()));
          }
        },
        e -> {
          if (gen == generation) {
            image.set(null);
            status.set("Cannot show " + pdf.getFileName() + ": " + e.getMessage());
          }
        });
  }

  private Page renderPage(Path pdf, int index) throws IOException {
    if (!pdf.equals(documentPath)) {
      closeDocument();
      document = Loader.loadPDF(pdf.toFile());
      documentPath = pdf;
    }
    int count = document.getNumberOfPages();
    int at = Math.max(0, Math.min(index, count - 1));
    return new Page(count, at, Images.toFx(new PDFRenderer(document).renderImageWithDPI(at, DPI)));
  }

  private void closeDocument() throws IOException {
    if (document != null) {
      document.close();
      document = null;
      documentPath = null;
    }
  }

  public ObjectProperty<Image> imageProperty() {
    return image;
  }

  public IntegerProperty pageProperty() {
    return page;
  }

  public IntegerProperty pageCountProperty() {
    return pageCount;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** The PDF shown, or null. */
  public ObjectProperty<Path> fileProperty() {
    return file;
  }
}
