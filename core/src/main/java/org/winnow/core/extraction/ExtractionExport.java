package org.winnow.core.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.winnow.core.io.csv.CsvExporter;

/**
 * Exports of extracted data: CSV wide (one row per study, or per study and instance of one
 * repeating section, final answers only), CSV long (one row per answered field of every extraction
 * and consensus) and JSON ({@link #JSON_FORMAT}, every extraction, with the templates used). Text
 * cells are guarded against spreadsheet formula injection; plain numbers are written as they are.
 */
public final class ExtractionExport {
  public static final String JSON_FORMAT = "winnow-extraction-export/1";

  /** The columns of the long CSV. */
  public static final List<String> LONG_COLUMNS =
      List.of(
          "study_id",
          "study",
          "form",
          "form_version",
          "source",
          "status",
          "final",
          "section",
          "instance",
          "instance_key",
          "field",
          "label",
          "type",
          "value",
          "unit");

  /** The study columns that open every wide row. */
  public static final List<String> WIDE_STUDY_COLUMNS =
      List.of("study_id", "study", "status", "decided_by", "form", "form_version");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExtractionExport() {}

  // ---------------------------------------------------------------- wide

  /**
   * The final answers of one form, one row per study, or per study and instance of {@code
   * rowSection} (a repeating section: "one row per study and intervention"); sections answered once
   * are repeated on each row. Columns are "section.field" over every version of the template the
   * studies used (the latest version's order first); a number field with a list of units has a
   * "section.field.unit" column after it. Studies still awaiting a consensus are left out.
   */
  public static void wide(
      List<FormResult> results, FormTemplate latest, String rowSection, Writer out)
      throws IOException {
    SectionSpec rows = rowSection == null ? null : latest.section(rowSection).orElse(null);
    if (rowSection != null && (rows == null || !rows.repeats())) {
      throw new IllegalArgumentException(
          "'" + rowSection + "' is not a repeating section of " + latest.ref());
    }
    List<FormResult> forForm =
        results.stream()
            .filter(r -> r.template().id().equals(latest.id()) && r.status().hasFinal())
            .toList();
    Map<String, Column> once = new LinkedHashMap<>();
    Map<String, Column> repeated = new LinkedHashMap<>();
    List<FormTemplate> versions = new ArrayList<>(List.of(latest));
    forForm.forEach(r -> versions.add(r.template()));
    for (FormTemplate t : versions) {
      for (SectionSpec s : t.sections()) {
        if (!s.repeats()) {
          s.fields().forEach(f -> once.putIfAbsent(s.id() + "." + f.id(), new Column(s.id(), f)));
        } else if (rows != null && s.id().equals(rows.id())) {
          s.fields()
              .forEach(f -> repeated.putIfAbsent(s.id() + "." + f.id(), new Column(s.id(), f)));
        }
      }
    }
    List<String> header = new ArrayList<>(WIDE_STUDY_COLUMNS);
    once.values().forEach(c -> c.headers(header));
    if (rows != null) {
      header.add("instance");
      repeated.values().forEach(c -> c.headers(header));
    }
    CSVPrinter p = printer(out, header);
    for (FormResult r : forForm) {
      List<String> lead = new ArrayList<>();
      lead.add(r.study().id());
      lead.add(r.study().label());
      lead.add(r.status().id());
      lead.add(r.decidedBy() == null ? "" : r.decidedBy());
      lead.add(r.template().id());
      lead.add(Integer.toString(r.template().version()));
      FormAnswers a = r.finalAnswers();
      for (Column c : once.values()) {
        c.cells(a.value(c.section(), c.field().id()), lead);
      }
      if (rows == null) {
        print(p, lead);
        continue;
      }
      List<FormAnswers.Instance> instances = a.instances(rows.id());
      if (instances.isEmpty()) {
        List<String> row = new ArrayList<>(lead);
        row.add("");
        repeated.values().forEach(c -> c.cells(Optional.empty(), row));
        print(p, row);
      }
      for (int i = 0; i < instances.size(); i++) {
        List<String> row = new ArrayList<>(lead);
        row.add(Integer.toString(i + 1));
        FormAnswers.Instance instance = instances.get(i);
        repeated.values().forEach(c -> c.cells(instance.value(c.field().id()), row));
        print(p, row);
      }
    }
    p.flush();
  }

  /** A wide column: one field, and its unit beside it when the answer names one. */
  private record Column(String section, FieldSpec field) {
    void headers(List<String> header) {
      header.add(section + "." + field.id());
      if (!field.units().isEmpty()) {
        header.add(section + "." + field.id() + ".unit");
      }
    }

    void cells(Optional<FieldValue> value, List<String> row) {
      row.add(value.map(FieldValue::text).orElse(""));
      if (!field.units().isEmpty()) {
        row.add(value.map(ExtractionExport::unit).orElse(""));
      }
    }
  }

  static String unit(FieldValue v) {
    return v instanceof FieldValue.Decimal d && d.unit() != null ? d.unit() : "";
  }

  // ---------------------------------------------------------------- long

