package app.rehearse.ui.grading;

import app.rehearse.grading.ChecklistCustomisation;
import app.rehearse.grading.ChecklistEditException;
import app.rehearse.grading.DimensionSetting;
import app.rehearse.grading.NewDimension;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The trade-off dimensions a user grades against: show or hide each, rename it, or add one of
 * their own. Changes are written in the background as they are made.
 */
final class ChecklistDialog extends Dialog<Void> {
    /** A change to the user's checklist files; runs on the writer thread. */
    private interface Edit {
        void apply(ChecklistCustomisation checklist) throws IOException, ChecklistEditException;
    }

    private final ChecklistCustomisation checklist;
    private final Executor io;
    private final Consumer<Runnable> fxThread;
    private final VBox rows = new VBox(6);
    private final Label messages = new Label();

    ChecklistDialog(ChecklistCustomisation checklist, Executor io, Consumer<Runnable> fxThread) {
        this.checklist = checklist;
        this.io = io;
        this.fxThread = fxThread;
        setTitle("Trade-off dimensions");
        setHeaderText("Choose the dimensions you grade against. Hidden ones stay in your files and in old grades.");
        rows.setId("dimensionRows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        TextField title = new TextField();
        title.setId("newDimensionField");
        title.setPromptText("Add your own, e.g. \"Privacy vs personalisation\"");
        HBox.setHgrow(title, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("addDimensionButton");
        add.disableProperty().bind(title.textProperty().isEmpty());
        add.setOnAction(e -> {
            String text = title.getText();
            edit(c -> c.add(NewDimension.titled(text)));
            title.clear();
        });
        messages.setId("dimensionMessages");
        messages.setWrapText(true);
        messages.getStyleClass().add("inline-message");
        HBox addRow = new HBox(8, title, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(12, scroll, addRow, messages);
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().setId("checklistDialog");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (!checklist.problems().isEmpty()) {
            messages.setText(String.join("\n", checklist.problems()));
        }
        showRows(checklist.settings());
    }

    private void showRows(List<DimensionSetting> settings) {
        rows.getChildren().clear();
        for (DimensionSetting setting : settings) {
            CheckBox shown = new CheckBox();
            shown.setId("show-" + setting.id());
            shown.setSelected(!setting.hidden());
            shown.setOnAction(e -> edit(c -> {
                if (shown.isSelected()) {
                    c.show(setting.id());
                } else {
                    c.hide(setting.id());
                }
            }));
            TextField title = new TextField(setting.dimension().title());
            title.setId("title-" + setting.id());
            HBox.setHgrow(title, Priority.ALWAYS);
            Runnable rename = () -> {
                if (!title.getText().equals(setting.dimension().title())) {
                    String text = title.getText();
                    edit(c -> c.rename(setting.id(), text));
                }
            };
            title.setOnAction(e -> rename.run());
            title.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    rename.run();
                }
            });
            Label kind = new Label(setting.custom() ? "yours" : "shipped");
            kind.getStyleClass().addAll("chip", setting.custom() ? "chip-competency" : "chip-tag");
            HBox row = new HBox(8, shown, title, kind);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
    }

    private void edit(Edit edit) {
        io.execute(() -> {
            String problem = "";
            try {
                edit.apply(checklist);
            } catch (ChecklistEditException e) {
                problem = String.join("\n", e.messages());
            } catch (IOException e) {
                problem = "Could not save: " + e.getMessage();
            }
            List<DimensionSetting> settings = checklist.settings();
            String shown = problem;
            fxThread.accept(() -> {
                messages.setText(shown);
                showRows(settings);
            });
        });
    }
}
