package org.winnow.core.project;

import java.util.List;
import org.winnow.core.extraction.Extraction;
import org.winnow.core.extraction.StudyRef;

/**
 * A study's extractions of one form as one extractor may see them. Blinding is enforced here:
 * others' answers (and the consensus) are filled only once the extractor has given their own and
 * every required extraction is in.
 *
 * @param own the extractor's latest extraction, or null
 * @param others the other extractors' latest extractions; empty while blinded
 * @param consensus the consensus when there is one and the view is not blinded, else null
 */
public record ExtractionView(
    StudyRef study,
    Extraction own,
    List<Extraction> others,
    Extraction consensus,
    boolean blinded) {

  public ExtractionView {
    others = List.copyOf(others);
  }
}
