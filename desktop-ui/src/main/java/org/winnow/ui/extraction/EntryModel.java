package org.winnow.ui.extraction;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.winnow.core.extraction.CrossFieldChecks;
import org.winnow.core.extraction.FieldSpec;
import org.winnow.core.extraction.FieldValue;
import org.winnow.core.extraction.SectionSpec;

/** One entry of a section (the only one of a section answered once): its fields in form order. */
public final class EntryModel {
  private final SectionSpec section;
  private final List<FieldModel> fields = new ArrayList<>();

  EntryModel(SectionSpec section, Runnable changed) {
    this.section = section;
    for (FieldSpec f : section.fields()) {
      FieldModel m = new FieldModel(f);
      m.textProperty().addListener((o, a, b) -> changed(changed));
      m.unitProperty().addListener((o, a, b) -> changed(changed));
      m.notReportedProperty().addListener((o, a, b) -> changed(changed));
      fields.add(m);
    }
  }

  private void changed(Runnable changed) {
    check();
    changed.run();
  }

  public List<FieldModel> fields() {
    return fields;
  }

  public Optional<FieldModel> field(String id) {
    return fields.stream().filter(f -> f.spec().id().equals(id)).findFirst();
  }

  /** Reads every field and the checks between them; each field's problem is set. */
  int check() {
    Map<String, FieldValue> values = new LinkedHashMap<>();
    for (FieldModel f : fields) {
      f.value().ifPresent(v -> values.put(f.spec().id(), v));
    }
    Map<String, String> cross = new LinkedHashMap<>();
    for (CrossFieldChecks.Problem p : CrossFieldChecks.check(section, values)) {
      p.fields().forEach(id -> cross.putIfAbsent(id, p.message()));
    }
    int problems = 0;
    for (FieldModel f : fields) {
      f.crossProblem(cross.getOrDefault(f.spec().id(), ""));
      problems += f.problemProperty().get().isEmpty() ? 0 : 1;
    }
    return problems;
  }

  boolean empty() {
    return fields.stream().noneMatch(FieldModel::answered);
  }

  ObjectNode json() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (FieldModel f : fields) {
      if (f.answered()) {
        o.set(f.spec().id(), f.json());
      }
    }
    return o;
  }
}
