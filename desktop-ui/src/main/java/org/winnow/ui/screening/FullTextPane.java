package org.winnow.ui.screening;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The attached PDF beside the form: one page fitted to the width, with page navigation. */
public final class FullTextPane extends BorderPane {
  public FullTextPane(FullTextPages pages) {
    setId("screening-pdf");
    getStyleClass().add("screening-pdf");
    Button previous = new Button("‹ Page");
    previous.setId("pdf-previous");
    previous.setTooltip(new Tooltip("Previous page (Page Up)"));
    previous.setFocusTraversable(false);
    previous.setOnAction(e -> pages.previousPage());
    previous.disableProperty().bind(pages.pageProperty().lessThanOrEqualTo(0));
    Button next = new Button("Page ›");
    next.setId("pdf-next");
    next.setTooltip(new Tooltip("Next page (Page Down)"));
    next.setFocusTraversable(false);
    next.setOnAction(e -> pages.nextPage());
    next.disableProperty()
        .bind(pages.pageProperty().greaterThanOrEqualTo(pages.pageCountProperty().subtract(1)));
    Label status = new Label();
    status.setId("pdf-status");
    status.getStyleClass().add("text-muted");
    status.textProperty().bind(pages.statusProperty());
    Label file = new Label();
    file.getStyleClass().addAll("text-muted", "text-small");
    file.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    pages.fileProperty().get() == null
                        ? ""
                        : pages.fileProperty().get().getFileName().toString(),
                pages.fileProperty()));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(8, previous, status, next, grow, file);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6, 10, 6, 10));
    bar.getStyleClass().add("screening-pdf-bar");
    setTop(bar);

    ImageView page = new ImageView();
    page.setId("pdf-page");
    page.setPreserveRatio(true);
    page.setSmooth(true);
    page.imageProperty().bind(pages.imageProperty());
    StackPane paper = new StackPane(page);
    paper.setPadding(new Insets(12));
    paper.getStyleClass().add("screening-pdf-paper");
    ScrollPane scroll = new ScrollPane(paper);
    scroll.setFitToWidth(true);
    scroll.setFocusTraversable(false);
    page.fitWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> Math.max(100, scroll.getViewportBounds().getWidth() - 24),
                scroll.viewportBoundsProperty()));
    Label none =
        new Label(
            "No full text attached.\nAttach the PDF with: winnow retrieval DIR --item ID --attach FILE.pdf");
    none.getStyleClass().add("text-muted");
    none.setWrapText(true);
    none.visibleProperty().bind(pages.fileProperty().isNull());
    StackPane center = new StackPane(scroll, none);
    scroll.visibleProperty().bind(pages.fileProperty().isNotNull());
    setCenter(center);
  }
}
