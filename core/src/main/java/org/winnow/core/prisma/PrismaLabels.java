package org.winnow.core.prisma;

import java.util.Map;
import java.util.Optional;

/**
 * The PRISMA 2020 counts in words, for people: the template's own description of each field
 * ("Records screened (databases and registers)"), and words for the counts kept beside the diagram.
 * Files and {@code --json} keep the PRISMA2020 package's field names.
 */
public final class PrismaLabels {
  /** The counts {@code PrismaService} keeps outside the template's fields. */
  private static final Map<String, String> BESIDE_THE_TEMPLATE =
      Map.of(
          "dbr_awaiting",
          "Reports awaiting an eligibility decision (databases and registers)",
          "other_awaiting",
          "Reports awaiting an eligibility decision (other methods)",
          "screening_awaiting",
          "Records awaiting a title/abstract decision",
          "screening_conflicts",
          "Records with conflicting title/abstract decisions",
          "fulltext_awaiting",
          "Reports awaiting a full-text decision",
          "fulltext_conflicts",
          "Reports with conflicting full-text decisions");

  private PrismaLabels() {}

  /** The words for a field name; a name this class does not know is shown as it is. */
  public static String of(String key) {
    return PrismaField.byKey(key)
        .map(f -> words(PrismaTemplate.row(f).description()))
        .or(() -> Optional.ofNullable(BESIDE_THE_TEMPLATE.get(key)))
        .or(() -> AwaitingStage.byKey(key).map(AwaitingStage::label))
        .orElse(key);
  }

  /** The template's description without its note to whoever fills the template in. */
  private static String words(String description) {
    int note = description.indexOf(": [");
    return note < 0 ? description : description.substring(0, note);
  }
}
