package app.rehearse.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX alerts and the platform's file choosers, owned by the app's window. */
public final class FxDialogs implements Dialogs {
    private final Supplier<Window> owner;
    private File lastFolder;

    /** @param owner the window dialogs belong to; may supply null before the window exists */
    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType confirm = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = owned(new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel));
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirmDialog");
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        notice(Alert.AlertType.INFORMATION, "informDialog", title, message).show();
    }

    @Override
    public void error(String title, String message) {
        notice(Alert.AlertType.ERROR, "errorDialog", title, message).showAndWait();
    }

    private Alert notice(Alert.AlertType type, String id, String title, String message) {
        Alert alert = owned(new Alert(type, message));
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId(id);
        return alert;
    }

    @Override
    public int choose(String id, String title, String header, String message, List<String> answers) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            boolean last = i == answers.size() - 1;
            buttons.add(new ButtonType(answers.get(i), last ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER));
        }
        Alert alert = owned(new Alert(Alert.AlertType.WARNING, message, buttons.toArray(ButtonType[]::new)));
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().setMinWidth(560);
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0).orElse(answers.size() - 1);
    }

    @Override
    public Optional<String> askText(String id, String title, String header, String label, String example, String fieldId) {
        TextInputDialog dialog = new TextInputDialog();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        dialog.getEditor().setId(fieldId);
        dialog.getEditor().setPromptText(example);
        dialog.getDialogPane().setId(id);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        startInLastFolder(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(owner.get());
        return remember(chosen, chosen);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        File chosen = fileChooser(title, kind).showOpenDialog(owner.get());
        return remember(chosen, chosen == null ? null : chosen.getParentFile());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileKind kind, String suggestedName) {
        FileChooser chooser = fileChooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner.get());
        return remember(chosen, chosen == null ? null : chosen.getParentFile()).map(kind::withExtension);
    }

    private FileChooser fileChooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), "*" + kind.extension()));
        startInLastFolder(chooser::setInitialDirectory);
        return chooser;
    }

    /** Starts where the user last chose something; not checked on disk, which would be file work on the FX thread. */
    private void startInLastFolder(Consumer<File> setInitial) {
        if (lastFolder != null) {
            setInitial.accept(lastFolder);
        }
    }

    private Optional<Path> remember(File chosen, File folder) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = folder;
        return Optional.of(chosen.toPath());
    }

    private <T extends Alert> T owned(T alert) {
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert;
    }
}
