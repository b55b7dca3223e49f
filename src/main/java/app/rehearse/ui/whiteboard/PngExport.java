package app.rehearse.ui.whiteboard;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the Export PNG button writes: a file chooser for people, a fixed path for tests and automation. */
@FunctionalInterface
public interface PngExport {
    /** The file to write, or empty when the user cancels. Called on the FX thread. */
    Optional<Path> chooseTarget(Window owner);

    /** Asks with a save dialog, suggesting whiteboard.png; adds ".png" when the name has no extension. */
    static PngExport fileChooser() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export whiteboard as PNG");
            chooser.setInitialFileName("whiteboard.png");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return Optional.empty();
            }
            Path path = file.toPath();
            String name = path.getFileName().toString();
            return Optional.of(name.toLowerCase(Locale.ROOT).endsWith(".png") ? path
                    : path.resolveSibling(name + ".png"));
        };
    }

    /** Always writes to {@code target}, without asking. */
    static PngExport to(Path target) {
        return owner -> Optional.of(target);
    }
}
