package org.winnow.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 and UTF-16 with or without a byte-order mark, else
 * Windows-1252 (which reads ISO-8859-1 text the same for every printable character).
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  public static ImportText decode(String fileName, byte[] bytes) {
    int n = bytes.length;
    if (n >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return text(fileName, bytes, 3, StandardCharsets.UTF_8, "UTF-8");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return text(fileName, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return text(fileName, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
    }
    String utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return text(fileName, bytes, 0, Charset.forName(utf16), utf16);
    }
    if (isValidUtf8(bytes)) {
      return text(fileName, bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    }
    return text(fileName, bytes, 0, WINDOWS_1252, "windows-1252");
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

  /**
   * Whether the bytes are well-formed UTF-8, decoded through one small buffer: decoding a large
   * file whole only to check it would hold twice its size in characters.
   */
  static boolean isValidUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear(); // overflow: the buffer is full, keep going
    }
    out.clear();
    return !decoder.flush(out).isError();
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