  /**
   * Every answered field of every study's extractions (each extractor's latest and the consensus),
   * one row each; {@code final} says which rows are the study's final answers.
   */
  public static void longCsv(List<FormResult> results, Writer out) throws IOException {
    CSVPrinter p = printer(out, LONG_COLUMNS);
    for (FormResult r : results) {
      Extraction finalOne = finalExtraction(r);
      for (Extraction e : r.extractions()) {
        String source = e.consensus() ? "consensus" : e.by();
        FormTemplate t = e.template();
        for (SectionSpec s : t.sections()) {
          List<FormAnswers.Instance> instances = e.answers().instances(s.id());
          for (int i = 0; i < instances.size(); i++) {
            FormAnswers.Instance instance = instances.get(i);
            String key =
                s.repeats() && !s.repeat().key().isEmpty() ? InstanceKey.label(s, instance) : "";
            for (FieldSpec f : s.fields()) {
              Optional<FieldValue> v = instance.value(f.id());
              if (v.isEmpty()) {
                continue;
              }
              print(
                  p,
                  List.of(
                      r.study().id(),
                      r.study().label(),
                      t.id(),
                      Integer.toString(t.version()),
                      source,
                      r.status().id(),
                      e == finalOne ? "yes" : "no",
                      s.id(),
                      s.repeats() ? Integer.toString(i + 1) : "",
                      key,
                      f.id(),
                      f.label(),
                      f.type().id(),
                      v.get().text(),
                      unit(v.get())));
            }
          }
        }
      }
    }
    p.flush();
  }

  /** The extraction whose answers are final: the consensus, or the first extractor's. */
  private static Extraction finalExtraction(FormResult r) {
    if (!r.status().hasFinal()) {
      return null;
    }
    for (Extraction e : r.extractions()) {
      if (e.consensus() == (r.status() == org.winnow.core.model.ConsensusStatus.CONSENSUS)) {
        return e;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- JSON

  /**
   * Everything extracted, as one JSON document: the templates used, and per study and form the
   * status, the final answers (a complete answers file, so it can be imported again) and every
   * extraction.
   */
  public static void json(List<FormResult> results, String project, Writer out) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", JSON_FORMAT);
    root.put("project", project);
    ArrayNode templates = root.putArray("templates");
    List<String> seen = new ArrayList<>();
    Map<String, ObjectNode> studies = new LinkedHashMap<>();
    for (FormResult r : results) {
      for (Extraction e : r.extractions()) {
        if (!seen.contains(e.template().ref())) {
          seen.add(e.template().ref());
          templates.add(JSON.valueToTree(e.template()));
        }
      }
      ObjectNode study =
          studies.computeIfAbsent(
              r.study().id(),
              k -> {
                ObjectNode s = JsonNodeFactory.instance.objectNode();
                s.put("studyId", r.study().id());
                s.put("label", r.study().label());
                ArrayNode ids = s.putArray("recordIds");
                r.study().recordIds().forEach(ids::add);
                s.putArray("forms");
                return s;
              });
      ObjectNode form = ((ArrayNode) study.get("forms")).addObject();
      form.put("form", r.template().id());
      form.put("version", r.template().version());
      form.put("status", r.status().id());
      if (r.decidedBy() != null) {
        form.put("decidedBy", r.decidedBy());
      }
      if (r.finalAnswers() != null) {
        form.set("final", answersFile(r.template(), r.finalAnswers(), null));
      } else {
        form.putNull("final");
      }
      ArrayNode list = form.putArray("extractions");
      for (Extraction e : r.extractions()) {
        ObjectNode x = answersFile(e.template(), e.answers(), e.note());
        x.put("by", e.by());
        x.put("kind", e.consensus() ? "consensus" : "extractor");
        x.put("createdAt", e.createdAt());
        x.put("origin", e.origin());
        list.add(x);
      }
    }
    ArrayNode s = root.putArray("studies");
    studies.values().forEach(s::add);
    try {
      out.write(JSON.writeValueAsString(root));
      out.write('\n');
    } catch (JsonProcessingException e) {
      throw new IOException("cannot write the extraction export", e);
    }
    out.flush();
  }

  /** An answers file ({@link AnswersFile#FORMAT}) holding these answers. */
  public static ObjectNode answersFile(FormTemplate t, FormAnswers answers, String note) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("format", AnswersFile.FORMAT);
    o.put("form", t.id());
    o.put("version", t.version());
    if (note != null) {
      o.put("note", note);
    }
    JsonNode sections = AnswerCodec.write(answers, t);
    o.set("sections", sections);
    return o;
  }

  // ---------------------------------------------------------------- plumbing

  static CSVPrinter printer(Writer out, List<String> header) throws IOException {
    return new CSVPrinter(
        out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build());
  }

  /** A plain number: no spreadsheet reads it as a formula, so it is written as it is. */
  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  /**
   * A cell as written: text guarded against formula injection, plain numbers as they are (so that
   * R, Stata and spreadsheets read negative numbers as numbers).
   */
  static String cell(String text) {
    return PLAIN_NUMBER.matcher(text).matches() ? text : CsvExporter.guard(text);
  }

  static void print(CSVPrinter p, List<String> cells) throws IOException {
    p.printRecord(cells.stream().map(ExtractionExport::cell).toList());
  }
}
