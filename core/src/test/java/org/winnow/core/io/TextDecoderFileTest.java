package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A file decoded in chunks reads exactly as its bytes decoded at once. */
class TextDecoderFileTest {

  @Property(tries = 200)
  void readsAFileAsItsBytes(@ForAll("exports") byte[] bytes) throws Exception {
    Path file = Files.createTempFile("winnow-decoder-", ".txt");
    try {
      Files.write(file, bytes);
      ImportText whole = TextDecoder.decode("f.ris", bytes);
      ImportText chunked = TextDecoder.decode("f.ris", file);
      assertEquals(whole.encoding(), chunked.encoding());
      assertEquals(whole.text(), chunked.text());
    } finally {
      Files.delete(file);
    }
  }

  private static byte[] bytes(String s, Charset charset) {
    return s.getBytes(charset);
  }

  @Provide
  Arbitrary<byte[]> exports() {
    Charset cp1252 = Charset.forName("windows-1252");
    String longText = "TY  - JOUR\r\nT1  - Café über naïve ".repeat(3000); // past one chunk
    List<byte[]> starts =
        List.of(
            new byte[0],
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE});
    List<byte[]> pieces =
        List.of(
            bytes(longText, StandardCharsets.UTF_8),
            bytes(longText, StandardCharsets.UTF_16LE),
            bytes(longText, StandardCharsets.UTF_16BE),
            bytes(longText, cp1252),
            bytes("ER  - \n", StandardCharsets.US_ASCII),
            bytes("é€\uD83D\uDE00\uFEFF", StandardCharsets.UTF_8),
            bytes("é€", cp1252),
            new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0x81, (byte) 0x8D},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {0});
    return Arbitraries.of(starts)
        .flatMap(
            start ->
                Arbitraries.of(pieces)
                    .list()
                    .ofMaxSize(4)
                    .map(
                        l -> {
                          ByteArrayOutputStream out = new ByteArrayOutputStream();
                          out.writeBytes(start);
                          l.forEach(out::writeBytes);
                          return out.toByteArray();
                        }));
  }
}
