package app.rehearse.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every question the app asks the user in a window of its own: confirm, inform, pick one of a few
 * answers, type a name, choose a file or a folder. One service, built once by the app, so views never
 * create dialogs themselves and tests can answer the native choosers, which cannot be driven.
 * Each method is called on the FX thread and returns the user's answer.
 */
public interface Dialogs {

    /** True only when the user picks {@code yes}; closing the dialog is {@code no}. */
    boolean confirm(String title, String message, String yes, String no);

    /** A notice the user acknowledges; does not wait. */
    void inform(String title, String message);

    /** A failure the user must read; waits until it is closed. */
    void error(String title, String message);

    /**
     * Asks for one of {@code answers}, in their order; the last answer is also what closing the dialog
     * means (keep it the harmless one). Returns its index.
     *
     * @param id the dialog pane's id, for tests that click an answer
     */
    int choose(String id, String title, String header, String message, List<String> answers);

    /** Asks for a line of text; empty when cancelled or left blank. */
    Optional<String> askText(String id, String title, String header, String label, String example, String fieldId);

    /** A folder to write into (exports, copies); empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /** An existing file to read; empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, FileKind kind);

    /** Where to write a file, suggesting {@code suggestedName}; adds the kind's extension when missing. */
    Optional<Path> chooseFileToSave(String title, FileKind kind, String suggestedName);

    /** Dialogs that ask whichever {@code current} supplies at the moment of asking. */
    static Dialogs forwardingTo(Supplier<Dialogs> current) {
        return new Dialogs() {
            @Override
            public boolean confirm(String title, String message, String yes, String no) {
                return current.get().confirm(title, message, yes, no);
            }

            @Override
            public void inform(String title, String message) {
                current.get().inform(title, message);
            }

            @Override
            public void error(String title, String message) {
                current.get().error(title, message);
            }

            @Override
            public int choose(String id, String title, String header, String message, List<String> answers) {
                return current.get().choose(id, title, header, message, answers);
            }

            @Override
            public Optional<String> askText(String id, String title, String header, String label, String example,
                    String fieldId) {
                return current.get().askText(id, title, header, label, example, fieldId);
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return current.get().chooseFolder(title);
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
                return current.get().chooseFileToOpen(title, kind);
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, FileKind kind, String suggestedName) {
                return current.get().chooseFileToSave(title, kind, suggestedName);
            }
        };
    }

    /** The kinds of file the app reads and writes. */
    enum FileKind {
        QUESTION_PACK("Question packs (*.json)", ".json"),
        PNG_IMAGE("PNG image", ".png"),
        MARKDOWN("Markdown (*.md)", ".md");

        private final String description;
        private final String extension;

        FileKind(String description, String extension) {
            this.description = description;
            this.extension = extension;
        }

        public String description() {
            return description;
        }

        public String extension() {
            return extension;
        }

        /** {@code path}, with this kind's extension added when its name has none of it. */
        public Path withExtension(Path path) {
            String name = path.getFileName().toString();
            return name.toLowerCase(Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
        }
    }
}
