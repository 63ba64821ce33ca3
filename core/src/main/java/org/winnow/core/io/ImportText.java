package org.winnow.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The decoded text of one file to import, with its name for error messages. Line endings CRLF, LF
 * and a bare CR all count as line breaks; a leading byte-order mark has already been removed.
 *
 * <p>The text is either held in memory (small inputs, tests) or read from its file each time it is
 * asked for ({@link #reader()}, {@link #lineIterator()}), decoded on the fly: an export of several
 * GB is never held whole. Formats that cannot stream may still ask for the whole {@link #text()},
 * up to {@code maxTextChars}; beyond that the import stops with an error naming the file.
 */
public final class ImportText {
  /** Characters of the decoded file kept as its {@link #sample()} (format detection, peeks). */
  public static final int SAMPLE_CHARS = FormatRegistry.DETECTION_SAMPLE_CHARS;

  private static final int BUFFER_CHARS = 1 << 16;

  private final String fileName;
  private final String encoding;
  private final String text; // the whole text when held in memory, else null
  private final Path file; // where the text is decoded from when not held, else null
  private final Charset charset;
  private final int skipBytes;
  private final long maxTextChars;
  private String sample;

  /**
   * Text held in memory.
   *
   * @param fileName name shown in errors
   * @param text the whole file as text
   * @param encoding the charset it was decoded from ("UTF-8", "UTF-16LE", "windows-1252"...)
   */
  public ImportText(String fileName, String text, String encoding) {
    this.fileName = fileName;
    this.text = text;
    this.encoding = encoding;
    this.file = null;
    this.charset = null;
    this.skipBytes = 0;
    this.maxTextChars = Long.MAX_VALUE;
  }

  private ImportText(
      String fileName,
      Path file,
      Charset charset,
      int skipBytes,
      String encoding,
      long maxTextChars) {
    this.fileName = fileName;
    this.text = null;
    this.encoding = encoding;
    this.file = file;
    this.charset = charset;
    this.skipBytes = skipBytes;
    this.maxTextChars = maxTextChars;
  }

  /**
   * Text read from a file whenever it is asked for.
   *
   * @param skipBytes the byte-order mark's length
   * @param maxTextChars the most characters {@link #text()} returns whole
   */
  static ImportText ofFile(
      String fileName,
      Path file,
      Charset charset,
      int skipBytes,
      String encoding,
      long maxTextChars) {
    return new ImportText(fileName, file, charset, skipBytes, encoding, maxTextChars);
  }

  public String fileName() {
    return fileName;
  }

  public String encoding() {
    return encoding;
  }

  /**
   * The whole text, for formats that cannot be read as a stream (see docs/formats.md).
   *
   * @throws ImportException when a file's text is longer than the limit for reading it whole
   */
  public String text() throws ImportException {
    if (text != null) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[BUFFER_CHARS];
    try (Reader r = reader()) {
      for (int n = r.read(buffer); n >= 0; n = r.read(buffer)) {
        if (out.length() + (long) n > maxTextChars) {
          throw error(
              0,
              null,
              "the file has more than "
                  + maxTextChars
                  + " characters, the most this format is read in one piece; split the file"
                  + " into smaller exports");
        }
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
    return out.toString();
  }

  /** The first {@link #SAMPLE_CHARS} characters (all of a shorter text): enough to recognise it. */
  public String sample() {
    if (sample == null) {
      if (text != null) {
        sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
      } else {
        try (Reader r = reader()) {
          char[] buffer = new char[SAMPLE_CHARS];
          int n = 0;
          for (int k = 0; n < SAMPLE_CHARS && k >= 0; n += Math.max(k, 0)) {
            k = r.read(buffer, n, SAMPLE_CHARS - n);
          }
          sample = new String(buffer, 0, n);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return sample;
  }

  /** A fresh reader of the whole text from its start; the caller closes it. */
  public Reader reader() throws IOException {
    if (text != null) {
      return new StringReader(text);
    }
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(skipBytes);
      BufferedReader r =
          new BufferedReader(
              new InputStreamReader(
                  in,
                  charset
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPLACE)
                      .onUnmappableCharacter(CodingErrorAction.REPLACE)),
              BUFFER_CHARS);
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset(); // a mark the decoder left in the text (UTF-16 read without its BOM bytes)
      }
      return r;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * The text split into lines (without their line breaks); line 1 is at index 0. Holds every line:
   * streaming importers use {@link #lineIterator()}.
   *
   * @throws ImportException as {@link #text()}
   */
  public List<String> lines() throws ImportException {
    List<String> out = new ArrayList<>();
    long chars = 0;
    for (Iterator<String> it = lineIterator(); it.hasNext(); ) {
      String line = it.next();
      chars += line.length() + 1;
      if (chars > maxTextChars) {
        text(); // names the limit
      }
      out.add(line);
    }
    return out;
  }

  /** The lines of a text held in memory (a detection sample), split as {@link #lines()} does. */
  public static List<String> linesOf(String text) {
    List<String> out = new ArrayList<>();
    new Lines(new StringReader(text)).forEachRemaining(out::add);
    return out;
  }

  /**
   * The lines one at a time, without holding them all: for streaming importers of large files. A
   * file that cannot be read on the way ends in an {@link UncheckedIOException}.
   */
  public Iterator<String> lineIterator() {
    try {
      return new Lines(reader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many lines the text has, counted as {@link #lineIterator()} splits them. */
  public int lineCount() {
    int n = 0;
    for (Iterator<String> it = lineIterator(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  /** Whether the text is empty or only white space; reads no further than its first other char. */
  public boolean isBlank() {
    if (text != null) {
      return text.isBlank();
    }
    try (Reader r = reader()) {
      for (int c = r.read(); c >= 0; c = r.read()) {
        if (!Character.isWhitespace(c)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A warning about this file. */
  public ImportWarning warning(int line, String field, String problem) {
    return new ImportWarning(fileName, line, field, problem);
  }

  /** Whether the text ends with a line break: a file cut at a random offset usually does not. */
  public boolean endsWithLineBreak() {
    if (text != null) {
      return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
    }
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      long size = ch.size();
      int unit = encoding.startsWith("UTF-16") ? 2 : 1;
      if (size - skipBytes < unit) {
        return true;
      }
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(unit);
      ch.position(size - unit);
      while (last.hasRemaining() && ch.read(last) >= 0) {
        // a channel may read fewer bytes than asked
      }
      byte[] b = last.array();
      int c =
          unit == 1
              ? b[0]
              : encoding.equals("UTF-16LE") ? (b[1] == 0 ? b[0] : -1) : (b[0] == 0 ? b[1] : -1);
      return c == '\n' || c == '\r';
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An error about this file. */
  public ImportException error(int line, String field, String problem) {
    return new ImportException(fileName, line, field, problem);
  }

  private ImportException unreadable(IOException e) {
    return error(0, null, "cannot read: " + e.getMessage());
  }

  /**
   * Lines split at CRLF, LF or a bare CR, read through a fixed buffer. The reader is closed at the
   * end of the text.
   */
  private static final class Lines implements Iterator<String> {
    private final Reader reader;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int pos;
    private int end;
    private boolean eof;
    private final StringBuilder line = new StringBuilder();

    Lines(Reader reader) {
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      return fill();
    }

    @Override
    public String next() {
      if (!fill()) {
        throw new NoSuchElementException();
      }
      line.setLength(0);
      while (fill()) {
        int start = pos;
        while (pos < end && buffer[pos] != '\n' && buffer[pos] != '\r') {
          pos++;
        }
        line.append(buffer, start, pos - start);
        if (pos < end) {
          char c = buffer[pos++];
          if (c == '\r' && fill() && buffer[pos] == '\n') {
            pos++;
          }
          return line.toString();
        }
      }
      return line.toString();
    }

    /** Whether a character is buffered at pos, reading more when needed. */
    private boolean fill() {
      if (pos < end) {
        return true;
      }
      if (eof) {
        return false;
      }
      try {
        int n;
        do {
          n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
          eof = true;
          reader.close();
          return false;
        }
        pos = 0;
        end = n;
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
