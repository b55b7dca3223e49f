package app.rehearse.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Dialogs whose native file and folder choosers are answered by the test, since a native window
 * cannot be driven; every other question is a real JavaFX dialog the test clicks through.
 */
public final class AnsweringDialogs implements Dialogs {
    private final Dialogs alerts = new FxDialogs(() -> null);
    private final AtomicReference<Path> folder = new AtomicReference<>();
    private final AtomicReference<Path> fileToOpen = new AtomicReference<>();
    private final AtomicReference<Path> fileToSave = new AtomicReference<>();
    private final AtomicReference<String> suggestedName = new AtomicReference<>();

    /** Every folder chooser answers {@code chosen}. */
    public AnsweringDialogs folder(Path chosen) {
        folder.set(chosen);
        return this;
    }

    /** Every "open" chooser answers {@code chosen}; null cancels. */
    public AnsweringDialogs fileToOpen(Path chosen) {
        fileToOpen.set(chosen);
        return this;
    }

    /** Every "save" chooser answers {@code chosen}; null cancels. */
    public AnsweringDialogs fileToSave(Path chosen) {
        fileToSave.set(chosen);
        return this;
    }

    /** The name the app last suggested in a "save" chooser. */
    public String suggestedName() {
        return suggestedName.get();
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        return alerts.confirm(title, message, yes, no);
    }

    @Override
    public void inform(String title, String message) {
        alerts.inform(title, message);
    }

    @Override
    public void error(String title, String message) {
        alerts.error(title, message);
    }

    @Override
    public int choose(String id, String title, String header, String message, List<String> answers) {
        return alerts.choose(id, title, header, message, answers);
    }

    @Override
    public Optional<String> askText(String id, String title, String header, String label, String example, String fieldId) {
        return alerts.askText(id, title, header, label, example, fieldId);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder.get());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return Optional.ofNullable(fileToOpen.get());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileKind kind, String suggestedName) {
        this.suggestedName.set(suggestedName);
        return Optional.ofNullable(fileToSave.get()).map(kind::withExtension);
    }
}
