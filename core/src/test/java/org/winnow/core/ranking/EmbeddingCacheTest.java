package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  @TempDir Path dir;

  /** Embeds a text as (its length, its first letter): no model needed; counts the texts seen. */
  private static class CountingEmbedder implements SentenceEmbedder {
    final List<String> seen = new ArrayList<>();

    @Override
    public String model() {
      return "counting v1";
    }

    @Override
    public int limit() {
      return 4;
    }

    @Override
    public int pieces(String text) {
      return text.split(" ").length + 2;
    }

    @Override
    public float[][] embed(List<String> texts) {
      seen.addAll(texts);
      return texts.stream()
          .map(t -> new float[] {t.length(), t.isEmpty() ? 0 : t.charAt(0)})
          .toArray(float[][]::new);
    }
  }

  private Path csv(String name, String... rows) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(
        file,
        "record_id,title,abstract,label_included\n" + String.join("\n", rows) + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private EmbeddingCache cache;
  private final CountingEmbedder embedder = new CountingEmbedder();

  @BeforeEach
  void newCache() {
    cache = new EmbeddingCache(dir.resolve("cache"));
  }

  private EmbeddingCache.Embedded vectors(Path file, SentenceEmbedder by) throws Exception {
    return cache.vectors(file, LabelledSetCsv.read(file, null), by);
  }

  private EmbeddingCache.Embedded vectors(Path file) throws Exception {
    return vectors(file, embedder);
  }

  @Test
  void embedsTitleAndAbstractOnceThenReadsThemBack() throws Exception {
    Path file = csv("a.csv", "1,Heart,beta blockers,1", "2,Surgery,,0");

    EmbeddingCache.Embedded first = vectors(file);
    assertFalse(first.fromCache());
    assertEquals(List.of("Heart beta blockers", "Surgery"), embedder.seen);

    EmbeddingCache.Embedded second = vectors(file);
    assertTrue(second.fromCache());
    assertEquals(2, embedder.seen.size(), "not embedded again");
    assertArrayEquals(first.vectors(), second.vectors());
    assertArrayEquals(new float[] {"Heart beta blockers".length(), 'H'}, second.vectors()[0]);
  }

  @Test
  void keyedByTheFilesContentNotItsPath() throws Exception {
    Path a = csv("a.csv", "1,Heart,beta blockers,1", "2,Surgery,,0");
    Path copy = Files.copy(a, dir.resolve("copy.csv"));
    Path changed = csv("b.csv", "1,Heart,beta blockers,1", "2,Surgery,in adults,0");
    vectors(a);

    assertTrue(vectors(copy).fromCache());
    assertEquals(cache.place(a, embedder.model()), cache.place(copy, embedder.model()));

    EmbeddingCache.Embedded other = vectors(changed);
    assertFalse(other.fromCache());
    assertEquals("Surgery in adults", embedder.seen.get(embedder.seen.size() - 1));
    assertEquals(2, Files.list(dir.resolve("cache")).count(), "one file per content");
  }

  @Test
  void anotherModelIsAnotherEntry() throws Exception {
    Path a = csv("a.csv", "1,Heart,beta blockers,1");
    CountingEmbedder v2 =
        new CountingEmbedder() {
          @Override
          public String model() {
            return "counting v2";
          }
        };
    vectors(a);
    assertFalse(vectors(a, v2).fromCache());
  }

  @Test
  void aFileCutShortIsEmbeddedAgainAndReplaced() throws Exception {
    Path a = csv("a.csv", "1,Heart,beta blockers,1", "2,Surgery,,0");
    EmbeddingCache.Embedded first = vectors(a);
    Path place = cache.place(a, embedder.model());
    byte[] whole = Files.readAllBytes(place);
    Files.write(place, java.util.Arrays.copyOf(whole, whole.length - 3));

    EmbeddingCache.Embedded again = vectors(a);
    assertFalse(again.fromCache());
    assertArrayEquals(first.vectors(), again.vectors());
    assertArrayEquals(whole, Files.readAllBytes(place));
    assertTrue(vectors(a).fromCache());
    assertEquals(1, Files.list(dir.resolve("cache")).count(), "no partial file left");
  }
}
