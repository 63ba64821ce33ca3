package org.winnow.ui.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.winnow.core.extraction.FieldValue;
import org.winnow.core.extraction.FormAnswers;
import org.winnow.core.extraction.FormTemplate;
import org.winnow.core.extraction.SectionSpec;

/**
 * A form template as one person fills it in: sections of entries of fields, as typed. It writes the
 * answers-file text that the service checks and stores (drafts keep empty entries too), and loads
 * stored answers or a draft back.
 */
public final class FormModel {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormTemplate template;
  private final List<SectionModel> sections = new ArrayList<>();
  private final IntegerProperty revision = new SimpleIntegerProperty();
  private boolean loading;

  public FormModel(FormTemplate template) {
    this.template = template;
    for (SectionSpec s : template.sections()) {
      sections.add(new SectionModel(s, this::changed));
    }
  }

  private void changed() {
    if (!loading) {
      revision.set(revision.get() + 1);
    }
  }

  public FormTemplate template() {
    return template;
  }

  public List<SectionModel> sections() {
    return sections;
  }

  public SectionModel section(String id) {
    return sections.stream().filter(s -> s.spec().id().equals(id)).findFirst().orElseThrow();
  }

  /** Bumped on every change a person makes (not on loading): drafts are saved when it moves. */
  public IntegerProperty revisionProperty() {
    return revision;
  }

  /** How many fields have a problem now. */
  public int check() {
    int n = 0;
    for (SectionModel s : sections) {
      for (EntryModel e : s.entries()) {
        n += e.check();
      }
    }
    return n;
  }

  /**
   * The answers-file text of what is typed. For submitting, entries left wholly empty are left out
   * (an empty entry is not an answer); a draft keeps them, so the form looks the same when
   * reopened.
   */
  public String answersText(boolean draft) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("form", template.id());
    root.put("version", template.version());
    ObjectNode out = root.putObject("sections");
    for (SectionModel s : sections) {
      if (s.spec().repeats()) {
        ArrayNode list = out.putArray(s.spec().id());
        for (EntryModel e : s.entries()) {
          if (draft || !e.empty()) {
            list.add(e.json());
          }
        }
      } else if (!s.entries().isEmpty() && !s.entries().get(0).empty()) {
        out.set(s.spec().id(), s.entries().get(0).json());
      }
    }
    return root.toString();
  }

  /** Shows stored answers in place of what is shown. */
  public void load(FormAnswers answers) {
    loading = true;
    try {
      for (SectionModel s : sections) {
        List<FormAnswers.Instance> instances = answers.instances(s.spec().id());
        if (instances.isEmpty()) {
          continue;
        }
        s.entries().clear();
        for (FormAnswers.Instance i : instances) {
          EntryModel e = s.entryForLoading();
          for (Map.Entry<String, FieldValue> v : i.values().entrySet()) {
            e.field(v.getKey()).ifPresent(f -> f.show(v.getValue()));
          }
        }
      }
    } finally {
      loading = false;
    }
    check();
  }

  /** Shows a draft (answers-file text as typed); text that does not read leaves the form as is. */
  public void loadDraft(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text).path("sections");
    } catch (Exception e) {
      return;
    }
    loading = true;
    try {
      for (SectionModel s : sections) {
        JsonNode node = root.get(s.spec().id());
        if (node == null) {
          continue;
        }
        s.entries().clear();
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
          node.forEach(items::add);
        } else {
          items.add(node);
        }
        for (JsonNode item : items) {
          EntryModel e = s.entryForLoading();
          item.fields()
              .forEachRemaining(f -> e.field(f.getKey()).ifPresent(m -> m.show(f.getValue())));
        }
      }
    } finally {
      loading = false;
    }
    check();
  }
}
