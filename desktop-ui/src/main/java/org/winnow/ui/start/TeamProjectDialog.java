package org.winnow.ui.start;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Open team project… dialog: a server's address or pasted URL, the login and a password (a
 * password field, never stored), the TLS mode; Connect opens the project or says why not, and an
 * empty database offers "Create the project here".
 */
public final class TeamProjectDialog extends Dialog<ButtonType> {
  public static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

  public TeamProjectDialog(TeamProjectViewModel model, Window owner) {
    if (owner != null) {
      initOwner(owner);
    }
    setTitle("Open team project");
    setHeaderText("A review kept in a database on a PostgreSQL server");
    TextField url = field("team-url", "postgresql://user@host:5432/database", model.urlProperty());
    TextField host = field("team-host", "db.example.org", model.hostProperty());
    TextField port = field("team-port", "5432", model.portProperty());
    port.setPrefColumnCount(6);
    TextField database = field("team-database", "stroke_review", model.databaseProperty());
    TextField user = field("team-user", System.getProperty("user.name"), model.userProperty());
    PasswordField password = new PasswordField();
    password.setId("team-password");
    password.setPromptText("from PGPASSWORD or ~/.pgpass when left empty");
    password.textProperty().bindBidirectional(model.passwordProperty());
    ComboBox<String> tls = new ComboBox<>();
    tls.setId("team-tls");
    tls.getItems().setAll(TeamProjectViewModel.TLS_MODES);
    tls.valueProperty().bindBidirectional(model.tlsModeProperty());

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("Paste a URL"), url);
    grid.addRow(1, new Label("or the server"), hostAndPort(host, port));
    grid.addRow(2, new Label("Database"), database);
    grid.addRow(3, new Label("User"), user);
    grid.addRow(4, new Label("Password"), password);
    grid.addRow(5, new Label("TLS (sslmode)"), tls);
    GridPane.setHgrow(url, Priority.ALWAYS);
    HBox.setHgrow(host, Priority.ALWAYS);

    Label note =
        new Label(
            "The password is used for this session only: Winnow never writes it to disk. The"
                + " server and user are added to the recent projects.");
    note.setWrapText(true);
    note.setMinHeight(Region.USE_PREF_SIZE);
    note.getStyleClass().add("text-muted");
    Label message = new Label();
    message.setId("team-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    message.textProperty().bind(model.messageProperty());
    // a failure in red; an empty database is news, not an error
    message
        .styleProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.canCreateProperty())
                .then("")
                .otherwise("-fx-text-fill: -color-danger-fg;"));

    TextField name = field("team-name", "Name of the review", model.projectNameProperty());
    Button create = new Button("Create the project here");
    create.setId("team-create");
    create.setOnAction(e -> model.createHere(this::close));
    create.disableProperty().bind(model.busyProperty());
    HBox createBox = new HBox(8, new Label("Name"), name, create);
    createBox.setId("team-create-box");
    HBox.setHgrow(name, Priority.ALWAYS);
    createBox.visibleProperty().bind(model.canCreateProperty());
    createBox.managedProperty().bind(createBox.visibleProperty());

    VBox content = new VBox(12, grid, note, message, createBox);
    content.setPadding(new Insets(8));
    content.setPrefWidth(560);
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
    Button connect = (Button) getDialogPane().lookupButton(CONNECT);
    connect.setId("team-connect");
    connect.disableProperty().bind(model.busyProperty());
    // Connect keeps the dialog open until a project is open: a failure is said in the dialog
    connect.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume();
          model.connect(this::close);
        });
    setOnShown(e -> (host.getText().isEmpty() ? url : password).requestFocus());
  }

  private static HBox hostAndPort(TextField host, TextField port) {
    HBox box = new HBox(8, host, new Label("port"), port);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private static TextField field(
      String id, String prompt, javafx.beans.property.StringProperty value) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.textProperty().bindBidirectional(value);
    return f;
  }
}
