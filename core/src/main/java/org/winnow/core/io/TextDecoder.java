package org.winnow.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a file's bytes into text: UTF-8 and UTF-16 with or without a byte-order mark, else
 * Windows-1252 (which reads ISO-8859-1 text the same for every printable character).
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * The text of bytes already in memory (a search strategy, an outcome table), decoded as below.
   */
  public static String decodeText(byte[] bytes) {
    Encoding e = markedOrUtf16(bytes);
    if (e == null) {
      e = isValidUtf8(bytes) ? UTF_8 : CP1252;
    }
    String s = new String(bytes, e.skip(), bytes.length - e.skip(), e.charset());
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  public static ImportText decode(String fileName, byte[] bytes) {
    Encoding e = markedOrUtf16(bytes);
    if (e == null) {
      e = isValidUtf8(bytes) ? UTF_8 : CP1252;
    }
    return text(fileName, bytes, e.skip(), e.charset(), e.label());
  }

  /**
   * A file's text, decoded exactly as {@link #decode(String, byte[])} decodes its bytes but read
   * from the file whenever it is asked for, so that a large export is never held whole; its text
   * may be asked for whole ({@link ImportText#text()}) up to {@link ImportLimits#STANDARD}'s limit.
   */
  public static ImportText decode(String fileName, Path file) throws IOException {
    return identify(fileName, file, ImportLimits.STANDARD.maxTextChars()).text();
  }

  /**
   * A file's text and its SHA-256, found in one pass over its bytes: the pass that hashes them also
   * checks whether they are well-formed UTF-8 (when no byte-order mark names the encoding). The
   * text itself is decoded later, as it is read.
   *
   * @param maxTextChars the most characters the text gives whole, for formats that cannot stream
   */
  public static IdentifiedText identify(String fileName, Path file, long maxTextChars)
      throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    Encoding e = markedOrUtf16(head);
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      if (e == null) {
        e = decodeAll(in, reportingUtf8(), chars -> {}) ? UTF_8 : CP1252;
      }
      in.transferTo(OutputStream.nullOutputStream()); // the rest, into the digest
    }
    ImportText text =
        ImportText.ofFile(fileName, file, e.charset(), e.skip(), e.label(), maxTextChars);
    return new IdentifiedText(text, HexFormat.of().formatHex(digest.digest()));
  }

  /** A file's text and the SHA-256 of its bytes (which identifies a file imported twice). */
  public record IdentifiedText(ImportText text, String sha256) {}

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A charset, its label, and the byte-order mark bytes to skip. */
  private record Encoding(Charset charset, String label, int skip) {}

  private static final Encoding UTF_8 = new Encoding(StandardCharsets.UTF_8, "UTF-8", 0);
  private static final Encoding CP1252 = new Encoding(WINDOWS_1252, "windows-1252", 0);

  /** Bytes a byte-order mark or UTF-16 without one is recognised from. */
  private static final int HEAD_BYTES = 4096;

  private static final int CHUNK = 1 << 16;

  /** The encoding a byte-order mark names, or UTF-16 recognised without one; else null. */
  private static Encoding markedOrUtf16(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, "UTF-8", 3);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, "UTF-16BE", 2);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, "UTF-16LE", 2);
    }
    String utf16 = utf16WithoutBom(bytes);
    return utf16 == null ? null : new Encoding(Charset.forName(utf16), utf16, 0);
  }

  /** Receives decoded characters a buffer at a time. */
  private interface CharSink {
    void accept(CharBuffer chars);
  }

  /**
   * Decodes the stream to its end through fixed buffers; returns false at the first error (which
   * only a reporting decoder gives).
   */
  private static boolean decodeAll(InputStream in, CharsetDecoder decoder, CharSink sink)
      throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    CharBuffer chars = CharBuffer.allocate(CHUNK);
    boolean end = false;
    while (!end) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        end = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      CoderResult result;
      do {
        result = decoder.decode(bytes, chars, end);
        if (result.isError()) {
          return false;
        }
        chars.flip();
        sink.accept(chars);
        chars.clear();
      } while (result.isOverflow());
      bytes.compact();
    }
    CoderResult result;
    do {
      result = decoder.flush(chars);
      if (result.isError()) {
        return false;
      }
      chars.flip();
      sink.accept(chars);
      chars.clear();
    } while (result.isOverflow());
    return true;
  }

  private static CharsetDecoder reportingUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** UTF-16 text without BOM has a zero byte in every other position for ASCII characters. */
  private static String utf16WithoutBom(byte[] bytes) {
    int sample = Math.min(bytes.length, 4096) & ~1;
    if (sample < 4) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < sample; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) {
          zeroEven++;
        } else {
          zeroOdd++;
        }
      }
    }
    int pairs = sample / 2;
    if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
      return "UTF-16BE";
    }
    if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
      return "UTF-16LE";
    }
    return null;
  }

  /** Whether the bytes are well-formed UTF-8, checked through small buffers. */
  static boolean isValidUtf8(byte[] bytes) {
    try {
      return decodeAll(new ByteArrayInputStream(bytes), reportingUtf8(), chars -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail to read
    }
  }

  private static ImportText text(
      String fileName, byte[] bytes, int offset, Charset charset, String label) {
    String s = new String(bytes, offset, bytes.length - offset, charset);
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    return new ImportText(fileName, s, label);
  }
}
