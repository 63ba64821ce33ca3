package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** UTF-8 validation through a small buffer agrees with decoding the whole input. */
class TextDecoderUtf8Test {

  @Property(tries = 500)
  void agreesWithWholeDecoding(@ForAll("utf8ish") byte[] bytes) {
    assertEquals(decodesWhole(bytes), TextDecoder.isValidUtf8(bytes));
  }

  @Example
  void sequencesAcrossTheBufferEdgeAndAtTheEnd() {
    byte[] e = "é".getBytes(StandardCharsets.UTF_8);
    for (int pad = 8185; pad < 8200; pad++) {
      byte[] ok = join("a".repeat(pad).getBytes(StandardCharsets.US_ASCII), e, e, e);
      assertTrue(TextDecoder.isValidUtf8(ok), "pad " + pad);
      byte[] cut = java.util.Arrays.copyOf(ok, ok.length - 1);
      assertFalse(TextDecoder.isValidUtf8(cut), "pad " + pad);
    }
  }

  private static boolean decodesWhole(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<byte[]> utf8ish() {
    List<byte[]> pieces =
        List.of(
            "a".repeat(3000).getBytes(StandardCharsets.US_ASCII),
            "é".getBytes(StandardCharsets.UTF_8),
            "€".getBytes(StandardCharsets.UTF_8),
            "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0x80});
    return Arbitraries.of(pieces).list().ofMaxSize(12).map(l -> join(l.toArray(new byte[0][])));
  }
}
