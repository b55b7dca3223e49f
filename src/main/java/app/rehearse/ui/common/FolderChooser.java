package app.rehearse.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks the user for a folder; behind an interface because a native chooser cannot be driven in tests. */
@FunctionalInterface
public interface FolderChooser {
    Optional<Path> choose(Window owner, String title);

    static FolderChooser system() {
        return (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        };
    }
}
