package app.rehearse.ui.settings;

import app.rehearse.bank.Level;
import app.rehearse.practice.Appearance;
import app.rehearse.practice.PlanSettings;
import app.rehearse.ui.common.ChoiceNames;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.SettingsState;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.practice.SessionPlansDialog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The app's settings: its look, how sessions sound and are graded, the session plans, and where the data is.
 * Every change applies at once and is saved; Close only closes.
 */
public final class SettingsDialog extends Dialog<Void> {
    private static final double WIDTH_EM = 36;

    private final SettingsState settings;

    private SettingsDialog(Window owner, PlanSettings current, SettingsState settings, Path dataFolder, UiTasks tasks) {
        this.settings = settings;
        initOwner(owner);
        setTitle("Settings");
        setHeaderText(null);
        getDialogPane().setId("settingsDialog");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        ChoiceBox<Appearance.Theme> theme = new ChoiceBox<>();
        theme.setId("themeChoice");
        theme.getItems().setAll(Appearance.Theme.values());
        theme.setConverter(ChoiceNames.of(Appearance.Theme::label));
        theme.setValue(current.appearance().theme());
        theme.valueProperty().addListener((obs, old, chosen) -> look(look -> look.withTheme(chosen)));
        ChoiceBox<Appearance.TextSize> size = new ChoiceBox<>();
        size.setId("textSizeChoice");
        size.getItems().setAll(Appearance.TextSize.values());
        size.setConverter(ChoiceNames.of(Appearance.TextSize::label));
        size.setValue(current.appearance().textSize());
        size.valueProperty().addListener((obs, old, chosen) -> look(look -> look.withTextSize(chosen)));
        CheckBox darkPictures = new CheckBox("Export board pictures dark as well, when the theme is dark");
        darkPictures.setWrapText(true);
        darkPictures.setId("darkPicturesCheck");
        darkPictures.setSelected(current.appearance().darkPictures());
        darkPictures.selectedProperty().addListener((obs, old, on) -> look(look -> look.withDarkPictures(on)));

        CheckBox sound = new CheckBox("Play a short sound at phase changes and follow-ups");
        sound.setWrapText(true);
        sound.setId("settingsSoundCheck");
        sound.setSelected(current.sound());
        sound.selectedProperty().addListener((obs, old, on) -> settings.changeSettings(s -> s.withSound(on)));
        ChoiceBox<Optional<Level>> level = new ChoiceBox<>();
        level.setId("defaultLevelChoice");
        List<Optional<Level>> levels = new ArrayList<>(List.of(Optional.empty()));
        for (Level l : Level.values()) {
            levels.add(Optional.of(l));
        }
        level.getItems().setAll(levels);
        level.setConverter(ChoiceNames.of(l -> l.map(Level::id).orElse("each question's own level")));
        level.setValue(current.gradeLevel());
        level.valueProperty().addListener((obs, old, chosen) -> settings.changeSettings(s -> s.withGradeLevel(chosen)));
        Button plans = new Button("Session plans\u2026");
        plans.setId("settingsPlansButton");
        plans.setMinWidth(Region.USE_PREF_SIZE);
        plans.setOnAction(e -> SessionPlansDialog.edit(settings));

        TextField folder = new TextField(dataFolder.toAbsolutePath().toString());
        folder.setId("dataFolderPath");
        folder.setEditable(false);
        folder.setPrefColumnCount(28);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label folderStatus = new Label();
        folderStatus.setId("dataFolderStatus");
        folderStatus.setWrapText(true);
        folderStatus.getStyleClass().add("section-help");
        Button open = new Button("Open folder");
        open.setId("openDataFolderButton");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> tasks.run(() -> FolderOpener.open(dataFolder), failure -> folderStatus.setText(
                failure.getMessage() + ". Copy the path above to open it yourself.")));
        HBox folderRow = new HBox(8, folder, open);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        GridPane look = grid();
        look.addRow(0, label("Theme", theme), theme);
        look.addRow(1, label("Text size", size), size);
        look.add(darkPictures, 0, 2, 2, 1);
        GridPane practice = grid();
        practice.addRow(0, label("Score against the bar for", level), level);
        practice.add(sound, 0, 1, 2, 1);
        practice.add(plans, 0, 2, 2, 1);
        Label dataHelp = new Label("Sessions, stories, your own questions and these settings are kept here, as plain"
                + " files. Back it up like any folder.");
        dataHelp.setWrapText(true);
        dataHelp.getStyleClass().add("section-help");
        VBox content = new VBox(14, section("Appearance", look), section("Practice", practice),
                section("Your data", new VBox(6, dataHelp, folderRow, folderStatus)));
        content.getStyleClass().add("settings-content");
        // As wide as about 36 characters of the text size in use, so it grows with the text instead of cutting it.
        content.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> WIDTH_EM * sound.getFont().getSize(),
                sound.fontProperty()));
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    /** Opens Settings on the settings as they are, once they have been read. */
    public static void show(Window owner, SettingsState settings, Path dataFolder, UiTasks tasks) {
        settings.whenSettingsReady(current -> new SettingsDialog(owner, current, settings, dataFolder, tasks).show());
    }

    private void look(UnaryOperator<Appearance> change) {
        settings.changeSettings(s -> s.withAppearance(change.apply(s.appearance())));
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    private static Label label(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static VBox section(String title, Node body) {
        return new VBox(6, SectionTitle.of(title), body);
    }
}
