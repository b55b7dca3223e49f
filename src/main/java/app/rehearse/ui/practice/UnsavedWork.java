package app.rehearse.ui.practice;

import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * What closing the window does with sessions whose work may not be on disk: save it all first, then
 * close; when something cannot be saved, ask: Retry, Save elsewhere…, Quit anyway, or keep working.
 * Nothing here waits: each save reports back on the FX thread.
 */
final class UnsavedWork {
    private static final Logger LOG = Logger.getLogger(UnsavedWork.class.getName());

    private static final List<String> ANSWERS = List.of("Retry", "Save elsewhere\u2026", "Quit anyway", "Keep working");
    private static final int RETRY = 0;
    private static final int ELSEWHERE = 1;
    private static final int QUIT = 2;

    private final UiTasks tasks;
    private final Dialogs dialogs;
    private final List<SessionViewModel> sessions;

    UnsavedWork(UiTasks tasks, Dialogs dialogs, List<SessionViewModel> sessions) {
        this.tasks = tasks;
        this.dialogs = dialogs;
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
        int choice = dialogs.choose("unsavedWorkDialog", "Unsaved work", "Some of your work is not saved yet",
                why + "\n\nTry again, save a copy in another folder, or quit and lose what was not saved.", ANSWERS);
        if (choice == RETRY) {
            closeWhenSaved(close);
        } else if (choice == ELSEWHERE) {
            saveElsewhere(close);
        } else if (choice == QUIT) {
            LOG.warning("closing with unsaved work, as the user chose: " + why);
            close.run();
        }
    }

    private void saveElsewhere(Runnable close) {
        Optional<Path> chosen = dialogs.chooseFolder("Save a copy of your session");
        if (chosen.isEmpty()) {
            ask(close);
            return;
        }
        List<Callable<Path>> copies = sessions.stream()
                .map(m -> m.copyTo(chosen.get().resolve(m.snapshot().id()))).toList();
        tasks.run(() -> {
            for (Callable<Path> copy : copies) {
                copy.call();
            }
            return chosen.get();
        }, folder -> {
            LOG.info("saved a copy of the unsaved work in " + folder + " before closing");
            close.run();
        }, failure -> {
            dialogs.error("Not saved", "The copy could not be written either: " + failure.getMessage());
            ask(close);
        });
    }
}
