package org.winnow.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * Turns a file's bytes into text: UTF-8 and UTF-16 with or without a byte-order mark, else
 * Windows-1252 (which reads ISO-8859-1 text the same for every printable character).
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  public static ImportText decode(String fileName, byte[] bytes) {
    Encoding e = markedOrUtf16(bytes);
    if (e == null) {
      e = isValidUtf8(bytes) ? UTF_8 : CP1252;
    }
    return text(fileName, bytes, e.skip(), e.charset(), e.label());
  }

  /**
   * Decodes a file exactly as {@link #decode(String, byte[])} decodes its bytes, reading it in
   * chunks (once to check UTF-8, once to decode) so that a large export's bytes and a decoding copy
   * are never held beside its text.
   */
  public static ImportText decode(String fileName, Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    Encoding e = markedOrUtf16(head);
    if (e == null) {
      e = isValidUtf8(file) ? UTF_8 : CP1252;
    }
    long bytes = Files.size(file) - e.skip();
    long chars = e.label().startsWith("UTF-16") ? bytes / 2 + 1 : bytes;
    if (chars > Integer.MAX_VALUE - 16) {
      throw new IOException(file + " is too large to import in one piece");
    }
    CharsetDecoder decoder =
        e.charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    StringBuilder text = new StringBuilder((int) chars);
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(e.skip());
      decodeAll(in, decoder, text::append);
    }
    String s = text.toString();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    return new ImportText(fileName, s, e.label());
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

  private static boolean isValidUtf8(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return decodeAll(in, reportingUtf8(), chars -> {});
    }
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
