package org.winnow.ui.screening;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.project.ScreeningItem;
import org.winnow.ui.common.Links;

/**
 * One citation as the reviewer reads it: title, authors, journal, year and DOI link, abstract,
 * keywords and MeSH, with the project's include and exclude terms highlighted.
 */
final class ItemCard extends VBox {
  /** Authors listed before "and N more": enough to recognise a group, short enough to scan. */
  static final int AUTHORS_SHOWN = 12;

  /** What the rank score means, for its tooltip. */
  static final String RANK_MEANING =
      "The ranking model's score for this record, from 0 (least like the records included so far)"
          + " to 1 (most like them), with relevant and irrelevant records weighted equally. It"
          + " orders your queue; it is not the chance that this record will be included. The"
          + " model learns only from what you may see: settled items and your own decisions.";

  private final Label ids = new Label();
  private final Label rank = new Label();
  private final Label relevantLeft = new Label();
  private final TextFlow title = new TextFlow();
  private final Label authors = new Label();
  private final TextFlow source = new TextFlow();
  private final TextFlow abstractText = new TextFlow();
  private final TextFlow keywords = new TextFlow();
  private final TextFlow mesh = new TextFlow();
  private final Label linkStatus = new Label();

  ItemCard() {
    super(10);
    setId("screening-item");
    getStyleClass().add("screening-card");
    setPadding(new Insets(20, 24, 24, 24));
    ids.getStyleClass().addAll("text-muted", "text-small");
    ids.setId("screening-ids");
    rank.setId("screening-rank");
    rank.getStyleClass().addAll("text-muted", "text-small");
    rank.setTooltip(new Tooltip(RANK_MEANING));
    rank.setMinWidth(Region.USE_PREF_SIZE);
    rank.visibleProperty().bind(rank.textProperty().isNotEmpty());
    relevantLeft.setId("screening-relevant-left");
    relevantLeft.getStyleClass().addAll("text-muted", "text-small");
    relevantLeft.setTooltip(
        new Tooltip(
            "The ranking model's estimate: the sum of each record's probability of being relevant,"
                + " corrected for the equal weight the model gives the two classes. It tends to be"
                + " high early on; the stop check gives the bound a team can stop on."));
    relevantLeft.setMinWidth(Region.USE_PREF_SIZE);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox metadata = new HBox(16, ids, rank, grow, relevantLeft);
    title.setId("screening-title");
    title.getStyleClass().add("screening-title");
    authors.setId("screening-authors");
    authors.setWrapText(true);
    authors.getStyleClass().add("text-muted");
    source.setId("screening-source");
    abstractText.setId("screening-abstract");
    abstractText.getStyleClass().add("screening-abstract");
    abstractText.setLineSpacing(4);
    keywords.setId("screening-keywords");
    mesh.setId("screening-mesh");
    linkStatus.getStyleClass().addAll("text-muted", "text-small");
    getChildren()
        .addAll(metadata, title, authors, source, new Separator(), abstractText, keywords, mesh);
    // everything wraps to the width it is given: a narrow column (full text) never clips a line
    setMinWidth(0);
    for (Node child : getChildren()) {
      if (child instanceof Region r) {
        r.setMinWidth(0);
      }
    }
  }

  /** "about K relevant records left in your queue (estimate)", at the right of the metadata. */
  Label relevantLeft() {
    return relevantLeft;
  }

  /** The discreet "rank 0.83" in the metadata line (empty when the queue is not prioritised). */
  Label rank() {
    return rank;
  }

  void show(ScreeningItem item, HighlightTerms terms) {
    Bibliographic f = item.citation().fields();
    ids.setText(
        String.join(" · ", item.citation().recordIds())
            + (item.citation().records().size() > 1
                ? "   (" + item.citation().records().size() + " records merged)"
                : ""));
    fill(title, f.title() == null ? "(no title)" : f.title(), terms, "screening-title-text");
    authors.setText(authorLine(f.authors()));
    authors.setVisible(!f.authors().isEmpty());
    authors.setManaged(!f.authors().isEmpty());
    source.getChildren().setAll(sourceLine(f));
    fill(
        abstractText,
        f.abstractText() == null ? "No abstract." : f.abstractText(),
        terms,
        "screening-abstract-text");
    list(keywords, "Keywords", f.keywords(), terms);
    list(mesh, "MeSH", f.mesh(), terms);
  }

  static String authorLine(List<Author> list) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.min(AUTHORS_SHOWN, list.size()); i++) {
      names.add(list.get(i).shortForm());
    }
    String more =
        list.size() > AUTHORS_SHOWN ? " and " + (list.size() - AUTHORS_SHOWN) + " more" : "";
    return String.join(", ", names) + more;
  }

  private List<Node> sourceLine(Bibliographic f) {
    List<Node> out = new ArrayList<>();
    StringBuilder s = new StringBuilder();
    if (f.journal() != null) {
      s.append(f.journal());
    }
    if (f.year() != null) {
      s.append(s.length() > 0 ? " · " : "").append(f.year());
    }
    if (f.volume() != null) {
      s.append(s.length() > 0 ? " · " : "").append(f.volume());
      if (f.issue() != null) {
        s.append('(').append(f.issue()).append(')');
      }
      if (f.pages() != null) {
        s.append(':').append(f.pages());
      }
    }
    if (s.length() > 0) {
      Text journal = new Text(s + "   ");
      journal.setId("screening-journal");
      journal.getStyleClass().addAll("screening-plain", "screening-journal");
      out.add(journal);
    }
    if (f.doi() != null) {
      Hyperlink doi = new Hyperlink("doi:" + f.doi());
      doi.setId("screening-doi");
      String url = "https://doi.org/" + f.doi();
      doi.setTooltip(new Tooltip("Open " + url + " in the browser"));
      doi.setFocusTraversable(false); // Enter and Space stay with the screening keys
      doi.setOnAction(
          e -> linkStatus.setText(Links.open(doi, url) ? "" : "Link copied to the clipboard"));
      out.add(doi);
      out.add(linkStatus);
    }
    if (f.pmid() != null) {
      Text pmid = new Text("   PMID " + f.pmid());
      pmid.getStyleClass().add("screening-plain");
      out.add(pmid);
    }
    return out;
  }

  private static void list(TextFlow flow, String name, List<String> terms, HighlightTerms h) {
    boolean any = !terms.isEmpty();
    flow.setVisible(any);
    flow.setManaged(any);
    if (any) {
      Text label = new Text(name + ":  ");
      label.getStyleClass().addAll("screening-plain", "screening-list-label");
      fill(flow, String.join("; ", terms), h, "screening-list-text");
      flow.getChildren().add(0, label);
    }
  }

  /** Fills a text flow with the text, the include and exclude terms in their colours. */
  static void fill(TextFlow flow, String text, HighlightTerms terms, String styleClass) {
    List<Node> nodes = new ArrayList<>();
    for (HighlightTerms.Segment s : terms.segments(text)) {
      Text t = new Text(s.text());
      t.getStyleClass().add(styleClass);
      t.getStyleClass()
          .add(
              switch (s.kind()) {
                case INCLUDE -> "highlight-include";
                case EXCLUDE -> "highlight-exclude";
                case PLAIN -> "screening-plain";
              });
      nodes.add(t);
    }
    flow.getChildren().setAll(nodes);
  }
}
