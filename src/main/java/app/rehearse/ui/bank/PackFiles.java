package app.rehearse.ui.bank;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a pack file to import or a place to export to; an interface so tests can answer without a native dialog. */
interface PackFiles {
    Optional<Path> chooseImport(Window owner);

    Optional<Path> chooseExport(Window owner, String suggestedName);

    /** The platform's file dialogs, starting where the user last was. */
    static PackFiles dialogs() {
        return new PackFiles() {
            private File lastFolder;

            @Override
            public Optional<Path> chooseImport(Window owner) {
                FileChooser chooser = chooser("Import a question pack");
                return remember(chooser.showOpenDialog(owner));
            }

            @Override
            public Optional<Path> chooseExport(Window owner, String suggestedName) {
                FileChooser chooser = chooser("Export a question pack");
                chooser.setInitialFileName(suggestedName);
                return remember(chooser.showSaveDialog(owner));
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Question packs (*.json)", "*.json"));
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                return chooser;
            }

            private Optional<Path> remember(File chosen) {
                if (chosen == null) {
                    return Optional.empty();
                }
                lastFolder = chosen.getParentFile();
                return Optional.of(chosen.toPath());
            }
        };
    }
}
