package app.rehearse.ui.practice;

import app.rehearse.ui.AppServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What closing the window does with sessions whose work may not be on disk: save it all first, then
 * close; when something cannot be saved, ask: Retry, Save elsewhere…, Quit anyway, or keep working.
 * Nothing here waits: each save reports back on the FX thread.
 */
final class UnsavedWork {
    private static final Logger LOG = Logger.getLogger(UnsavedWork.class.getName());

    private final AppServices services;
    private final Window owner;
    private final List<SessionViewModel> sessions;

    UnsavedWork(AppServices services, Window owner, List<SessionViewModel> sessions) {
        this.services = services;
        this.owner = owner;
        this.sessions = List.copyOf(sessions);
    }

    /** Saves every session, then runs {@code close}; or asks what to do with what could not be saved. */
    void closeWhenSaved(Runnable close) {
        saveAll(0, allSaved -> {
            if (allSaved) {
                close.run();
            } else {
                ask(close);
            }
        });
    }

    private void saveAll(int from, Consumer<Boolean> done) {
        if (from == sessions.size()) {
            done.accept(true);
            return;
        }
        sessions.get(from).saveNowThen(saved -> {
            if (saved) {
                saveAll(from + 1, done);
            } else {
                done.accept(false);
            }
        });
    }

    private void ask(Runnable close) {
        String why = sessions.stream().filter(SessionViewModel::hasUnsavedChanges).map(m -> m.saveStatusProperty().get())
                .filter(text -> !text.isBlank()).findFirst().orElse("the disk did not accept the last save");
        ButtonType retry = new ButtonType("Retry", ButtonBar.ButtonData.OTHER);
        ButtonType elsewhere = new ButtonType("Save elsewhere\u2026", ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType("Quit anyway", ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType("Keep working", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, why + "\n\nTry again, save a copy in another folder, or quit"
                + " and lose what was not saved.", retry, elsewhere, quit, keep);
        alert.setTitle("Unsaved work");
        alert.setHeaderText("Some of your work is not saved yet");
        alert.getDialogPane().setId("unsavedWorkDialog");
        alert.getDialogPane().setMinWidth(560);
        if (owner != null) {
            alert.initOwner(owner);
        }
        ButtonType choice = alert.showAndWait().orElse(keep);
        if (choice == retry) {
            closeWhenSaved(close);
        } else if (choice == elsewhere) {
            saveElsewhere(close);
        } else if (choice == quit) {
            LOG.warning("closing with unsaved work, as the user chose: " + why);
            close.run();
        }
    }

    private void saveElsewhere(Runnable close) {
        Optional<Path> chosen = services.folderChooser().choose(owner, "Save a copy of your session");
        if (chosen.isEmpty()) {
            ask(close);
            return;
        }
        List<Callable<Path>> copies = sessions.stream()
                .map(m -> m.copyTo(chosen.get().resolve(m.snapshot().id()))).toList();
        services.tasks().run(() -> {
            for (Callable<Path> copy : copies) {
                copy.call();
            }
            return chosen.get();
        }, folder -> {
            LOG.info("saved a copy of the unsaved work in " + folder + " before closing");
            close.run();
        }, failure -> {
            Alert failed = new Alert(Alert.AlertType.ERROR, "The copy could not be written either: "
                    + failure.getMessage());
            failed.setHeaderText("Not saved");
            failed.showAndWait();
            ask(close);
        });
    }
}
