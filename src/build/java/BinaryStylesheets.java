import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Writes a binary copy ({@code .bss}) beside each stylesheet in the compiled classes. JavaFX loads the
 * {@code .bss} in place of a {@code .css} of the same name, and reading it takes about a quarter of the
 * time of parsing the text, time the first window otherwise spends on its FX thread.
 * Usage: {@code java BinaryStylesheets.java CLASSES_DIR}, with JavaFX on the class path.
 */
public final class BinaryStylesheets {
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(classes)) {
            sheets = files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            File bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss").toFile();
            Stylesheet.convertToBinary(css.toFile(), bss);
        }
        System.out.println("Binary stylesheets written: " + sheets.size());
    }
}
