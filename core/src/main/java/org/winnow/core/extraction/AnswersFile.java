package org.winnow.core.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.json.LocatedJson;

/**
 * An answers file as extractors write it ({@link #FORMAT}):
 *
 * <pre>{"format": "winnow-extraction/1", "form": "tidier", "version": 1, "note": "...",
 *  "sections": {"interventions": [{"brief_name": "...", ...}]}}</pre>
 *
 * <p>{@code format}, {@code form}, {@code version} and {@code note} are optional; {@code sections}
 * holds the answers as {@link AnswerCodec} reads them. {@code guide} (what each field takes, as
 * {@link AnswersSkeleton} writes it) is read past, so a filled-in skeleton is accepted as it is.
 *
 * @param form the form the file says it answers, or null
 * @param version the template version it says, or null
 */
public record AnswersFile(String form, Integer version, String note, LocatedJson doc) {
  public static final String FORMAT = "winnow-extraction/1";

  /** The entry that explains the fields to whoever fills the file in; never read as answers. */
  public static final String GUIDE = "guide";

  public static AnswersFile parse(String file, String text) throws ImportException {
    LocatedJson doc = LocatedJson.parse(file, text);
    JsonNode root = doc.root();
    if (!root.isObject()) {
      throw doc.error("", null, "expected a JSON object with \"sections\"");
    }
    JsonNode format = root.get("format");
    if (format != null && !format.asText().equals(FORMAT)) {
      throw doc.error(
          "/format", "format", "expected \"" + FORMAT + "\", got \"" + format.asText() + "\"");
    }
    if (!root.has("sections")) {
      throw doc.error(
          "",
          "sections",
          "missing \"sections\": the answers go in \"sections\": {\"<section>\": {...}}");
    }
    for (var names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!java.util.Set.of("format", "form", "version", "note", "sections", GUIDE)
          .contains(name)) {
        throw doc.error(
            "/" + LocatedJson.segment(name),
            name,
            "unknown entry; an answers file has format, form, version, note, sections and guide");
      }
    }
    JsonNode form = root.get("form");
    if (form != null && !form.isTextual()) {
      throw doc.error("/form", "form", "expected the form id as text, e.g. \"tidier\"");
    }
    JsonNode version = root.get("version");
    if (version != null && !(version.isIntegralNumber() && version.asInt() >= 1)) {
      throw doc.error("/version", "version", "expected a template version: a whole number ≥ 1");
    }
    JsonNode note = root.get("note");
    return new AnswersFile(
        form == null ? null : form.asText(),
        version == null ? null : version.asInt(),
        note == null || note.isNull() ? null : note.asText(),
        doc);
  }

  public String file() {
    return doc.file();
  }

  /** The answers, checked against the template. */
  public FormAnswers answers(FormTemplate template) throws ImportException {
    return AnswerCodec.read(doc, "/sections", template);
  }

  /** An error about the file's own form or version. */
  public ImportException error(String entry, String problem) {
    return doc.error("/" + entry, entry, problem);
  }
}
