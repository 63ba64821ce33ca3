package org.winnow.core.ranking;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Sentence embeddings of a labelled set's records, kept in a folder (the harness uses {@code
 * core/target/embeddings}) under the SHA-256 of the set's file, the model and what was embedded, so
 * a second run of the harness does not embed again, and a changed file is embedded anew. A file is
 * written beside its place and moved there whole; one that cannot be read back (cut short, another
 * format) is embedded again and replaced.
 */
final class EmbeddingCache {
  /** What was embedded of each record: its title, a space and its abstract. */
  static final String RECIPE = "title+abstract";

  private static final int MAGIC = 0x574e4531; // "WNE1"

  private final Path directory;

  EmbeddingCache(Path directory) {
    this.directory = directory;
  }

  /** Vectors and how they were had: from the cache, or embedded now in so many nanoseconds. */
  record Embedded(float[][] vectors, boolean fromCache, long nanos) {}

  /** Each record's text as embedded: title, a space, abstract. */
  static List<String> texts(LabelledSet set) {
    return set.items().stream()
        .map(i -> (i.text().title() + " " + i.text().abstractText()).strip())
        .toList();
  }

  /** The set's vectors from the cache, else embedded now and stored. */
  Embedded vectors(Path file, LabelledSet set, SentenceEmbedder embedder) throws IOException {
    Path place = place(file, embedder.model());
    if (Files.exists(place)) {
      try {
        return new Embedded(read(place, set.size()), true, 0);
      } catch (IOException e) {
        System.err.println("embedding cache " + place + " unreadable (" + e.getMessage() + ")");
      }
    }
    long start = System.nanoTime();
    float[][] vectors = embedder.embed(texts(set));
    long nanos = System.nanoTime() - start;
    if (vectors.length != set.size()) {
      throw new IllegalStateException(
          embedder.model() + " gave " + vectors.length + " vectors for " + set.size() + " texts");
    }
    write(place, vectors);
    return new Embedded(vectors, false, nanos);
  }

  /** Where a file's vectors by a model are kept: named by the file's content, not its path. */
  Path place(Path file, String model) throws IOException {
    String slug = model.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
    return directory.resolve(sha256(file) + "." + slug + "." + RECIPE.replace('+', '-') + ".emb");
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java platform has SHA-256
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static float[][] read(Path place, int items) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(place)))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("not an embedding file");
      }
      int count = in.readInt();
      int dimensions = in.readInt();
      if (count != items || (count > 0 && dimensions <= 0)) {
        throw new IOException(count + " vectors of " + dimensions + ", expected " + items);
      }
      float[][] vectors = new float[count][dimensions];
      for (float[] v : vectors) {
        for (int j = 0; j < dimensions; j++) {
          v[j] = in.readFloat();
        }
      }
      if (in.read() != -1) {
        throw new IOException("more bytes than " + count + " vectors of " + dimensions);
      }
      return vectors;
    } catch (EOFException e) {
      throw new IOException("cut short", e);
    }
  }

  private void write(Path place, float[][] vectors) throws IOException {
    Files.createDirectories(directory);
    Path partial = Files.createTempFile(directory, place.getFileName().toString(), ".partial");
    try {
      try (OutputStream file = Files.newOutputStream(partial);
          DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
        out.writeInt(MAGIC);
        out.writeInt(vectors.length);
        out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
        for (float[] v : vectors) {
          for (float x : v) {
            out.writeFloat(x);
          }
        }
      }
      try {
        Files.move(
            partial, place, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, place, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
