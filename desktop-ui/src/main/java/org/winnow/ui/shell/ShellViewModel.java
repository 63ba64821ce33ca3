package org.winnow.ui.shell;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.AppContext;

/** Which view is shown, and the window title. */
public final class ShellViewModel {
  private final AppContext context;
  private final List<Feature> features;
  private final ObjectProperty<Feature> selected = new SimpleObjectProperty<>();

  public ShellViewModel(AppContext context, List<Feature> features) {
    this.context = context;
    this.features = List.copyOf(features);
    context
        .session()
        .projectProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && selected.get() == null) {
                selected.set(features.get(0));
              }
              if (now == null) {
                selected.set(null);
              }
            });
  }

  public List<Feature> features() {
    return features;
  }

  public ObjectProperty<Feature> selectedProperty() {
    return selected;
  }

  public void select(String id) {
    features.stream()
        .filter(f -> f.id().equals(id) && f.available())
        .findFirst()
        .ifPresent(selected::set);
  }

  public StringBinding title() {
    return Bindings.createStringBinding(
        () -> {
          ReviewProject p = context.session().project();
          return p == null ? "Winnow" : p.name() + " — Winnow";
        },
        context.session().projectProperty());
  }

  public AppContext context() {
    return context;
  }
}
