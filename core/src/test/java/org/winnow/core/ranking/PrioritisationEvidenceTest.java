package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.winnow.fixtures.Fixtures;

/**
 * Reruns the simulations behind docs/prioritisation.md on the shared labelled sets. Slow, so opt
 * in: {@code WINNOW_EVIDENCE=check} reruns one set and checks the figures quoted in the document;
 * {@code WINNOW_EVIDENCE=full} reruns everything and writes {@code
 * core/target/prioritisation-evidence.md}. With the Maven profile {@code embeddings} the
 * sentence-embedding candidates run too (their vectors cached in {@code core/target/embeddings});
 * without it they are left out.
 */
class PrioritisationEvidenceTest {
  private static Path screening() {
    Optional<Path> shared = Fixtures.shared();
    assumeTrue(shared.isPresent(), "shared fixtures absent: ../shared/fixtures");
    Path screening = shared.get().resolve("screening");
    assumeTrue(Files.isDirectory(screening), "no screening folder in the shared fixtures");
    return screening;
  }

  @Test
  void adhdFiguresAsDocumented() throws Exception {
    assumeTrue("check".equals(System.getenv("WINNOW_EVIDENCE")), "set WINNOW_EVIDENCE=check");
    Path adhd = screening().resolve("cohen_2006/ADHD.csv");
    List<PrioritisationEvidence.Run> runs =
        PrioritisationEvidence.run(
            List.of(adhd),
            List.of(PrioritisationEvidence.CANDIDATES.get(0)),
            List.of(1L, 2L, 3L, 4L, 5L),
            2);
    // docs/prioritisation.md, "Every candidate on every set", ADHD, svm C=1
    assertEquals(ADHD_SVM_WSS95, PrioritisationEvidence.mean(runs, r -> r.metrics().wss95()), 5e-4);
    assertEquals(ADHD_SVM_RRF10, PrioritisationEvidence.mean(runs, r -> r.metrics().rrf10()), 5e-4);
  }

  @Test
  void everything() throws Exception {
    assumeTrue("full".equals(System.getenv("WINNOW_EVIDENCE")), "set WINNOW_EVIDENCE=full");
    List<PrioritisationEvidence.EmbeddingTime> embeddingTimes = new ArrayList<>();
    List<PrioritisationEvidence.Run> runs =
        PrioritisationEvidence.run(
            PrioritisationEvidence.sets(screening()),
            PrioritisationEvidence.CANDIDATES,
            List.of(1L, 2L, 3L, 4L, 5L),
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            embeddingTimes);
    String md = PrioritisationEvidence.report(runs, embeddingTimes);
    Files.writeString(Path.of("target/prioritisation-evidence.md"), md, StandardCharsets.UTF_8);
    System.out.println(md);
  }

  @Test
  void embeddingCandidatesOnlyWhenTheProfileCompiledTheModel() {
    List<PrioritisationEvidence.Candidate> all = PrioritisationEvidence.CANDIDATES;
    assertEquals(
        SentenceEmbedder.available(),
        all.containsAll(PrioritisationEvidence.SENTENCE_EMBEDDINGS),
        "embedding candidates present exactly when MiniLmEmbedder is compiled");
    assertEquals(PrioritisationEvidence.BASELINE, all.get(all.size() - 1));
    assertEquals(
        PrioritisationEvidence.BAG_OF_WORDS.size() + 1,
        PrioritisationEvidence.candidates(false).size());
    assertEquals(
        PrioritisationEvidence.BAG_OF_WORDS.size() + 3,
        PrioritisationEvidence.candidates(true).size());
  }

  static final double ADHD_SVM_WSS95 = 0.648;
  static final double ADHD_SVM_RRF10 = 0.790;
}
