package org.winnow.core.project;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;

/**
 * A minimal format for service tests: one record per line, "id|title|year|doi"; a line "ERROR" is
 * bad input. Keeps these tests independent of the real importers.
 */
final class LineImporter implements CitationImporter {
  @Override
  public String id() {
    return "lines";
  }

  @Override
  public String label() {
    return "test lines";
  }

  @Override
  public List<String> extensions() {
    return List.of("lines");
  }

  @Override
  public int detect(String sample) {
    return sample.contains("|") ? 90 : 0;
  }

  @Override
  public List<RecordDraft> read(ImportText input) throws ImportException {
    List<RecordDraft> out = new ArrayList<>();
    List<String> lines = input.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.equals("ERROR")) {
        throw input.error(i + 1, "title", "broken line");
      }
      String[] p = line.split("\\|", -1);
      RecordDraft d = new RecordDraft(i + 1).fileRecordId(p[0]);
      d.raw("line", line).add(Field.TITLE, p[1]).add(Field.YEAR, p.length > 2 ? p[2] : null);
      d.add(Field.DOI, p.length > 3 ? p[3] : null);
      out.add(d);
    }
    return out;
  }
}
